// The audit trail's record: who received, edited, changed the status of, placed, exported or
// restored what, and when. One record is one line of <workspace>/audit.log.jsonl; each names the
// SHA-256 of the line before it (AUDIT_GENESIS for the first), so a line changed later breaks the chain.
import { z } from 'zod';
import { articleIdSchema } from './article';
import { issueIdSchema } from './issue';

export const AUDIT_ACTIONS = ['received', 'edited', 'status', 'placed', 'exported', 'restored'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  received: '收稿',
  edited: '修改',
  status: '改状态',
  placed: '上版',
  exported: '导出',
  restored: '恢复',
};

/** What the first line names as its predecessor: no line hashes to it. */
export const AUDIT_GENESIS = '0'.repeat(64);

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, '摘要格式不正确');

export const auditTargetSchema = z
  .strictObject({
    articleId: articleIdSchema.optional(),
    issueId: issueIdSchema.optional(),
    /** A page label such as A3, or a selection such as A1,A3-A5 for an export. */
    page: z.string().min(1).max(100).optional(),
  })
  .refine((target) => target.articleId !== undefined || target.issueId !== undefined, '操作对象缺少稿件或期次');
export type AuditTarget = z.infer<typeof auditTargetSchema>;

/** What a service reports; the log adds the time, the user and the chain. */
export interface AuditEvent {
  action: AuditAction;
  target: AuditTarget;
  /** A short sentence in Chinese: which revision, which status change, which file. */
  detail: string;
}

export const AUDIT_DETAIL_MAX = 500;

export const auditEntrySchema = z.strictObject({
  at: z.iso.datetime(),
  /** The workstation's user name; empty for what no one did by hand (a package the inbox took in). */
  user: z.string().max(40),
  action: z.enum(AUDIT_ACTIONS),
  target: auditTargetSchema,
  detail: z.string().max(AUDIT_DETAIL_MAX),
  /** SHA-256 (hex) of the previous line's bytes, without its line feed. */
  prev: sha256Hex,
  /**
   * Set on the first line written after a crash cut a line short: the SHA-256 of that fragment,
   * which the verifier then passes over (the fragment stays in the file; nothing is rewritten).
   */
  torn: sha256Hex.optional(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** An entry as read back, with its line number in the file (1-based). */
export interface AuditRecord extends AuditEntry {
  line: number;
}
