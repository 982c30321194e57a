/*
 * Checks on the demo stack's configuration: every provisioning YAML parses; the data sources,
 * plugin ids and incident series the dashboard uses exist in provisioning/, in src/**\/plugin.json
 * and in the generator; anomaly queries use exactly the query model's field names; every
 * plugin.json validates against Grafana's plugin.json schema; docker-compose.yaml mounts and
 * allows what Grafana needs.
 */
import Ajv from 'ajv';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { createModel } from '../../generator/model';
import { pluginSchema } from './pluginSchema';

const ROOT = join(__dirname, '..', '..');
const PROVISIONING = join(ROOT, 'provisioning');

type Json = Record<string, unknown>;

function files(dir: string, test: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name), test) : test(e.name) ? [join(dir, e.name)] : []
  );
}

/** Parses YAML with merge keys (`<<: *anchor`), as docker-compose does. */
function yamlFile(path: string): Json {
  return parse(readFileSync(path, 'utf8'), { merge: true }) as Json;
}

const pluginFiles = files(join(ROOT, 'src'), (n) => n === 'plugin.json');
const plugins = pluginFiles.map((f) => ({
  file: relative(ROOT, f),
  json: JSON.parse(readFileSync(f, 'utf8')) as Json,
}));
const pluginIds = (type: string): string[] => plugins.filter((p) => p.json.type === type).map((p) => String(p.json.id));

interface DsEntry {
  name: string;
  uid: string;
  type: string;
  url?: string;
  jsonData?: Json;
}
const datasources: DsEntry[] = files(join(PROVISIONING, 'datasources'), (n) => /\.ya?ml$/.test(n)).flatMap(
  (f) => (yamlFile(f).datasources as DsEntry[]) ?? []
);
const dsByUid = new Map(datasources.map((d) => [d.uid, d]));

const dashboardFiles = files(join(PROVISIONING, 'dashboards'), (n) => n.endsWith('.json'));
const dashboard = JSON.parse(readFileSync(dashboardFiles[0], 'utf8')) as {
  title: string;
  uid: string;
  panels: Array<{
    type: string;
    title: string;
    gridPos: { x: number; y: number; w: number; h: number };
    datasource?: Ref;
    targets?: Json[];
  }>;
  templating: { list: Array<{ name: string; type: string }> };
};
interface Ref {
  type: string;
  uid: string;
}

const QUERY_FIELDS = [
  'refId',
  'datasource',
  'child',
  'childQuery',
  'mode',
  'preset',
  'consensus',
  'baselineSec',
  'target',
];
const BUILT_IN_PANELS = ['timeseries', 'row', 'text', 'stat', 'table'];

describe('provisioning YAML', () => {
  const yamls = files(PROVISIONING, (n) => /\.ya?ml$/.test(n));

  it('every file parses', () => {
    expect(yamls.length).toBeGreaterThanOrEqual(4);
    for (const f of yamls) {
      expect(() => yamlFile(f)).not.toThrow();
      expect(typeof yamlFile(f)).toBe('object');
    }
  });

  it('the parser rejects malformed YAML (the check can fail)', () => {
    expect(() => parse('apiVersion: 1\ndatasources:\n  - name: [unclosed\n')).toThrow();
  });

  it('the app is enabled, and it is our app plugin', () => {
    const apps = yamlFile(join(PROVISIONING, 'plugins', 'apps.yaml')).apps as Json[];
    expect(apps).toEqual([{ type: 'kale-anomaly-app', org_id: 1, disabled: false }]);
    expect(pluginIds('app')).toEqual(['kale-anomaly-app']);
    expect(plugins.find((p) => p.json.type === 'app')?.json.autoEnabled).toBe(true);
  });

  it('data sources have the fixed uids, and the anomaly data source is ours and names an existing child', () => {
    expect(datasources.map((d) => d.uid).sort()).toEqual(['kale-anomaly', 'kale-graphite', 'kale-prometheus']);
    expect(dsByUid.get('kale-prometheus')).toMatchObject({ type: 'prometheus', url: 'http://prometheus:9090' });
    expect(dsByUid.get('kale-graphite')).toMatchObject({ type: 'graphite', url: 'http://graphite:80' });
    const kale = dsByUid.get('kale-anomaly')!;
    expect(pluginIds('datasource')).toContain(kale.type);
    const child = kale.jsonData?.defaultChild as Ref;
    expect(dsByUid.get(child.uid)?.type).toBe(child.type);
  });

  it('the dashboard provider reads the folder Grafana mounts', () => {
    const providers = yamlFile(join(PROVISIONING, 'dashboards', 'default.yaml')).providers as Array<{
      type: string;
      options: { path: string };
    }>;
    expect(providers).toHaveLength(1);
    expect(providers[0].type).toBe('file');
    const compose = yamlFile(join(ROOT, 'docker-compose.yaml')) as { services: Record<string, { volumes: string[] }> };
    expect(compose.services.grafana.volumes).toContain(`./provisioning/dashboards:${providers[0].options.path}:ro`);
  });
});

describe('dashboard', () => {
  const panels = dashboard.panels;
  const targets = panels.flatMap((p) => (p.targets ?? []).map((t) => ({ panel: p, t })));

  it('is the Kale dashboard and has the $series variable, which some query uses', () => {
    expect(dashboard.title).toBe('Kale — anomalies and correlations');
    expect(dashboard.templating.list.find((v) => v.name === 'series')?.type).toMatch(/^(textbox|custom)$/);
    expect(JSON.stringify(panels)).toContain('$series');
  });

  it('lays panels out on the 24-column grid without overlaps, under a valid uid', () => {
    expect(dashboard.uid).toMatch(/^[a-zA-Z0-9_-]{1,40}$/);
    const boxes = panels.map((p) => ({ title: p.title, ...p.gridPos }));
    for (const [i, a] of boxes.entries()) {
      expect({ title: a.title, fits: a.x >= 0 && a.w > 0 && a.x + a.w <= 24 && a.h > 0 }).toEqual({
        title: a.title,
        fits: true,
      });
      for (const b of boxes.slice(i + 1)) {
        const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
        expect({ a: a.title, b: b.title, overlap }).toEqual({ a: a.title, b: b.title, overlap: false });
      }
    }
  });

  it('uses only provisioned data source uids, with their provisioned types', () => {
    const refs: Ref[] = [
      ...panels.flatMap((p) => (p.datasource ? [p.datasource] : [])),
      ...targets.flatMap(({ t }) => [t.datasource as Ref, t.child as Ref].filter(Boolean)),
    ];
    expect(refs.length).toBeGreaterThan(10);
    for (const r of refs) {
      expect(dsByUid.get(r.uid)?.type).toBe(r.type);
    }
  });

  it('uses only built-in panels and our panel plugin, and shows both', () => {
    const types = new Set(panels.map((p) => p.type));
    for (const t of types) {
      expect([...BUILT_IN_PANELS, ...pluginIds('panel')]).toContain(t);
    }
    expect(types).toContain('timeseries');
    expect(types).toContain('kale-anomaly-panel');
  });

  it('anomaly queries use exactly the query model fields, valid modes and presets, and the child query shape', () => {
    expect(targets.length).toBeGreaterThan(0);
    for (const { t } of targets) {
      expect(Object.keys(t).filter((k) => !QUERY_FIELDS.includes(k))).toEqual([]);
      expect(t.datasource).toEqual({ type: 'kale-anomaly-datasource', uid: 'kale-anomaly' });
      expect(['detect', 'correlate']).toContain(t.mode);
      expect(['skyline', 'morgoth', 'three-sigma', 'kale']).toContain(t.preset);
      const child = t.child as Ref;
      const cq = t.childQuery as Json;
      expect(cq.refId).toBe(t.refId);
      expect(typeof (child.type === 'prometheus' ? cq.expr : cq.target)).toBe('string');
      if (t.mode === 'correlate') {
        expect(typeof t.target).toBe('string');
      }
    }
  });

  it('queries every default incident series through Prometheus and through Graphite', () => {
    const model = createModel({ anchorMs: Date.UTC(2026, 0, 1) });
    const text = JSON.stringify(targets.map(({ t }) => t.childQuery));
    const keys = new Set(
      model.incidents
        .flatMap((i) => i.effects.map((e) => e.key))
        .filter((k) => !k.includes('.process.gc_pause') && !k.includes('.process.cpu'))
    );
    expect(keys.size).toBeGreaterThanOrEqual(5);
    for (const key of keys) {
      const s = model.byKey(key);
      const promSelector = `${s.name}{${Object.entries(s.labels)
        .map(([k, v]) => `${k}=\\"${v}\\"`)
        .join(',')}}`;
      expect({ key, prometheus: text.includes(promSelector) }).toEqual({ key, prometheus: true });
      const graphite =
        text.includes(key) || (s.labels.endpoint !== undefined && text.includes(`kale.*.*.${key.split('.').pop()}`));
      expect({ key, graphite }).toEqual({ key, graphite: true });
    }
  });
});

describe('plugin.json files', () => {
  // Ajv 8 options: strict off (the schema has `additionalItems` without tuple `items`), and no
  // u flag on patterns (Grafana's patterns escape '%', which the u flag rejects).
  const options = { allErrors: true, strict: false, unicodeRegExp: false };
  const ajv = new Ajv(options);
  ajv.addFormat('uri', (v: string) => URL.canParse(v));
  ajv.addFormat('email', (v: string) => /^[^@\s]+@[^@\s]+$/.test(v));
  const validate = ajv.compile(pluginSchema());

  it('finds the app, the data source and the panel', () => {
    expect(plugins.map((p) => p.file).sort()).toEqual([
      'src/datasource/plugin.json',
      'src/panel/plugin.json',
      'src/plugin.json',
    ]);
  });

  it.each(plugins.map((p) => [p.file, p.json] as const))('%s validates against the plugin.json schema', (_, json) => {
    const ok = validate(json);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('the schema rejects a misspelt key and a missing dependency (the check can fail)', () => {
    const app = plugins.find((p) => p.json.type === 'app')!.json;
    expect(validate({ ...app, autoEnable: true })).toBe(false);
    expect(validate({ ...app, dependencies: {} })).toBe(false);
    expect(validate({ ...app, id: 'Kale App' })).toBe(false);
  });

  it('the app includes the nested data source and panel by path', () => {
    const app = plugins.find((p) => p.json.type === 'app')!.json;
    const includes = (app.includes as Array<{ type: string; path?: string }>).map((i) => `${i.type}:${i.path}`).sort();
    expect(includes).toEqual(['datasource:datasource/plugin.json', 'panel:panel/plugin.json']);
  });
});

describe('docker-compose.yaml', () => {
  const compose = yamlFile(join(ROOT, 'docker-compose.yaml')) as {
    services: Record<
      string,
      {
        image?: string;
        environment?: Record<string, string>;
        volumes?: string[];
        depends_on?: Record<string, { condition: string }>;
      }
    >;
  };
  const grafana = compose.services.grafana;

  it('runs a pinned Grafana OSS 13 with our dist mounted as the app and unsigned loading for all three ids', () => {
    expect(grafana.image).toMatch(/^grafana\/grafana:13\.\d+\.\d+$/);
    expect(grafana.volumes).toContain('./dist:/var/lib/grafana/plugins/kale-anomaly-app');
    const allowed = grafana.environment!.GF_PLUGINS_ALLOW_LOADING_UNSIGNED_PLUGINS.split(',').sort();
    expect(allowed).toEqual(plugins.map((p) => String(p.json.id)).sort());
    expect(grafana.environment).toMatchObject({
      GF_AUTH_ANONYMOUS_ENABLED: 'true',
      GF_AUTH_ANONYMOUS_ORG_ROLE: 'Admin',
    });
  });

  it("the pinned Grafana satisfies every plugin's grafanaDependency (a `>=x.y.z` range)", () => {
    const version = grafana.image!.split(':')[1].split('.').map(Number);
    for (const p of plugins) {
      const range = String((p.json.dependencies as Json).grafanaDependency);
      const min = /^>=(\d+)\.(\d+)\.(\d+)$/.exec(range)?.slice(1).map(Number);
      expect({ file: p.file, range, parsed: min !== undefined }).toEqual({ file: p.file, range, parsed: true });
      const cmp = version.map((v, i) => v - min![i]).find((d) => d !== 0) ?? 0;
      expect({ file: p.file, range, satisfied: cmp >= 0 }).toEqual({ file: p.file, range, satisfied: true });
    }
  });

  it('pins every image and starts Grafana only after the plugin is built', () => {
    for (const [name, s] of Object.entries(compose.services)) {
      expect({ name, image: s.image }).toEqual({ name, image: expect.stringMatching(/^[a-z0-9./-]+:[0-9v][\w.-]*$/) });
    }
    expect(grafana.depends_on?.['build-plugin']).toEqual({ condition: 'service_completed_successfully' });
  });

  it('the default dashboard Grafana opens is the provisioned one', () => {
    const home = grafana.environment!.GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH;
    expect(home).toBe(
      `/etc/grafana/provisioning/dashboards/${relative(join(PROVISIONING, 'dashboards'), dashboardFiles[0])}`
    );
  });
});
