import fs from 'node:fs';
import path from 'node:path';

let cached: string | undefined;

/** The folder holding `content/`, found by walking up from this file (works from src/ and dist/). */
export function contentRoot(): string {
  if (cached) return cached;
  let dir = __dirname;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'content', 'core'))) return (cached = path.join(dir, 'content'));
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`contentRoot: no content/ folder above ${__dirname}`);
    dir = parent;
  }
}
