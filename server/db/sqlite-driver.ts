/**
 * The sqlite3 module for TypeORM, without its "verbose" mode. TypeORM calls `verbose()` on the
 * driver it loads, which wraps every native call to util.inspect all its arguments (whole
 * job-description texts on an import) for longer stack traces: a fifth of an import's time.
 */
import { createRequire } from 'node:module';

const sqlite3 = createRequire(import.meta.url)('sqlite3') as object;

export const quietSqlite3: object = Object.assign(Object.create(sqlite3) as object, { verbose: () => sqlite3 });
