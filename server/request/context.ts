import type { DataSource } from 'typeorm';
import { createLoaders, type Loaders } from './loaders.js';
import type { Access } from '../access/access.js';
import { Deadline } from '../limits/deadline.js';

/** What every resolver gets: the database, this request's batch loaders and who is asking. */
export interface Context {
  dataSource: DataSource;
  loaders: Loaders;
  access: Access;
  /** When this request's work is abandoned: heavy resolvers call `deadline.check()` / `tick()`. */
  deadline: Deadline;
  /** A mutation's one-line summary for the audit log, set by its resolver. */
  auditSummary?: string;
}

export function createContext(dataSource: DataSource, access: Access, deadline: Deadline = Deadline.none()): Context {
  return { dataSource, loaders: createLoaders(dataSource), access, deadline };
}
