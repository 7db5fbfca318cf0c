// SHA-256 of package parts and of article content. Content is hashed in canonical JSON so two
// versions compare equal exactly when their text, marks and photos are the same.
import { createHash } from 'node:crypto';
import type { ArticleNode } from '../../../shared/model/article';
import { canonicalJson } from '../../../shared/model/filing';

export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

export function contentHash(content: readonly ArticleNode[]): string {
  return sha256Hex(canonicalJson(content));
}
