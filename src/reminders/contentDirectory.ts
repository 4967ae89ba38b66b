import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Finds `content/<subfolder>` by walking up from `startDir`. Walking up (rather than a fixed
 * relative path) keeps this working both from `src/` under the test runner and from `dist/src/`.
 * Throws when no such folder exists.
 */
export function contentDirectory(subfolder: string, startDir: string = __dirname): string {
  let current = path.resolve(startDir);
  for (;;) {
    const candidate = path.join(current, 'content', subfolder);
    if (existsSync(candidate) && statSync(candidate).isDirectory()) return candidate;
    const parent = path.dirname(current);
    if (parent === current) throw new Error(`Could not find content/${subfolder} above ${startDir}`);
    current = parent;
  }
}
