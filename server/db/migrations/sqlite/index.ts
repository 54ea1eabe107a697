import { InitialSchema1732240000000 } from './1732240000000-initial-schema.js';
import { SubstitutionGroups1732250000000 } from './1732250000000-substitution-groups.js';
import { ReportingConflicts1732260000000 } from './1732260000000-reporting-conflicts.js';
import { PositionAliases1732270000000 } from './1732270000000-position-aliases.js';
import { Access1732280000000 } from './1732280000000-access.js';
import { Review1732290000000 } from './1732290000000-review.js';
import { GraphVersion1732300000000 } from './1732300000000-graph-version.js';

/** The SQLite schema's history, oldest first; existing databases are upgraded along it. */
export const SQLITE_MIGRATIONS = [InitialSchema1732240000000, SubstitutionGroups1732250000000, ReportingConflicts1732260000000, PositionAliases1732270000000, Access1732280000000, Review1732290000000, GraphVersion1732300000000];
