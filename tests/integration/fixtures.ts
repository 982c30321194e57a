/*
 * Recorded server responses. With KALE_RECORD_FIXTURES=1 a test run writes the raw HTTP bodies
 * it received to tests/fixtures/ (committed, used by the data source's Jest tests); otherwise
 * it writes them to tests/artifacts/fixtures/ (git-ignored), so a normal run never changes
 * committed files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

export function fixtureRoot(): string {
  return process.env.KALE_RECORD_FIXTURES === '1'
    ? join(ROOT, 'tests', 'fixtures')
    : join(ROOT, 'tests', 'artifacts', 'fixtures');
}

/** Writes `body` (a raw response body, or an object to serialise) under the fixture root. */
export function recordFixture(relPath: string, body: string | object): string {
  const file = join(fixtureRoot(), relPath);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, typeof body === 'string' ? body : JSON.stringify(body, null, 2) + '\n');
  return file;
}
