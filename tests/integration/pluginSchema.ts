/*
 * Grafana's plugin.json schema for validating our plugin.json files: the verbatim schema in
 * tests/fixtures/schema/plugin.schema.json (an older version) plus an overlay adding the
 * properties documented today in grafana/plugin-tools docusaurus/docs/reference/metadata.md.
 * Unknown keys still fail (additionalProperties stays false). See tests/fixtures/schema/README.md.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

type JsonObject = Record<string, unknown>;

const str = { type: 'string' };
const bool = { type: 'boolean' };

function obj(value: unknown, path: string): JsonObject {
  if (typeof value !== 'object' || value === null) {
    throw new Error(`plugin schema: ${path} is not an object`);
  }
  return value as JsonObject;
}

export function pluginSchema(): JsonObject {
  const file = join(__dirname, '..', 'fixtures', 'schema', 'plugin.schema.json');
  const schema = obj(JSON.parse(readFileSync(file, 'utf8')), 'schema');
  const props = obj(schema.properties, 'properties');
  Object.assign(props, {
    $schema: str,
    autoEnabled: bool,
    preload: bool,
    skipDataQuery: bool,
    multiValueFilterOperators: bool,
    state: { type: 'string', enum: ['alpha', 'beta'] },
    extensions: { type: 'object' },
    iam: { type: 'object' },
    roles: { type: 'array' },
    enterpriseFeatures: { type: 'object' },
  });
  obj(props.type, 'type').enum = ['app', 'datasource', 'panel', 'renderer', 'secretsmanager'];
  obj(props.category, 'category').enum = [
    'tsdb',
    'logging',
    'cloud',
    'tracing',
    'profiling',
    'sql',
    'enterprise',
    'iot',
    'other',
  ];

  const deps = obj(props.dependencies, 'dependencies');
  deps.required = ['grafanaDependency'];
  Object.assign(obj(deps.properties, 'dependencies.properties'), {
    grafanaDependency: str,
    plugins: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'name', 'type'],
        additionalProperties: false,
        properties: {
          id: str,
          name: str,
          type: { type: 'string', enum: ['app', 'datasource', 'panel'] },
          version: str,
        },
      },
    },
    extensions: { type: 'object', properties: { exposedComponents: { type: 'array', items: str } } },
  });

  const includeItem = obj(obj(props.includes, 'includes').items, 'includes.items');
  Object.assign(obj(includeItem.properties, 'includes.items.properties'), {
    path: str,
    icon: str,
    action: str,
    uid: str,
  });
  includeItem.additionalProperties = false;

  const info = obj(props.info, 'info');
  info.required = ['keywords', 'logos', 'version', 'updated'];
  Object.assign(obj(info.properties, 'info.properties'), { build: { type: 'object' } });
  return schema;
}
