import type { Logger } from 'typeorm';

/**
 * Counts SQL statements. Tests use it to prove that a query's statement count does not
 * grow with the data (no per-row queries); it prints nothing.
 */
export class QueryCounter implements Logger {
  count = 0;
  /** The statements since the last `recent()`, for tests that ask which tables were read. */
  private statements: string[] = [];

  logQuery(query: string): void {
    this.count++;
    if (this.statements.length < 1000) this.statements.push(query);
  }

  /** The statements logged since the last call, oldest first. */
  recent(): string[] {
    const statements = this.statements;
    this.statements = [];
    return statements;
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
