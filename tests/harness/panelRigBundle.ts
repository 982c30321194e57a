/*
 * Bundles panelRig.ts for the host page (esbuild, in memory): browser tests and the panel
 * benchmark add it with `page.addScriptTag({ content })`.
 */
import { build } from 'esbuild';
import path from 'node:path';

let cached: string | undefined;

export async function panelRigSource(): Promise<string> {
  if (cached === undefined) {
    const result = await build({
      entryPoints: [path.join(__dirname, 'panelRig.ts')],
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      target: 'es2020',
      logLevel: 'warning',
    });
    cached = result.outputFiles[0].text;
  }
  return cached;
}
