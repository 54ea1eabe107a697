/** Each test file of the postgres project drops the databases it made, after its own afterAll hooks. */
import { afterAll } from 'vitest';
import { dropCreatedDatabases } from './databases.js';

afterAll(dropCreatedDatabases);
