import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Finds `relativePath` in the nearest ancestor of `startDir` that contains it. Walking up works
 * both from `src/knowledge` (tests run the TypeScript directly) and from `dist/src/knowledge`
 * (compiled output), which sit at different depths below the repository root.
 */
export function findRepoPath(relativePath: string, startDir: string = __dirname): string {
  let dir = startDir;
  for (;;) {
    const candidate = join(dir, relativePath);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`Could not find ${relativePath} above ${startDir}`);
    dir = parent;
  }
}
