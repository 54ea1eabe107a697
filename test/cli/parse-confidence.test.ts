/**
 * `orgraph parse` prints each header field's confidence with the document, as a real process.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/orgraph.js', import.meta.url));

describe('orgraph parse', () => {
  it('prints every header field’s confidence, with the reasons of a doubtful one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'orgraph-confidence-'));
    const file = join(dir, 'eelarve.txt');
    writeFileSync(file, ['Ametijuhend', '', 'Ametinimetus: Eelarvetalitus peaspetsialist', 'Struktuuriüksus: Finantsosakond', 'Allub: Osakonnajuhataja', 'Tema asendaja: Nõunik', '', '2. EESMÄRK', '', 'Eelarve koostamine.'].join('\n'));
    const result = spawnSync(process.execPath, [BIN, 'parse', file, '--org', 'Amet'], { encoding: 'utf8', timeout: 60_000 });
    expect(result.status).toBe(0);
    const [document] = JSON.parse(result.stdout);
    expect(Object.keys(document.fieldConfidence)).toEqual(['title', 'specialization', 'unitPath', 'manager', 'subordinates', 'substitutedBy', 'substitutes']);
    expect(document.fieldConfidence.title).toEqual({ level: 'low', reasons: ['title contains a unit word'] });
    expect(document.fieldConfidence.manager).toEqual({ level: 'high', reasons: [] });
  });
});
