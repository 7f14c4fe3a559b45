// SHA-256 for cache keys and content digests. node:crypto is loaded at the first hash, not with the
// bundle: it loads Node's stream modules, which a step that stops at its inputs never needs.
import type { Hash } from 'node:crypto';

export async function sha256(): Promise<Hash> {
  const { createHash } = await import('node:crypto');
  return createHash('sha256');
}
