import type { Logger } from 'typeorm';

/**
 * Counts SQL statements. Tests use it to prove that a query's statement count does not
 * grow with the data (no per-row queries); it prints nothing.
 */
export class QueryCounter implements Logger {
  count = 0;

  logQuery(): void {
    this.count++;
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
