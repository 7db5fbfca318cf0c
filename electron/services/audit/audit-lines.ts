// Reads the audit trail line by line without holding the file in memory: each line's SHA-256 over
// its exact bytes, its entry when it is one, and whether a line feed ended it (a line a crash cut
// short has none).
import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { AuditEntry } from '../../../shared/model/audit';
import { isErrnoCode } from '../durable-file';
import { MAX_AUDIT_LINE_BYTES, parseAuditLine } from './audit-line';

export interface AuditLine {
  /** 1-based line number in the file. */
  number: number;
  hash: string;
  /** The entry, or null for a line that is not one (cut short, changed, not UTF-8, too long). */
  entry: AuditEntry | null;
  terminated: boolean;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decoded(parts: Buffer[], length: number): string | null {
  if (length > MAX_AUDIT_LINE_BYTES) return null;
  try {
    return utf8.decode(Buffer.concat(parts, length));
  } catch {
    return null;
  }
}

/** Every line of the file in order; nothing when the file does not exist. */
export async function* readAuditLines(file: string): AsyncGenerator<AuditLine> {
  let hash: Hash = createHash('sha256');
  let kept: Buffer[] = [];
  let length = 0;
  let number = 0;
  const finish = (terminated: boolean): AuditLine => {
    const text = decoded(kept, length);
    const line = { number: ++number, hash: hash.digest('hex'), entry: text === null ? null : parseAuditLine(text), terminated };
    hash = createHash('sha256');
    kept = [];
    length = 0;
    return line;
  };
  const add = (part: Buffer) => {
    hash.update(part);
    // Bytes past the cap are hashed but not kept: such a line is refused as an entry anyway.
    if (length <= MAX_AUDIT_LINE_BYTES) kept.push(part);
    length += part.length;
  };
  try {
    for await (const chunk of createReadStream(file, { highWaterMark: 256 * 1024 }) as AsyncIterable<Buffer>) {
      let start = 0;
      for (let end = chunk.indexOf(0x0a, start); end !== -1; end = chunk.indexOf(0x0a, start)) {
        add(chunk.subarray(start, end));
        yield finish(true);
        start = end + 1;
      }
      if (start < chunk.length) add(chunk.subarray(start));
    }
  } catch (error) {
    if (isErrnoCode(error, 'ENOENT')) return;
    throw error;
  }
  if (length > 0) yield finish(false);
}
