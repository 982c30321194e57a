/*
 * Root webpack config: two compilations.
 * 1. `worker` bundles src/worker/engine.worker.ts as one classic script into .worker-build/.
 * 2. The create-plugin config (kept untouched in .config/) builds the app and its nested plugins;
 *    the data source imports the worker bundle as a string (`?raw`) and starts it from a Blob, so the
 *    worker needs no extra chunk and works from a CDN or a nested plugin folder.
 * Extended the way create-plugin documents: webpack-merge over .config/webpack/webpack.config.ts.
 * dist/README.md, which the plugin catalog shows, is the root README up to its "## Development"
 * section (the scaffold would copy all of it).
 */
import CopyWebpackPlugin from 'copy-webpack-plugin';
import path from 'path';
import type { Configuration } from 'webpack';
import { merge } from 'webpack-merge';

import grafanaConfig, { type Env } from './.config/webpack/webpack.config';

const WORKER_BUILD_DIR = path.resolve(__dirname, '.worker-build');

function swcRule(): NonNullable<Configuration['module']>['rules'] {
  return [
    {
      test: /\.ts$/,
      exclude: /node_modules/,
      use: {
        loader: 'swc-loader',
        options: { jsc: { target: 'es2019', parser: { syntax: 'typescript' } } },
      },
    },
  ];
}

const workerConfig = (env: Env): Configuration => ({
  name: 'worker',
  mode: env.production ? 'production' : 'development',
  devtool: false,
  target: 'webworker',
  entry: { 'engine.worker': path.resolve(__dirname, 'src/worker/engine.worker.ts') },
  output: { path: WORKER_BUILD_DIR, filename: '[name].js', clean: true, iife: true },
  module: { rules: swcRule() },
  resolve: { extensions: ['.ts', '.js'] },
  optimization: { splitChunks: false, runtimeChunk: false },
  performance: { hints: false },
});

/** The scaffold's swc rule must not also compile the worker bundle imported as a string. */
function skipRawImports(config: Configuration): Configuration {
  for (const rule of config.module?.rules ?? []) {
    if (rule && typeof rule === 'object' && String(rule.test) === String(/\.[tj]sx?$/)) {
      rule.resourceQuery = { not: [/raw/] };
    }
  }
  return config;
}

/** The README the plugin catalog shows: the repository's README without its development sections. */
function catalogReadme(markdown: string): string {
  const development = markdown.indexOf('\n## Development\n');
  return development < 0 ? markdown : `${markdown.slice(0, development).trimEnd()}\n`;
}

const pluginConfig = async (env: Env): Promise<Configuration> =>
  merge(skipRawImports(await grafanaConfig(env)), {
    name: 'plugin',
    dependencies: ['worker'],
    module: {
      rules: [{ resourceQuery: /raw/, type: 'asset/source' }],
    },
    plugins: [
      new CopyWebpackPlugin({
        patterns: [
          ...['datasource', 'panel'].map((nested) => ({ from: 'img/logo.svg', to: `${nested}/img/logo.svg` })),
          {
            from: path.resolve(__dirname, 'README.md'),
            to: 'README.md',
            force: true,
            transform: (content: Buffer) => catalogReadme(content.toString('utf8')),
          },
        ],
      }),
    ],
  });

export default async (env: Env): Promise<Configuration[]> => [workerConfig(env), await pluginConfig(env)];
