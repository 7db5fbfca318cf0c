// The recovery journal's entry for an issue's unsaved page layout: the whole issue as the page
// editor last had it, and the revision its edits started from.
import { z } from 'zod';
import { issueIdSchema, issueSchema } from './issue';

export const issueRecoveryEntrySchema = z.strictObject({
  issueId: issueIdSchema,
  /** The stored revision the unsaved layout was edited from; recovery is offered while it is current. */
  baseRev: z.number().int().min(1),
  savedAt: z.iso.datetime(),
  issue: issueSchema,
});
export type IssueRecoveryEntry = z.infer<typeof issueRecoveryEntrySchema>;
