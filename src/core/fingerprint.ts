import { createHash } from 'node:crypto';

/**
 * A gap's id: rule id, path and a line-free anchor (a route's method and path, a secret's
 * hash, a normalised match), with an occurrence index only to tell identical anchors apart.
 * Lines inserted above, reformatting elsewhere and other gaps in the file leave it unchanged.
 */
export function fingerprint(ruleId: string, path: string | null, anchor: string, occurrence: number): string {
  return createHash('sha256')
    .update(`${ruleId}\0${path ?? ''}\0${normaliseAnchor(anchor)}\0${occurrence}`)
    .digest('hex')
    .slice(0, 20);
}

/** Whitespace and trailing commas/semicolons do not change what an anchor means. */
export function normaliseAnchor(anchor: string): string {
  return anchor.replace(/\s+/g, '').replace(/[,;]+(?=[)\]}]|$)/g, '');
}
