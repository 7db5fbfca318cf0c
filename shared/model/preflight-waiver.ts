// A preflight problem the desk has accepted for this issue (豁免), with the reason it gave: saved in
// the issue file, so the export and everyone opening the issue see who let what through and why.
import { z } from 'zod';

/** The preflight's rules by name (shared/preflight says what each checks). */
export const PREFLIGHT_RULES = [
  'overflow',
  'emptyLines',
  'emptyBlock',
  'missingArticle',
  'photoMissing',
  'resolution',
  'jump',
  'missingGlyph',
  'mastheadField',
  'pageEditor',
  'notApproved',
  'placedTwice',
  'colour',
] as const;
export type PreflightRule = (typeof PREFLIGHT_RULES)[number];

export const MAX_WAIVER_REASON = 200;

export const preflightWaiverSchema = z.strictObject({
  rule: z.enum(PREFLIGHT_RULES),
  /** The page label (A1 …). */
  page: z.string().min(1).max(8),
  /** The block at fault, or null for the page itself. */
  blockId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/)
    .nullable(),
  reason: z.string().trim().min(1, '请填写豁免理由').max(MAX_WAIVER_REASON),
  by: z.string().max(100),
  at: z.iso.datetime(),
});
export type PreflightWaiver = z.infer<typeof preflightWaiverSchema>;

/** Whether a waiver is for this problem: the same rule, on the same page and block. */
export function waives(waiver: PreflightWaiver, problem: { rule: string; page: string; blockId: string | null }): boolean {
  return waiver.rule === problem.rule && waiver.page === problem.page && waiver.blockId === problem.blockId;
}
