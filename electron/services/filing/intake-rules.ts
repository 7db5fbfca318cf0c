// What a valid package does to the desk's library, decided from the manuscripts already received
// from the same package id (its "line"). Nothing here writes; intake.ts carries the decision out.
//
// - no manuscript of the line yet                      → new manuscript
// - this revision with this content already received   → duplicate (nothing changes)
// - the newest received text is the same, or newer     → duplicate (an old or repeated version)
// - the desk has not touched the newest manuscript     → update it; the replaced text goes to history
// - the desk has edited it (saved, or unsaved in the
//   recovery journal), or it is 已审 / 已上版            → conflict: the incoming text becomes a new
//                                                        manuscript linked to that one; both are kept
import type { Article, ConflictReason } from '../../../shared/model/article';
import { contentHash } from './hashes';

export interface Incoming {
  revision: number;
  contentHash: string;
}

export type IntakeDecision =
  | { kind: 'new' }
  | { kind: 'duplicate'; article: Article; newerRevision: number | null }
  | { kind: 'update'; article: Article }
  | { kind: 'conflict'; base: Article; reason: ConflictReason };

/** The manuscript holding the newest received revision of a line. */
export function lineHead(line: readonly Article[]): Article | undefined {
  let head: Article | undefined;
  for (const article of line) {
    if (!article.source) continue;
    const best = head?.source;
    if (
      !best ||
      article.source.revision > best.revision ||
      (article.source.revision === best.revision && article.source.receivedAt > best.receivedAt)
    ) {
      head = article;
    }
  }
  return head;
}

/** Whether the desk has changed a received manuscript since the package delivered it. */
export function deskChanged(article: Article, hasUnsavedEdits: boolean): ConflictReason | undefined {
  if (hasUnsavedEdits || (article.source && contentHash(article.content) !== article.source.contentHash)) return 'edited';
  if (article.status === 'approved' || article.status === 'placed') return 'approved';
  return undefined;
}

export function decideIntake(line: readonly Article[], incoming: Incoming, unsaved: ReadonlySet<string>): IntakeDecision {
  const same = line.find(
    (article) => article.source?.revision === incoming.revision && article.source.contentHash === incoming.contentHash,
  );
  if (same) return { kind: 'duplicate', article: same, newerRevision: null };
  const head = lineHead(line);
  if (!head?.source) return { kind: 'new' };
  if (head.source.contentHash === incoming.contentHash) return { kind: 'duplicate', article: head, newerRevision: null };
  if (incoming.revision <= head.source.revision) return { kind: 'duplicate', article: head, newerRevision: head.source.revision };
  const reason = deskChanged(head, unsaved.has(head.id));
  return reason ? { kind: 'conflict', base: head, reason } : { kind: 'update', article: head };
}
