/**
 * Throughput under load: 50 connections for a bounded time, each request the side panel's
 * PositionDetails query (a position with its job description, manager, reports and substitutes)
 * for the next position of a shuffled list, against the API and the floor route.
 */
import autocannon from 'autocannon';
import { body } from './queries.js';
import type { Servers, Target } from './servers.js';
import { shuffled } from '../stats.js';

export interface LoadFigures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  statementsPerRequest: number;
  /** Server CPU ms per request. */
  cpu: number;
  failures: number;
}

export async function benchLoad(servers: Servers, target: Target, positionIds: string[], seconds: number): Promise<LoadFigures> {
  const ids = shuffled(positionIds, 11);
  let next = 0;
  const before = await servers.statements();
  const stopProfile = await servers.profile(`${positionIds.length}-load-${target}`);
  const cpuBefore = await servers.cpu();
  const result = await autocannon({
    url: servers.urls[target],
    connections: 50,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => ({ ...request, body: body('PositionDetails', { id: ids[next++ % ids.length] }) }),
      },
    ],
  });
  const cpu = (await servers.cpu()) - cpuBefore;
  await stopProfile();
  const statements = (await servers.statements()) - before;
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    statementsPerRequest: statements / Math.max(1, result.requests.total),
    cpu: cpu / Math.max(1, result.requests.total),
    failures: result.errors + result.timeouts + result.non2xx,
  };
}
