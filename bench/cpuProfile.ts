import fs from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface Cost {
  where: string;
  selfPercent: number;
}

export interface ProfileCosts {
  /** Functions with the most self time. */
  functions: Cost[];
  /** The same samples grouped by package (node_modules) or by source folder (the project's own). */
  components: Cost[];
}

/**
 * Where the CPU went in the `.cpuprofile` files of a folder (written by `node --cpu-prof`), as a
 * share of the busy samples. Samples from the first `skipMs` of each profile (start-up: module
 * loading, index building) are left out, so the figures describe turns.
 */
export function profileCosts(dir: string, count = 10, skipMs = 0): ProfileCosts {
  const functions = new Map<string, number>();
  const components = new Map<string, number>();
  let all = 0;
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as CpuProfile;
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    let elapsedMicros = 0;
    profile.samples.forEach((id, i) => {
      elapsedMicros += profile.timeDeltas[i] ?? 0;
      if (elapsedMicros < skipMs * 1000) return;
      const node = byId.get(id);
      if (!node || node.callFrame.functionName === '(idle)') return;
      all += 1;
      const { functionName, url, lineNumber } = node.callFrame;
      const where = shortPath(url);
      const key = `${functionName || '(anonymous)'} ${where || '(native)'}${where ? `:${lineNumber + 1}` : ''}`;
      functions.set(key, (functions.get(key) ?? 0) + 1);
      const component = componentOf(where, functionName);
      components.set(component, (components.get(component) ?? 0) + 1);
    });
  }
  const top = (totals: Map<string, number>) =>
    [...totals.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([where, hits]) => ({ where, selfPercent: (100 * hits) / Math.max(1, all) }));
  return { functions: top(functions), components: top(components) };
}

function shortPath(url: string): string {
  const file = url.replace(/^file:\/\//, '');
  if (file.includes('node_modules/')) return file.replace(/.*node_modules\//, 'node_modules/');
  return file.replace(/.*\/dist\//, 'dist/');
}

/** "node_modules/@prisma/client/…" → "@prisma/client"; "dist/src/safety/…" → "src/safety". */
function componentOf(where: string, functionName: string): string {
  const pkg = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(where);
  if (pkg) return pkg[1];
  const own = /^dist\/((?:src|dialogs|bench)(?:\/[^/]+(?=\/))?)/.exec(where);
  if (own) return own[1];
  if (where.startsWith('wasm://')) return 'WebAssembly (Prisma query compiler)';
  if (where.startsWith('node:')) return 'Node.js internals';
  if (functionName.startsWith('RegExp:')) return 'regular expressions';
  if (!where) return functionName.startsWith('(') ? functionName : 'native';
  return where;
}
