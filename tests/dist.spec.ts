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
