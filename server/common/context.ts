import type { DataSource } from 'typeorm';
import { createLoaders, type Loaders } from './loaders.js';

/** What every resolver gets: the database and this request's batch loaders. */
export interface Context {
  dataSource: DataSource;
  loaders: Loaders;
}

export function createContext(dataSource: DataSource): Context {
  return { dataSource, loaders: createLoaders(dataSource) };
}
