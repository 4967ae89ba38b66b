import crypto from 'node:crypto';
import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const gzip = promisify(zlib.gzip);

export interface StaticAssetOptions {
  /** Path the page links to, e.g. /webchat/webchat.js. */
  urlPath: string;
  file: string;
  contentType: string;
  /** A version that changes whenever the content does; defaults to a hash of the file. */
  version?: string;
  /** Generated content served instead of the file (the embed script with its labels filled in). */
  body?: Buffer;
  /** False for URLs other sites hard-code (the embed script): they must pick up new versions. */
  immutable?: boolean;
}

interface Asset extends StaticAssetOptions {
  version: string;
  gzipped?: Promise<Buffer>;
}

const ONE_YEAR = 31_536_000;

/**
 * Files the page needs, served by the bot itself so the chat works with no CDN and offline. The
 * page links to each with `?v=<version>`, so they can be cached for a year; Web Chat's 3.8 MB
 * bundle is streamed from node_modules, and compressed once (and kept) for browsers that accept
 * gzip.
 */
export class StaticAssets {
  private readonly assets = new Map<string, Asset>();

  add(options: StaticAssetOptions): void {
    const version = options.version ?? hashOf(options.body ?? fs.readFileSync(options.file));
    this.assets.set(options.urlPath, { ...options, version });
  }

  paths(): string[] {
    return [...this.assets.keys()];
  }

  /** The versioned URL to put in the page. */
  url(urlPath: string): string {
    const asset = this.assets.get(urlPath);
    if (!asset) throw new Error(`StaticAssets: no asset at ${urlPath}`);
    return `${urlPath}?v=${asset.version}`;
  }

  async serve(urlPath: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const asset = this.assets.get(urlPath);
    if (!asset) throw new Error(`StaticAssets: no asset at ${urlPath}`);
    const etag = `"${asset.version}"`;
    res.setHeader('Content-Type', asset.contentType);
    res.setHeader('ETag', etag);
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader(
      'Cache-Control',
      asset.immutable === false ? 'public, max-age=3600' : `public, max-age=${ONE_YEAR}, immutable`,
    );
    if (req.headers['if-none-match'] === etag) {
      res.statusCode = 304;
      res.end();
      return;
    }
    if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      const body = await this.gzipped(asset);
      res.setHeader('Content-Encoding', 'gzip');
      res.setHeader('Content-Length', body.length);
      res.statusCode = 200;
      res.end(body);
      return;
    }
    res.statusCode = 200;
    if (asset.body) {
      res.setHeader('Content-Length', asset.body.length);
      res.end(asset.body);
      return;
    }
    res.setHeader('Content-Length', fs.statSync(asset.file).size);
    await pipeline(fs.createReadStream(asset.file), res);
  }

  private gzipped(asset: Asset): Promise<Buffer> {
    asset.gzipped ??= (async () =>
      gzip(asset.body ?? (await fs.promises.readFile(asset.file)), { level: 6 }))();
    asset.gzipped.catch(() => (asset.gzipped = undefined));
    return asset.gzipped;
  }
}

function hashOf(content: Buffer): string {
  return crypto.createHash('sha256').update(content).digest('base64url').slice(0, 16);
}
