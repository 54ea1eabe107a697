/** The PostgreSQL schema's history, oldest first. */
export const POSTGRES_MIGRATIONS: Function[] = [];
