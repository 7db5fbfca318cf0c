// One line of the audit trail: its bytes (the JSON of an entry, keys in a fixed order), the hash
// the next line names, and reading a line back into an entry.
import { createHash } from 'node:crypto';
import { auditEntrySchema, type AuditEntry } from '../../../shared/model/audit';
import { DomainError } from '../../../shared/model/errors';
import { parseJsonSafely } from '../../../shared/model/safe-json';

/** Far above any real line (an entry's strings are capped); a longer line is not an entry. */
export const MAX_AUDIT_LINE_BYTES = 64 * 1024;

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The line's text without its line feed. JSON escapes every control character, so it holds no \n. */
export function formatAuditLine(entry: AuditEntry): string {
  const ordered: AuditEntry = {
    at: entry.at,
    user: entry.user,
    action: entry.action,
    target: entry.target,
    detail: entry.detail,
    prev: entry.prev,
    ...(entry.torn === undefined ? {} : { torn: entry.torn }),
  };
  return JSON.stringify(ordered);
}

/** The entry a line holds, or null when it is not one (cut short, edited into something else). */
export function parseAuditLine(text: string): AuditEntry | null {
  let value: unknown;
  try {
    value = parseJsonSafely(text, '操作日志的一行');
  } catch (error) {
    if (error instanceof DomainError) return null;
    throw error;
  }
  const parsed = auditEntrySchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
