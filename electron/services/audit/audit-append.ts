// Appends entries to the audit trail: opened for appending only (earlier bytes are never
// rewritten), flushed to disk before the append counts, one append at a time per file in this
// process. A line a crash cut short is closed with a line feed and named in the next entry's
// `torn`, so the verifier can tell that fragment from a changed line.
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { AUDIT_GENESIS, auditEntrySchema, type AuditEntry } from '../../../shared/model/audit';
import { fsyncDirectory, isErrnoCode } from '../durable-file';
import { formatAuditLine, sha256Hex } from './audit-line';
import { readAuditLines } from './audit-lines';

/** What the next append needs to know about the end of the file. */
interface Tail {
  size: number;
  /** SHA-256 of the last line that ended with a line feed, or the genesis value. */
  lastHash: string;
  /**
   * The unterminated end of the file, if any: its hash and whether it reads as a whole entry (the
   * crash took only its line feed), which the next entry then follows like any other line.
   */
  fragment: { hash: string; whole: boolean } | null;
}

// Only the workspace's writer appends (it holds the lock), so a tail read once stays true as long
// as the file keeps the size this process left it at.
const tails = new Map<string, Tail>();
const queues = new Map<string, Promise<unknown>>();

async function scanTail(file: string, size: number): Promise<Tail> {
  let lastHash = AUDIT_GENESIS;
  let fragment: Tail['fragment'] = null;
  for await (const line of readAuditLines(file)) {
    if (line.terminated) lastHash = line.hash;
    else fragment = { hash: line.hash, whole: line.entry !== null };
  }
  return { size, lastHash, fragment };
}

async function currentTail(file: string): Promise<Tail> {
  const size = await stat(file).then(
    (stats) => stats.size,
    (error: unknown) => {
      if (isErrnoCode(error, 'ENOENT')) return 0;
      throw error;
    },
  );
  const known = tails.get(file);
  if (known && known.size === size) return known;
  return size === 0 ? { size, lastHash: AUDIT_GENESIS, fragment: null } : scanTail(file, size);
}

type NewEntry = Omit<AuditEntry, 'prev' | 'torn'>;

async function appendNow(file: string, entries: readonly NewEntry[]): Promise<AuditEntry[]> {
  const tail = await currentTail(file);
  let prev = tail.lastHash;
  let torn: string | undefined;
  if (tail.fragment?.whole) prev = tail.fragment.hash;
  else if (tail.fragment) torn = tail.fragment.hash;
  const written: AuditEntry[] = [];
  // A fragment gets its line feed first, so it stays a line of its own.
  let text = tail.fragment ? '\n' : '';
  for (const entry of entries) {
    // Checked as the verifier will read it, so no line is written that could not pass.
    const chained = auditEntrySchema.parse({ ...entry, prev, ...(torn === undefined ? {} : { torn }) });
    const line = formatAuditLine(chained);
    written.push(chained);
    text += `${line}\n`;
    prev = sha256Hex(line);
    torn = undefined;
  }
  const bytes = Buffer.from(text, 'utf8');
  tails.delete(file);
  const handle = await open(file, 'a');
  try {
    await handle.appendFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  // A new file's name is only durable once its folder is flushed too.
  if (tail.size === 0) await fsyncDirectory(path.dirname(file));
  tails.set(file, { size: tail.size + bytes.length, lastHash: prev, fragment: null });
  return written;
}

/**
 * Appends entries in order, with one write and one flush (their `prev`, and `torn` when needed,
 * are filled in); resolves once they are on disk.
 */
export function appendAuditEntries(file: string, entries: readonly NewEntry[]): Promise<AuditEntry[]> {
  const key = path.resolve(file);
  const previous = queues.get(key) ?? Promise.resolve();
  const result = previous.then(() => (entries.length === 0 ? [] : appendNow(key, entries)));
  const settled = result.catch(() => undefined);
  queues.set(key, settled);
  void settled.then(() => {
    if (queues.get(key) === settled) queues.delete(key);
  });
  return result;
}
