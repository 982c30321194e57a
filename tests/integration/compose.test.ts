/*
 * docker-compose.yaml validates with Debian's `docker-compose config` (needs no Docker engine;
 * install with scripts/ci-services.sh) and declares the whole demo stack.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

function composeConfig(file: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync('docker-compose', ['-f', file, 'config', ...args], { encoding: 'utf8', timeout: 60000 });
  if (r.error) {
    throw new Error(`docker-compose could not run (${r.error.message}); install it with scripts/ci-services.sh`);
  }
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('docker-compose.yaml', () => {
  it('validates with docker-compose config', () => {
    const r = composeConfig(join(ROOT, 'docker-compose.yaml'), '-q');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('declares the whole stack', () => {
    const r = composeConfig(join(ROOT, 'docker-compose.yaml'), '--services');
    expect(r.stdout.trim().split('\n').sort()).toEqual([
      'build-plugin',
      'generator',
      'generator-history',
      'grafana',
      'graphite',
      'prometheus',
      'prometheus-history',
    ]);
  });

  it('the same check rejects a broken file (it can fail)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kale-compose-'));
    try {
      const broken = readFileSync(join(ROOT, 'docker-compose.yaml'), 'utf8').replace(
        'condition: service_completed_successfully',
        'condition: service_finished'
      );
      writeFileSync(join(dir, 'docker-compose.yaml'), broken);
      const r = composeConfig(join(dir, 'docker-compose.yaml'), '-q');
      expect(r.status).not.toBe(0);
      expect(r.stderr).toMatch(/service_finished/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
