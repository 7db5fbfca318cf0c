// Checks the audit trail's chain: every line must name the SHA-256 of the line before it. A line
// changed in place breaks the link to the line after it (and, when its own `prev` was changed, the
// link into it); the verdict names the line that was changed. A line a crash cut short is
// expected, not a fault: at the end of the file it is reported as unfinished, and further up it
// must be the one the next entry names in `torn`.
import { AUDIT_GENESIS, type AuditRecord } from '../../../shared/model/audit';
import { readAuditLines, type AuditLine } from './audit-lines';

export interface AuditVerdict {
  /** Entries that passed, in order. */
  records: number;
  /** Lines in the file, fragments included. */
  lines: number;
  /** SHA-256 of the last line that passed (the genesis value for an empty log): note it to notice a cut tail later. */
  head: string;
  /** The first line found changed, with a sentence saying why. */
  broken?: { line: number; message: string };
  /** An unfinished last line (a crash while appending); the next append closes it. */
  unfinishedLine?: number;
  /** Fragments a crash left, each named by the entry written after it. */
  repairedLines: number[];
}

/** Why the link into `line` is broken, blaming the line the evidence points at. */
function brokenLink(line: AuditLine, previous: AuditLine | undefined, next: AuditLine | undefined): { line: number; message: string } {
  if (!previous) return { line: line.number, message: `第 ${line.number} 行已被改动：第一条记录记下的上一行摘要不是起始值。` };
  if (next?.entry?.prev === line.hash) {
    return { line: previous.number, message: `第 ${previous.number} 行已被改动：第 ${line.number} 行记下的上一行摘要与它不符。` };
  }
  if (next) {
    return { line: line.number, message: `第 ${line.number} 行已被改动：它记下的上一行摘要不符，下一行记下的摘要也与它不符。` };
  }
  return {
    line: previous.number,
    message: `第 ${previous.number} 行或第 ${line.number} 行（最后一行）已被改动：第 ${line.number} 行记下的上一行摘要与第 ${previous.number} 行不符。`,
  };
}

/** Reads the whole file once; `onRecord` sees each entry that passed, in order. */
export async function verifyAuditTrail(file: string, onRecord?: (record: AuditRecord) => void): Promise<AuditVerdict> {
  const lines = readAuditLines(file)[Symbol.asyncIterator]();
  const ahead: AuditLine[] = [];
  const peek = async (index: number): Promise<AuditLine | undefined> => {
    while (ahead.length <= index) {
      const next = await lines.next();
      if (next.done) return undefined;
      ahead.push(next.value);
    }
    return ahead[index];
  };
  const verdict: AuditVerdict = { records: 0, lines: 0, head: AUDIT_GENESIS, repairedLines: [] };
  let previous: AuditLine | undefined;
  let fragment: AuditLine | undefined;
  for (let line = await peek(0); line; ahead.shift(), line = await peek(0)) {
    verdict.lines = line.number;
    const next = await peek(1);
    const { entry } = line;
    if (entry === null) {
      if (!line.terminated) {
        verdict.unfinishedLine = line.number;
      } else if (next?.entry?.torn === line.hash) {
        verdict.repairedLines.push(line.number);
        fragment = line;
        continue;
      } else {
        verdict.broken = { line: line.number, message: `第 ${line.number} 行不是有效的操作记录：内容已被改动或损坏。` };
      }
      break;
    }
    if (entry.torn !== undefined && fragment?.hash !== entry.torn) {
      verdict.broken = { line: line.number, message: `第 ${line.number} 行已被改动：它说上一行写入中断，但上一行并非中断的残行。` };
      break;
    }
    if (entry.prev !== verdict.head) {
      verdict.broken = brokenLink(line, previous, next);
      break;
    }
    verdict.head = line.hash;
    verdict.records += 1;
    previous = line;
    fragment = undefined;
    onRecord?.({ ...entry, line: line.number });
  }
  // The lines after a break are counted, not checked.
  for (let line = await peek(1); line; ahead.shift(), line = await peek(1)) verdict.lines = line.number;
  return verdict;
}
