/**
 * Summarises V8 CPU profiles (node --cpu-prof): self time by package or source folder, and the
 * functions with the most self time. `tsx bench/profile-top.ts <file.cpuprofile>… [--top 25]`
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

const args = process.argv.slice(2);
const topIndex = args.indexOf('--top');
const top = topIndex >= 0 ? Number(args[topIndex + 1]) : 25;
const files = args.filter((a, i) => !a.startsWith('--') && i !== topIndex + 1);

/** node_modules/<package>, or the project folder (server/org, bench/api), or a V8 pseudo-frame. */
function place(url: string): string {
  if (!url) return '(native / V8)';
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return modules[1];
  if (url.startsWith('node:')) return 'node core';
  const project = /\/((?:server|bench|web)\/[^/]+)\//.exec(url);
  return project ? project[1] : url.replace(/^file:\/\//, '');
}

const byFunction = new Map<string, number>();
const byPlace = new Map<string, number>();
let total = 0;
for (const file of files) {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  const selfMs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  for (const node of profile.nodes) {
    const ms = selfMs.get(node.id) ?? 0;
    if (!ms) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)' || functionName === '(program)') continue;
    total += ms;
    const name = `${functionName || '(anonymous)'}  ${url.replace(/^.*\/(node_modules|work\/[^/]+)\//, '')}:${lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
    byPlace.set(place(url), (byPlace.get(place(url)) ?? 0) + ms);
  }
}

const rows = (map: Map<string, number>, key: string) =>
  [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, ms]) => ({ [key]: name, 'self ms': Math.round(ms), '%': ((100 * ms) / total).toFixed(1) }));

console.log(`Busy time ${Math.round(total)} ms (idle and program frames left out)`);
console.table(rows(byPlace, 'where'));
console.table(rows(byFunction, 'function'));
