// An issue of the supplement: numbering, date and its pages of blocks on the column grid.
// Blocks reference articles by id; the weekday is always computed from the date, never stored.
import { z } from 'zod';
import type { GridColumns, GridLines } from '../units/units';
import { photoCropSchema } from '../photo/photo-crop';
import { articleIdSchema, assetIdSchema } from './article';
import { preflightWaiverSchema } from './preflight-waiver';
import { isIssueDate, ISSUE_DATE_RANGE_MESSAGE } from './calendar';
import { issueIdSchema } from './issue-id';
import { SCHEMA_VERSION } from './version';

const cellCount = <T>(min: number) =>
  z.custom<T>((value) => typeof value === 'number' && Number.isInteger(value) && value >= min && value <= 10_000, {
    message: `必须是不小于 ${min} 的整数`,
  });

export const blockIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, '版块编号格式不正确');
export const isoDateSchema = z.iso.date();
/** An issue's date: a real date within the range the workstation accepts (see calendar.ts). */
export const issueDateSchema = isoDateSchema.refine(isIssueDate, { message: ISSUE_DATE_RANGE_MESSAGE });

/** A rectangle on the page grid: origin and size in base columns × body lines. */
const gridRect = {
  id: blockIdSchema,
  col: cellCount<GridColumns>(0),
  line: cellCount<GridLines>(0),
  cols: cellCount<GridColumns>(1),
  lines: cellCount<GridLines>(1),
};

export const HEADLINE_ARRANGEMENTS = ['across', 'left'] as const;

export const articleBlockSchema = z.strictObject({
  kind: z.literal('article'),
  ...gridRect,
  /** The article set in this frame; null for an empty frame waiting for this week's article. */
  articleId: articleIdSchema.nullable(),
  /** Text columns inside the block (合栏/破栏); may differ from the base columns it spans. */
  textColumns: z.number().int().min(1).max(20),
  /** 'across': headline group over the full block width; 'left': over the first text column only. */
  headline: z.enum(HEADLINE_ARRANGEMENTS),
  /** The headline's size in pt, chosen by prominence; null uses the profile's headline style. */
  headlineSize: z.number().min(5).max(200).nullable(),
  /** Lines the headline is set in (a long headline in two lines rather than shrunk); null: as it fits. */
  headlineLines: z.number().int().min(1).max(4).nullable(),
  /** Whether the article's kicker (引题) and subtitle (副题) are printed in this block. */
  showKicker: z.boolean(),
  showSubtitle: z.boolean(),
  /** The block where this article continues (on another page): the jump-line link. */
  continuesIn: blockIdSchema.nullable(),
});
export type ArticleBlock = z.infer<typeof articleBlockSchema>;

export const photoBlockSchema = z.strictObject({
  kind: z.literal('photo'),
  ...gridRect,
  assetId: assetIdSchema.nullable(),
  caption: z.string().max(2000),
  credit: z.string().max(200),
  /** How the picture fills the frame; absent, it covers the frame centred. */
  crop: photoCropSchema.optional(),
});
export type PhotoBlock = z.infer<typeof photoBlockSchema>;

export const mastheadBlockSchema = z.strictObject({ kind: z.literal('masthead'), ...gridRect });
export const pageHeaderBlockSchema = z.strictObject({ kind: z.literal('pageHeader'), ...gridRect });
export const ruleBlockSchema = z.strictObject({
  kind: z.literal('rule'),
  ...gridRect,
  orientation: z.enum(['horizontal', 'vertical']),
  weight: z.number().min(0.1).max(10),
});

export const blockSchema = z.discriminatedUnion('kind', [
  articleBlockSchema,
  photoBlockSchema,
  mastheadBlockSchema,
  pageHeaderBlockSchema,
  ruleBlockSchema,
]);
export type Block = z.infer<typeof blockSchema>;
export type BlockKind = Block['kind'];

export const pageSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,32}$/, '版面编号格式不正确'),
  /** Page label printed in headers and jump lines: A1 … A8. Labels follow page order. */
  label: z.string().min(1).max(8),
  name: z.string().max(20), // 版名
  editor: z.string().max(40), // 责任编辑
  blocks: z.array(blockSchema).max(500),
});
export type Page = z.infer<typeof pageSchema>;

export { issueIdSchema };

export const issueSchema = z
  .strictObject({
    schemaVersion: z.literal(SCHEMA_VERSION),
    kind: z.literal('issue'),
    id: issueIdSchema,
    /** Revision counter: each save adds one; a save based on an older revision is a conflict. */
    rev: z.number().int().min(1),
    number: z.number().int().min(1).max(9999), // 期号
    totalNumber: z.number().int().min(1).max(999_999), // 总期号
    date: issueDateSchema,
    pages: z.array(pageSchema).min(1).max(64),
    /** Preflight problems the desk accepted for this issue (豁免), each with its reason. */
    waivers: z.array(preflightWaiverSchema).max(1000).optional(),
  })
  .superRefine((issue, context) => {
    const ids = new Set<string>();
    for (const page of issue.pages) {
      for (const block of page.blocks) {
        if (ids.has(block.id)) context.addIssue({ code: 'custom', message: `版块编号重复：${block.id}` });
        ids.add(block.id);
      }
    }
    for (const page of issue.pages) {
      for (const block of page.blocks) {
        if (block.kind === 'article' && block.continuesIn !== null && !ids.has(block.continuesIn)) {
          context.addIssue({ code: 'custom', message: `转版链接指向不存在的版块：${block.continuesIn}` });
        }
      }
    }
  });
export type Issue = z.infer<typeof issueSchema>;
