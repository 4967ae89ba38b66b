import fs from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

export interface Cost {
  where: string;
  selfPercent: number;
}

/**
 * The functions with the most self time in the `.cpuprofile` files of a folder (written by
 * `node --cpu-prof`), grouped by function and file, as a share of all samples.
 */
export function topCosts(dir: string, count = 10): Cost[] {
  const totals = new Map<string, number>();
  let all = 0;
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as { nodes: ProfileNode[] };
    for (const node of profile.nodes) {
      const hits = node.hitCount ?? 0;
      if (!hits) continue;
      all += hits;
      const { functionName, url, lineNumber } = node.callFrame;
      if (functionName === '(idle)') continue;
      const file = url
        .replace(/^file:\/\//, '')
        .replace(/.*node_modules\//, 'node_modules/')
        .replace(/.*\/dist\//, 'dist/');
      const key = `${functionName || '(anonymous)'} ${file || '(native)'}${file ? `:${lineNumber + 1}` : ''}`;
      totals.set(key, (totals.get(key) ?? 0) + hits);
    }
  }
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([where, hits]) => ({ where, selfPercent: (100 * hits) / Math.max(1, all) }));
}
