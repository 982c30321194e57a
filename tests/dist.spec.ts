/*
 * What `npm run build` writes: the app and its nested plugins, each with plugin.json (ids and
 * version filled in), module.js and the logo that plugin.json names.
 */
import { expect, test } from '@playwright/test';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const DIST = path.resolve(__dirname, '..', 'dist');
const VERSION = JSON.parse(readFileSync(path.resolve(__dirname, '..', 'package.json'), 'utf8')).version as string;

const PLUGINS = [
  { dir: '', id: 'kale-anomaly-app', type: 'app' },
  { dir: 'datasource', id: 'kale-anomaly-datasource', type: 'datasource' },
  { dir: 'panel', id: 'kale-anomaly-panel', type: 'panel' },
];

for (const { dir, id, type } of PLUGINS) {
  test(`dist/${dir || '.'} holds ${id} with its version, module and logo`, () => {
    const folder = path.join(DIST, dir);
    const text = readFileSync(path.join(folder, 'plugin.json'), 'utf8');
    expect(text).not.toMatch(/%[A-Z_]+%/);
    const json = JSON.parse(text);
    expect(json).toMatchObject({ id, type, info: { version: VERSION } });
    expect(existsSync(path.join(folder, 'module.js'))).toBe(true);
    expect(existsSync(path.join(folder, json.info.logos.small))).toBe(true);
    expect(existsSync(path.join(folder, json.info.logos.large))).toBe(true);
  });
}

test('the app includes exactly the nested data source and panel', () => {
  const app = JSON.parse(readFileSync(path.join(DIST, 'plugin.json'), 'utf8'));
  expect(app.autoEnabled).toBe(true);
  expect(app.includes.map((i: { type: string; path: string }) => [i.type, i.path])).toEqual([
    ['datasource', 'datasource/plugin.json'],
    ['panel', 'panel/plugin.json'],
  ]);
});

test('no chunk besides the three modules: the worker is embedded, not fetched', () => {
  const data = readFileSync(path.join(DIST, 'datasource', 'module.js'), 'utf8');
  expect(data).toContain('kale-engine');
  const chunks = ['', 'datasource', 'panel'].flatMap((d) =>
    readdirSync(path.join(DIST, d))
      .filter((f) => f.endsWith('.js'))
      .map((f) => path.join(d, f))
  );
  expect(chunks.sort()).toEqual(['datasource/module.js', 'module.js', 'panel/module.js']);
});

/*
 * What Grafana's plugin validator (grafana/plugin-validator, pkg/analysis/passes) checks in the
 * archive, done on dist/: screenshots (`screenshots`, `metadatapaths`), README links the catalog
 * cannot resolve (`brokenlinks`, rule relative-link), developer jargon (`jargon`), and a CHANGELOG
 * entry for the version being shipped. Each helper is also run on a bad input, so the checks can fail.
 */
const README_LINK = /\[.+?\]\((.+?)\)/g;

/** Links and images in markdown that the catalog cannot resolve: not http(s), mailto or an anchor. */
function unresolvableLinks(markdown: string): string[] {
  const markdownTargets = [...markdown.matchAll(README_LINK)].map((m) => m[1].trim().split(/\s+/)[0]);
  const htmlTargets = [...markdown.matchAll(/<(?:img|a)\b[^>]*?\b(?:src|href)\s*=\s*["']([^"']+)["']/gi)].map(
    (m) => m[1]
  );
  return [...markdownTargets, ...htmlTargets].filter((t) => !/^(https?:\/\/|mailto:|#)/.test(t));
}

/** The image type by its first bytes, for the types the validator accepts as screenshots. */
function imageKind(bytes: Buffer): 'png' | 'jpeg' | 'gif' | 'svg' | undefined {
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) {
    return 'png';
  }
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    return 'jpeg';
  }
  if (/^GIF8[79]a/.test(bytes.subarray(0, 6).toString('latin1'))) {
    return 'gif';
  }
  return /^\s*(<\?xml[^>]*>\s*)?<svg\b/.test(bytes.subarray(0, 512).toString('utf8')) ? 'svg' : undefined;
}

/** A path the validator accepts in plugin.json: relative, not starting with '.' or '/'. */
const isPluginRelativePath = (p: string) => p.trim() !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(p) && !/^[./]/.test(p);

const hasVersionEntry = (changelog: string, version: string) =>
  new RegExp(`^#{1,3} \\[?v?${version.replace(/\./g, '\\.')}\\]?(\\s|$)`, 'm').test(changelog);

test('the checks below reject what the validator rejects', () => {
  expect(unresolvableLinks('see [notes](docs/notes.md) and ![shot](./img/a.png "alt")')).toEqual([
    'docs/notes.md',
    './img/a.png',
  ]);
  expect(unresolvableLinks('<img src="img/a.png"> [ok](https://grafana.com) [top](#usage)')).toEqual(['img/a.png']);
  expect(imageKind(Buffer.from('not an image'))).toBeUndefined();
  expect(imageKind(readFileSync(path.join(DIST, 'img', 'logo.svg')))).toBe('svg');
  expect(['./img/a.png', '/img/a.png', 'https://x.test/a.png', ''].filter(isPluginRelativePath)).toEqual([]);
  expect(hasVersionEntry('# Changelog\n\n## 1.0.0 (Unreleased)\n', '0.1.0')).toBe(false);
  expect(hasVersionEntry('# Changelog\n\n## 10.1.0\n', '0.1.0')).toBe(false);
});

test('the app lists screenshots for the catalog, and each one is an image in dist', () => {
  const app = JSON.parse(readFileSync(path.join(DIST, 'plugin.json'), 'utf8'));
  const shots: Array<{ name: string; path: string }> = app.info.screenshots;
  expect(shots.length).toBeGreaterThan(0);
  for (const shot of shots) {
    expect(shot.name.trim()).not.toBe('');
    expect({ path: shot.path, relative: isPluginRelativePath(shot.path) }).toEqual({ path: shot.path, relative: true });
    const file = path.join(DIST, shot.path);
    expect({ path: shot.path, exists: existsSync(file) }).toEqual({ path: shot.path, exists: true });
    expect({ path: shot.path, kind: imageKind(readFileSync(file)) }).toEqual({ path: shot.path, kind: 'png' });
  }
});

for (const { dir, id } of PLUGINS) {
  test(`${id}: logo and screenshot paths are relative to its plugin.json`, () => {
    const json = JSON.parse(readFileSync(path.join(DIST, dir, 'plugin.json'), 'utf8'));
    const paths: string[] = [
      json.info.logos.small,
      json.info.logos.large,
      ...(json.info.screenshots ?? []).map((s: { path: string }) => s.path),
    ];
    expect(paths.filter((p) => !isPluginRelativePath(p))).toEqual([]);
  });
}

test('the README the catalog shows has no relative links or images, and no developer jargon', () => {
  const readme = readFileSync(path.join(DIST, 'README.md'), 'utf8');
  expect(unresolvableLinks(readme)).toEqual([]);
  expect(['yarn', 'nodejs'].filter((word) => readme.includes(word))).toEqual([]);
});

test('the catalog README is the user part of the repository README: no development sections', () => {
  const readme = readFileSync(path.join(DIST, 'README.md'), 'utf8');
  const repository = readFileSync(path.join(DIST, '..', 'README.md'), 'utf8');
  expect(readme).not.toContain('## Development');
  expect(readme).not.toContain('npm test');
  expect(repository.startsWith(readme.trimEnd())).toBe(true);
  expect(readme).toContain('#### Query variables');
});

test('the CHANGELOG in dist has an entry for the version being shipped', () => {
  const changelog = readFileSync(path.join(DIST, 'CHANGELOG.md'), 'utf8');
  expect(hasVersionEntry(changelog, VERSION)).toBe(true);
});

test('dist ships no test data: its only JSON files are the three plugin.json', () => {
  const json = (readdirSync(DIST, { recursive: true }) as string[]).filter((f) => f.endsWith('.json'));
  expect(json.sort()).toEqual(['datasource/plugin.json', 'panel/plugin.json', 'plugin.json']);
});
