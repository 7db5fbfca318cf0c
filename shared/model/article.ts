// The article document: Slate's JSON shape ({ type, children } elements over { text } leaves)
// without importing Slate, so the store, layout and CLI read the same data as the editor.
import { z } from 'zod';
import { countVisibleChars } from '../text/characters';
import { issueIdSchema } from './issue-id';
import { ARTICLE_STATUSES } from './status';
import { SCHEMA_VERSION } from './version';

export const TEXT_ELEMENT_TYPES = [
  'kicker', // 引题
  'headline', // 主题
  'subtitle', // 副题
  'dateline', // 电头 + byline
  'paragraph', // 正文段落
  'subhead', // 小标题
  'quote', // 引文
  'signature', // 署名
] as const;
export type TextElementType = (typeof TEXT_ELEMENT_TYPES)[number];

export const ELEMENT_LABELS: Record<TextElementType | 'photo', string> = {
  kicker: '引题',
  headline: '主题',
  subtitle: '副题',
  dateline: '电头',
  paragraph: '正文',
  subhead: '小标题',
  quote: '引文',
  signature: '署名',
  photo: '图片',
};

export const textLeafSchema = z.strictObject({
  text: z.string().max(200_000),
  bold: z.literal(true).optional(),
  italic: z.literal(true).optional(),
});
export type TextLeaf = z.infer<typeof textLeafSchema>;

const childrenSchema = z.array(textLeafSchema).min(1).max(10_000);

export const textElementSchema = z.strictObject({
  type: z.enum(TEXT_ELEMENT_TYPES),
  children: childrenSchema,
});
export type TextElement = z.infer<typeof textElementSchema>;

/** A photo's name in the workspace's store: `<sha256 of its bytes>.<jpg|png|tif>` (content-addressed). */
export const assetIdSchema = z.string().regex(/^[0-9a-f]{64}\.(jpg|png|tif)$/, '图片编号格式不正确');

/** A photo: the caption (图说) is the element's text so it is edited like any text; the credit is a field. */
export const photoElementSchema = z.strictObject({
  type: z.literal('photo'),
  assetId: assetIdSchema.nullable(),
  credit: z.string().max(200),
  children: childrenSchema,
});
export type PhotoElement = z.infer<typeof photoElementSchema>;

export const articleNodeSchema = z.union([textElementSchema, photoElementSchema]);
export type ArticleNode = TextElement | PhotoElement;

export const articleIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{2,63}$/, '稿件编号格式不正确');

export const revisionSchema = z.strictObject({
  rev: z.number().int().min(1),
  at: z.iso.datetime(),
  by: z.string().max(100),
  status: z.enum(ARTICLE_STATUSES),
  note: z.string().max(500),
  content: z.array(articleNodeSchema).max(5_000),
});
export type Revision = z.infer<typeof revisionSchema>;

export const sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/, 'SHA-256 格式不正确');

/** A draft package's stable id: the reporter's article id and a hash of its author (see filing). */
export const packageIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{2,55}$/, '稿件包编号格式不正确');
export const packageRevisionSchema = z.number().int().min(1).max(99_999);

export const CONFLICT_REASONS = ['edited', 'approved'] as const;
export type ConflictReason = (typeof CONFLICT_REASONS)[number];

/**
 * Desk side: the package a manuscript was received from. `contentHash` is the hash of the content
 * as delivered, so a later package can tell whether the desk has edited it since.
 */
export const articleSourceSchema = z.strictObject({
  packageId: packageIdSchema,
  revision: packageRevisionSchema,
  contentHash: sha256HexSchema,
  author: z.string().max(100),
  receivedAt: z.iso.datetime(),
  /** Set when this manuscript holds an incoming version kept beside one the desk had already changed. */
  conflictOf: z.strictObject({ articleId: articleIdSchema, reason: z.enum(CONFLICT_REASONS) }).optional(),
});
export type ArticleSource = z.infer<typeof articleSourceSchema>;

/** Reporter side: the last package this article was filed in, so re-filing unchanged text repeats it. */
export const articleFilingSchema = z.strictObject({
  packageId: packageIdSchema,
  revision: packageRevisionSchema,
  contentHash: sha256HexSchema,
  filedAt: z.iso.datetime(),
  fileName: z.string().max(200),
});
export type ArticleFiling = z.infer<typeof articleFilingSchema>;

/**
 * Desk side: the page an issue places the article on (已上版), kept with the status it had before,
 * which it gets back when no page places it any more. Written by saveIssue, never by the editor.
 */
export const articlePlacementSchema = z.strictObject({
  issueId: issueIdSchema,
  /** The label of the page its first block is on (A3); continuations on later pages are not named. */
  page: z.string().min(1).max(8),
  previousStatus: z.enum(ARTICLE_STATUSES),
});
export type ArticlePlacement = z.infer<typeof articlePlacementSchema>;

export const articleSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  kind: z.literal('article'),
  id: articleIdSchema,
  status: z.enum(ARTICLE_STATUSES),
  author: z.string().max(100),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** The current revision number; each save that changes content or status adds one. */
  rev: z.number().int().min(1),
  content: z.array(articleNodeSchema).min(1).max(5_000),
  /** Earlier revisions, oldest first; the current one is not repeated here. */
  revisions: z.array(revisionSchema).max(200),
  // Both optional, so files written before filing existed stay valid without a migration.
  source: articleSourceSchema.optional(),
  filing: articleFilingSchema.optional(),
  // Optional for the same reason: articles never placed (and files from before) have none.
  placement: articlePlacementSchema.optional(),
});
export type Article = z.infer<typeof articleSchema>;

export function nodeText(node: ArticleNode): string {
  return node.children.map((leaf) => leaf.text).join('');
}

export function firstTextOf(content: readonly ArticleNode[], type: TextElementType): string {
  const node = content.find((candidate) => candidate.type === type);
  return node ? nodeText(node) : '';
}

export function articleHeadline(article: Pick<Article, 'content'>): string {
  return firstTextOf(article.content, 'headline').trim() || '（无标题）';
}

const BODY_TYPES: ReadonlySet<ArticleNode['type']> = new Set(['dateline', 'paragraph', 'subhead', 'quote', 'signature']);

/** 字数 as editors count it: non-space characters of the body (headline group and captions excluded). */
export function articleCharCount(content: readonly ArticleNode[]): number {
  let count = 0;
  for (const node of content) {
    if (!BODY_TYPES.has(node.type)) continue;
    count += countVisibleChars(nodeText(node));
  }
  return count;
}

export function textElement(type: TextElementType, text: string): TextElement {
  return { type, children: [{ text }] };
}
