// workspace.json: the profile, settings and an index of the workspace's articles and issues.
// The index is a cache of what the article and issue files say, rebuilt from them when in doubt.
import { z } from 'zod';
import { ARTICLE_STATUSES } from './status';
import { articleIdSchema, articlePlacementSchema, articleSourceSchema } from './article';
import { issueIdSchema, isoDateSchema } from './issue';
import { profileSchema } from './profile';
import { SCHEMA_VERSION } from './version';

export const ROLES = ['editor', 'reporter'] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_LABELS: Record<Role, string> = { editor: '编辑', reporter: '记者' };

export const settingsSchema = z.strictObject({
  role: z.enum(ROLES),
  userName: z.string().max(40),
  /** How often unsaved edits are written to the recovery journal. */
  autosaveIntervalMs: z.number().int().min(500).max(60_000),
});
export type Settings = z.infer<typeof settingsSchema>;

export const articleIndexEntrySchema = z.strictObject({
  id: articleIdSchema,
  headline: z.string().max(500),
  status: z.enum(ARTICLE_STATUSES),
  author: z.string().max(100),
  updatedAt: z.iso.datetime(),
  charCount: z.number().int().min(0),
  /** For manuscripts received from a draft package: which one, and whether it is a conflicting copy. */
  source: articleSourceSchema.pick({ packageId: true, revision: true, conflictOf: true }).optional(),
  /** For articles on a page: which issue and page (the library shows 第A3版). */
  placement: articlePlacementSchema.pick({ issueId: true, page: true }).optional(),
});
export type ArticleIndexEntry = z.infer<typeof articleIndexEntrySchema>;

export const issueIndexEntrySchema = z.strictObject({
  id: issueIdSchema,
  number: z.number().int().min(1),
  totalNumber: z.number().int().min(1),
  date: isoDateSchema,
});
export type IssueIndexEntry = z.infer<typeof issueIndexEntrySchema>;

export const workspaceSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  kind: z.literal('workspace'),
  profile: profileSchema,
  settings: settingsSchema,
  staff: z.array(z.string().max(40)).max(500),
  articles: z.array(articleIndexEntrySchema).max(100_000),
  issues: z.array(issueIndexEntrySchema).max(10_000),
});
export type WorkspaceFile = z.infer<typeof workspaceSchema>;
