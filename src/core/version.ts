import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The tool version reported in every report; kept in step with package.json by a test. */
export const TOOL_VERSION = '0.1.0';

/** Set by scripts/build.mjs: a digest of the source the bundle was built from. */
declare const SHIPSHAPE_CODE_DIGEST: string | undefined;

let digest: string | null = null;

/**
 * A digest of the code that judges: what a cached rule result is only valid for. The version
 * alone is not enough, since rules change between releases (and in every development build). The
 * bundle carries the digest of its sources; run from source, the source files are hashed, once.
 */
export function codeDigest(): string {
  if (typeof SHIPSHAPE_CODE_DIGEST === 'string') return SHIPSHAPE_CODE_DIGEST;
  digest ??= hashSources(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'));
  return digest;
}

/** Every `.ts` file under `dir`, by relative path and content (scripts/build.mjs computes the same for the bundle). */
export function hashSources(dir: string): string {
  const hash = createHash('sha1');
  const visit = (rel: string) => {
    for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) visit(child);
      else if (entry.isFile() && entry.name.endsWith('.ts')) hash.update(child).update('\0').update(readFileSync(path.join(dir, child))).update('\0');
    }
  };
  visit('');
  return hash.digest('hex').slice(0, 16);
}
