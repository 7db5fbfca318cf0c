// The publication profile: masthead facts, page format and grid, text styles and jump wording.
// Edited once and used by every issue; the built-in default is in default-profile.ts.
import { z } from 'zod';
import { pt, type Mm, type Pt } from '../units/units';
import { HAO_NAMES } from '../units/hao';

const positiveMm = z.custom<Mm>((value) => typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 2000, {
  message: '长度必须是 0–2000 毫米之间的数',
});
const typeSize = z.custom<Pt>((value) => typeof value === 'number' && Number.isFinite(value) && value >= 3 && value <= 400, {
  message: '字号必须在 3–400 pt 之间',
});

export const mastheadSchema = z.strictObject({
  title: z.string().min(1).max(20), // 刊名
  titleSuffix: z.string().max(10), // 周刊
  parentPaper: z.string().min(1).max(20),
  paperSlogan: z.string().max(40),
  supplementSlogan: z.string().max(40),
  honours: z.array(z.string().max(40)).max(6),
  founded: z.string().max(20),
  guidance: z.string().max(60), // 指导
  supervisor: z.string().max(60), // 主管
  sponsor: z.string().max(60), // 主办
  website: z.string().max(80),
  email: z.string().max(80),
  cnNumber: z.string().max(20),
  distribution: z.string().max(20),
  postalCode: z.string().max(20), // 邮发代号
});
export type Masthead = z.infer<typeof mastheadSchema>;

export const FORMAT_PRESETS = ['对开', '四开', '自定义'] as const;

export const pageFormatSchema = z.strictObject({
  preset: z.enum(FORMAT_PRESETS),
  trimWidth: positiveMm,
  trimHeight: positiveMm,
  marginTop: positiveMm,
  marginBottom: positiveMm,
  marginInside: positiveMm,
  marginOutside: positiveMm,
  /** Base columns (栏) of the page grid. */
  columns: z.number().int().min(1).max(20),
  /** Body characters per base column. */
  columnChars: z.number().int().min(4).max(40),
  /** Gutter between base columns (栏空), in body characters. */
  gutterChars: z.number().int().min(0).max(4),
  bodySize: typeSize,
  /** Distance from one body baseline to the next: the height of one grid line. */
  bodyLeading: typeSize,
});
export type PageFormat = z.infer<typeof pageFormatSchema>;

export const FONT_FACES = ['serif', 'sans'] as const;
export type FontFace = (typeof FONT_FACES)[number];
export const FONT_FACE_LABELS: Record<FontFace, string> = { serif: '宋体（思源宋体）', sans: '黑体（思源黑体）' };

export const textStyleSchema = z.strictObject({
  face: z.enum(FONT_FACES),
  bold: z.boolean(),
  size: typeSize,
  leading: typeSize,
  /** Print colour: text is K-only black unless the profile says otherwise (percent of K). */
  blackPercent: z.number().min(0).max(100),
});
export type TextStyle = z.infer<typeof textStyleSchema>;

export const STYLE_KEYS = [
  'kicker',
  'headline',
  'subtitle',
  'dateline',
  'body',
  'subhead',
  'quote',
  'caption',
  'credit',
  'signature',
  'jumpLine',
  'pageHeader',
] as const;
export type StyleKey = (typeof STYLE_KEYS)[number];

export const STYLE_LABELS: Record<StyleKey, string> = {
  kicker: '引题',
  headline: '主题',
  subtitle: '副题',
  dateline: '电头',
  body: '正文',
  subhead: '小标题',
  quote: '引文',
  caption: '图说',
  credit: '摄影署名',
  signature: '署名',
  jumpLine: '转版行',
  pageHeader: '报眉',
};

export const profileSchema = z.strictObject({
  name: z.string().min(1).max(40),
  masthead: mastheadSchema,
  format: pageFormatSchema,
  styles: z.strictObject(Object.fromEntries(STYLE_KEYS.map((key) => [key, textStyleSchema])) as Record<StyleKey, typeof textStyleSchema>),
  /** Jump-line wording; `{page}` is replaced by the page label of the other part. */
  jumps: z.strictObject({
    continuedTo: z.string().includes('{page}').max(30),
    continuedFrom: z.string().includes('{page}').max(30),
  }),
  /** Publication weekday, 0 = Sunday … 6 = Saturday; new issues default to the next one. */
  publicationWeekday: z.number().int().min(0).max(6),
  pagesPerIssue: z.number().int().min(1).max(64),
  pageLabelPrefix: z.string().max(4),
  /** Default 版名 of each page, by position. */
  pageNames: z.array(z.string().max(20)).max(64),
  /** Default 责任编辑 of each page, by position. */
  pageEditors: z.array(z.string().max(20)).max(64),
  /** Line-breaking strictness: 'gb' is clreq's GB level, 'strict' also keeps —— and …… off line starts. */
  lineBreaking: z.enum(['gb', 'strict']),
  /** Rules between stories (栏线) and the frame of commentary pieces; absent: storyRulesOf's defaults. */
  storyRules: z
    .strictObject({
      /** Hairlines in the gutter between side-by-side stories and in the white line under a story. */
      between: z.boolean(),
      /** Line weight in pt (a hairline is 0.25–0.5 pt). */
      weight: z.number().min(0.1).max(4),
      /** Pieces without a 电头 (评论, column items): 花线 above and below, a box, or nothing extra. */
      commentary: z.enum(['flower', 'box', 'none']),
    })
    .optional(),
  /** Style of the 续题 (the headline repeated small over a continuation); absent: from the headline style. */
  continuedHeadline: textStyleSchema.optional(),
  /** Headline sizes for blocks that set none, by prominence; absent: headlineSizesOf's defaults. */
  headlineSizes: z
    .strictObject({
      /** The front page's lead story (A1 头条), in pt: 初号 or 小初. */
      frontLead: z.number().min(5).max(200),
      /**
       * One table per rank on the page (the page's lead first; the last serves every lower rank),
       * each a list of { cols, size }: the size in pt for blocks at least `cols` base columns wide.
       */
      byRank: z
        .array(
          z
            .array(z.strictObject({ cols: z.number().int().min(1).max(20), size: z.number().min(5).max(200) }))
            .min(1)
            .max(20),
        )
        .min(1)
        .max(10),
    })
    .optional(),
});
export type PublicationProfile = z.infer<typeof profileSchema>;
export type StoryRules = NonNullable<PublicationProfile['storyRules']>;

/** The story rules a profile asks for: as the supplement prints them unless it says otherwise. */
export function storyRulesOf(profile: Pick<PublicationProfile, 'storyRules'>): StoryRules {
  return profile.storyRules ?? { between: true, weight: 0.3, commentary: 'flower' };
}

export type HeadlineSizes = NonNullable<PublicationProfile['headlineSizes']>;

/**
 * Headline sizes by prominence, as the supplement sets them (主题 二号 to 初号): the A1 lead in
 * 小初, a page's lead in 一号 or 小一, the second story in 小一 or 二号, the rest in 二号, and 小二
 * where a lower story stands in three base columns or fewer.
 */
export function headlineSizesOf(profile: Pick<PublicationProfile, 'headlineSizes'>): HeadlineSizes {
  return (
    profile.headlineSizes ?? {
      frontLead: 36,
      byRank: [
        [
          { cols: 6, size: 26 },
          { cols: 4, size: 24 },
          { cols: 1, size: 22 },
        ],
        [
          { cols: 6, size: 24 },
          { cols: 1, size: 22 },
        ],
        [
          { cols: 4, size: 22 },
          { cols: 1, size: 18 },
        ],
      ],
    }
  );
}

/** The 续题 style: the profile's own, else the headline's face at 三号. */
export function continuedHeadlineStyleOf(profile: Pick<PublicationProfile, 'continuedHeadline' | 'styles'>): TextStyle {
  return profile.continuedHeadline ?? { ...profile.styles.headline, size: pt(16), leading: pt(20) };
}

export { HAO_NAMES };
