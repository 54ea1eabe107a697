/**
 * The benchmark's side of bench/api/serve.ts: starts the servers in a child process, counts the
 * SQL statements they issue, posts requests and times them.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ServerUrls } from './serve.js';
import { body, type OperationName } from './queries.js';

export type Target = keyof ServerUrls;

export interface Servers {
  urls: ServerUrls;
  /** SQL statements issued so far by all three servers (one counter on their shared DataSource). */
  statements(): Promise<number>;
  /** CPU time the servers' process has used so far, ms (every thread, SQLite's included). */
  cpu(): Promise<number>;
  /** With BENCH_CPU_PROF set: profiles the servers until the returned stop(), into <folder>/<name>.cpuprofile. */
  profile(name: string): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

const SERVE = fileURLToPath(new URL('./serve.ts', import.meta.url));

export async function startServers(databasePath: string): Promise<Servers> {
  const child: ChildProcess = fork(SERVE, [databasePath], {
    execArgv: ['--import', 'tsx'],
    // As `orgraph serve` runs unless told otherwise.
    env: { ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'production' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const pending = new Map<number, (value: any) => void>();
  let next = 0;
  const ask = (type: string, name?: string) =>
    new Promise<any>((resolve) => {
      const id = ++next;
      pending.set(id, (value) => {
        pending.delete(id);
        resolve(value);
      });
      child.send({ type, id, name });
    });
  const urls = await new Promise<ServerUrls>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the benchmark servers exited (${code})`)));
    child.on('message', (message: any) => {
      if (message.type === 'ready') resolve(message.urls);
      else pending.get(message.id)?.(message.value);
    });
  });
  child.removeAllListeners('exit');
  return {
    urls,
    statements: () => ask('count'),
    cpu: () => ask('cpu'),
    async profile(name) {
      if (!process.env.BENCH_CPU_PROF) return async () => {};
      await ask('profile-start');
      return () => ask('profile-stop', name);
    },
    close: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.send({ type: 'close', id: 0 });
      }),
  };
}

export interface Answer {
  ms: number;
  json: any;
  bytes: number;
}

/** Posts one client query as the web client does and times it until the whole body is read. */
export async function post(url: string, operation: OperationName, variables: Record<string, unknown> = {}): Promise<Answer> {
  const start = performance.now();
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body(operation, variables) });
  const text = await response.text();
  const ms = performance.now() - start;
  if (!response.ok) throw new Error(`${operation} at ${url}: HTTP ${response.status} ${text.slice(0, 300)}`);
  const json = JSON.parse(text);
  if (json.errors) throw new Error(`${operation} at ${url}: ${JSON.stringify(json.errors).slice(0, 300)}`);
  return { ms, json, bytes: text.length };
}
