import { PostgresSchema1732280000000 } from './1732280000000-schema.js';
import { PostgresReview1732290000000 } from './1732290000000-review.js';
import { PostgresGraphVersion1732300000000 } from './1732300000000-graph-version.js';

/** The PostgreSQL schema's history, oldest first. */
export const POSTGRES_MIGRATIONS = [PostgresSchema1732280000000, PostgresReview1732290000000, PostgresGraphVersion1732300000000];
