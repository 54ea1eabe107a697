/** The server serves web/dist: build it once from the current sources before the browser tests. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function buildWebClient(): void {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const build = spawnSync('npm', ['run', 'build:web'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`npm run build:web failed:\n${build.stdout}\n${build.stderr}`);
}
