// What a publication profile may hold: masthead facts, page format and grid, text styles, jump
// wording and the defaults of new issues. The profile lives in workspace.json and every issue is
// laid out from it, so a hand-edited or foreign profile must be refused when opened (with a Chinese
// message where the format words one) rather than produce a grid of zero columns or a 0 pt type.
import { describe, expect, it } from 'vitest';
import { defaultProfile } from '../../../shared/model/default-profile';
import {
  continuedHeadlineStyleOf,
  FORMAT_PRESETS,
  headlineSizesOf,
  profileSchema,
  STYLE_KEYS,
  storyRulesOf,
  type PublicationProfile,
} from '../../../shared/model/profile';
import { pt } from '../../../shared/units/units';
import { chars, expectAccepted, expectRefused, items, itFollowsFieldRules, REMOVED, type FieldRule } from './schema-cases';

/** The built-in profile with every optional part filled in, so their limits can be reached. */
const profile: PublicationProfile = {
  ...defaultProfile(),
  storyRules: { between: false, weight: 0.5, commentary: 'box' },
  continuedHeadline: { face: 'sans', bold: true, size: pt(14), leading: pt(18), blackPercent: 100 },
  headlineSizes: { frontLead: 42, byRank: [[{ cols: 5, size: 28 }], [{ cols: 1, size: 20 }]] },
};

const MM_FIELDS = ['trimWidth', 'trimHeight', 'marginTop', 'marginBottom', 'marginInside', 'marginOutside'] as const;

const textLimit = (path: string, what: string, max: number, min = 0): FieldRule => ({
  rule: min === 0 ? `${what} has at most ${max} characters` : `${what} has ${min} to ${max} characters`,
  path,
  accepts: min === 0 ? ['', chars(max)] : [chars(min), chars(max)],
  refuses: min === 0 ? [chars(max + 1)] : [chars(min - 1), chars(max + 1)],
});

const typeSizeRule = (path: string, what: string): FieldRule => ({
  rule: `${what} is 3 to 400 pt`,
  path,
  accepts: [3, 400, 7.5],
  refuses: [2.99, 400.01, 0, '9', Number.POSITIVE_INFINITY, null],
  chinese: true,
});

const rules: FieldRule[] = [
  textLimit('name', 'the profile name', 40, 1),

  textLimit('masthead.title', 'the title (刊名)', 20, 1),
  textLimit('masthead.titleSuffix', 'the title suffix', 10),
  textLimit('masthead.parentPaper', 'the parent paper', 20, 1),
  textLimit('masthead.paperSlogan', "the parent paper's slogan", 40),
  textLimit('masthead.supplementSlogan', "the supplement's slogan", 40),
  {
    rule: 'the masthead lists at most 6 honours',
    path: 'masthead.honours',
    accepts: [[], items(6, () => '优秀报纸')],
    refuses: [items(7, () => '优秀报纸')],
  },
  textLimit('masthead.honours.0', 'an honour', 40),
  textLimit('masthead.founded', 'the founding note', 20),
  textLimit('masthead.guidance', 'the guidance line (指导)', 60),
  textLimit('masthead.supervisor', 'the supervisor line (主管)', 60),
  textLimit('masthead.sponsor', 'the sponsor line (主办)', 60),
  textLimit('masthead.website', 'the website', 80),
  textLimit('masthead.email', 'the e-mail address', 80),
  textLimit('masthead.cnNumber', 'the CN number', 20),
  textLimit('masthead.distribution', 'the distribution line', 20),
  textLimit('masthead.postalCode', 'the postal code (邮发代号)', 20),
  { rule: 'the masthead holds nothing else', path: 'masthead.issn', accepts: [REMOVED], refuses: ['1234-5678'] },

  { rule: 'the format preset is 对开, 四开 or 自定义', path: 'format.preset', accepts: [...FORMAT_PRESETS], refuses: ['八开', ''] },
  ...MM_FIELDS.map((field): FieldRule => ({
    rule: `the page's ${field} is 0 to 2000 mm`,
    path: `format.${field}`,
    accepts: [0, 2_000, 18.8],
    refuses: [-0.01, 2_000.01, '390', Number.NaN, Number.POSITIVE_INFINITY, null],
    chinese: true,
  })),
  { rule: 'the page grid has 1 to 20 base columns', path: 'format.columns', accepts: [1, 20], refuses: [0, 21, 7.5] },
  { rule: 'a base column holds 4 to 40 body characters', path: 'format.columnChars', accepts: [4, 40], refuses: [3, 41, 12.5] },
  { rule: 'a gutter is 0 to 4 body characters wide', path: 'format.gutterChars', accepts: [0, 4], refuses: [-1, 5, 0.5] },
  typeSizeRule('format.bodySize', 'the body size'),
  typeSizeRule('format.bodyLeading', 'the body leading'),
  { rule: 'the format holds nothing else', path: 'format.bleed', accepts: [REMOVED], refuses: [3] },

  ...STYLE_KEYS.map((key): FieldRule => ({
    rule: `the ${key} style must be present`,
    path: `styles.${key}`,
    accepts: [],
    refuses: [REMOVED],
  })),
  { rule: 'there is no style beyond the known ones', path: 'styles.footnote', accepts: [REMOVED], refuses: [profile.styles.body] },
  { rule: 'a style is set in serif or sans', path: 'styles.body.face', accepts: ['serif', 'sans'], refuses: ['kai', ''] },
  { rule: 'a style is bold or not', path: 'styles.body.bold', accepts: [true, false], refuses: ['bold', null] },
  typeSizeRule('styles.body.size', 'a style size'),
  typeSizeRule('styles.headline.leading', 'a style leading'),
  { rule: 'a style prints 0 to 100 percent black', path: 'styles.body.blackPercent', accepts: [0, 100, 62.5], refuses: [-0.1, 100.1] },
  { rule: 'a style holds nothing else', path: 'styles.body.colour', accepts: [REMOVED], refuses: ['C100'] },

  {
    rule: 'the continued-to wording has the {page} placeholder and at most 30 characters',
    path: 'jumps.continuedTo',
    accepts: ['{page}', `（下转{page}版）`, `${chars(24)}{page}`],
    refuses: ['（下转版）', '（下转{页}版）', '{page', `${chars(25)}{page}`],
  },
  {
    rule: 'the continued-from wording has the {page} placeholder and at most 30 characters',
    path: 'jumps.continuedFrom',
    accepts: ['{page}', `{page}${chars(24)}`],
    refuses: ['上接', '', `{page}${chars(25)}`],
  },
  { rule: 'the jump wording holds nothing else', path: 'jumps.seeAlso', accepts: [REMOVED], refuses: ['见{page}'] },

  { rule: 'the publication weekday is 0 (Sunday) to 6 (Saturday)', path: 'publicationWeekday', accepts: [0, 6], refuses: [-1, 7, 2.5] },
  { rule: 'an issue has 1 to 64 pages', path: 'pagesPerIssue', accepts: [1, 64], refuses: [0, 65, 4.5] },
  textLimit('pageLabelPrefix', 'the page label prefix', 4),
  {
    rule: 'there are default names for at most 64 pages',
    path: 'pageNames',
    accepts: [[], items(64, () => '要闻')],
    refuses: [items(65, () => '要闻')],
  },
  textLimit('pageNames.0', 'a default page name', 20),
  {
    rule: 'there are default editors for at most 64 pages',
    path: 'pageEditors',
    accepts: [[], items(64, () => '值班')],
    refuses: [items(65, () => '值班')],
  },
  textLimit('pageEditors.0', 'a default page editor', 20),
  { rule: 'line breaking is gb or strict', path: 'lineBreaking', accepts: ['gb', 'strict'], refuses: ['loose', ''] },

  { rule: 'the story rules may be left to the defaults', path: 'storyRules', accepts: [REMOVED], refuses: [null, {}] },
  { rule: 'rules between stories are on or off', path: 'storyRules.between', accepts: [true, false], refuses: ['on'] },
  { rule: 'story rules weigh 0.1 to 4 pt', path: 'storyRules.weight', accepts: [0.1, 4], refuses: [0.09, 4.01] },
  {
    rule: 'commentary is framed with 花线, a box or nothing',
    path: 'storyRules.commentary',
    accepts: ['flower', 'box', 'none'],
    refuses: ['shadow', ''],
  },
  { rule: 'the story rules hold nothing else', path: 'storyRules.colour', accepts: [REMOVED], refuses: ['K'] },

  {
    rule: 'the continued headline style may be left to the headline style',
    path: 'continuedHeadline',
    accepts: [REMOVED],
    refuses: [null],
  },
  typeSizeRule('continuedHeadline.size', 'the continued headline size'),

  { rule: 'the headline sizes may be left to the defaults', path: 'headlineSizes', accepts: [REMOVED], refuses: [null] },
  { rule: "the front page lead's headline is 5 to 200 pt", path: 'headlineSizes.frontLead', accepts: [5, 200], refuses: [4.99, 200.01] },
  {
    rule: 'headline sizes are given for 1 to 10 ranks',
    path: 'headlineSizes.byRank',
    accepts: [items(1, () => [{ cols: 1, size: 18 }]), items(10, () => [{ cols: 1, size: 18 }])],
    refuses: [[], items(11, () => [{ cols: 1, size: 18 }])],
  },
  {
    rule: 'a rank lists 1 to 20 widths',
    path: 'headlineSizes.byRank.0',
    accepts: [items(20, (index) => ({ cols: index + 1, size: 18 }))],
    refuses: [[], items(21, () => ({ cols: 1, size: 18 }))],
  },
  { rule: 'a width is 1 to 20 base columns', path: 'headlineSizes.byRank.0.0.cols', accepts: [1, 20], refuses: [0, 21, 2.5] },
  { rule: 'a size for a width is 5 to 200 pt', path: 'headlineSizes.byRank.0.0.size', accepts: [5, 200, 20.5], refuses: [4.99, 200.01] },
  { rule: 'a size entry holds nothing but cols and size', path: 'headlineSizes.byRank.0.0.lines', accepts: [REMOVED], refuses: [2] },
  { rule: 'the headline sizes hold nothing else', path: 'headlineSizes.subtitle', accepts: [REMOVED], refuses: [12] },

  { rule: 'a profile holds no field the format does not know', path: 'logo', accepts: [REMOVED], refuses: ['logo.png'] },
];

describe('a publication profile', () => {
  it('is valid as built in, and with every optional part', () => {
    expectAccepted(profileSchema, defaultProfile(), 'the built-in profile');
    expectAccepted(profileSchema, profile, 'the fixture');
  });

  itFollowsFieldRules(profileSchema, profile, rules);

  it('refuses a length or type size out of range with its own Chinese message', () => {
    const [length] = expectRefused(profileSchema, { ...profile, format: { ...profile.format, marginTop: -5 } }, 'marginTop', {
      chinese: true,
    });
    const [size] = expectRefused(profileSchema, { ...profile, format: { ...profile.format, bodySize: 1 } }, 'bodySize', { chinese: true });
    expect(length?.message).toContain('毫米');
    expect(size?.message).toContain('pt');
  });
});

describe('what a profile leaves out', () => {
  const bare = defaultProfile();

  it('gives hairlines of 0.3 pt between stories and 花线 around commentary', () => {
    expect(storyRulesOf(bare)).toEqual({ between: true, weight: 0.3, commentary: 'flower' });
    expect(storyRulesOf(profile)).toEqual({ between: false, weight: 0.5, commentary: 'box' });
  });

  it('gives the supplement’s headline sizes by prominence', () => {
    expect(headlineSizesOf(bare)).toEqual({
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
    });
    expect(headlineSizesOf(profile)).toBe(profile.headlineSizes);
    expectAccepted(profileSchema, { ...bare, headlineSizes: headlineSizesOf(bare) }, 'the default headline sizes');
  });

  it('sets the continued headline in the headline’s face at 16 pt on 20 pt', () => {
    expect(continuedHeadlineStyleOf(bare)).toEqual({ ...bare.styles.headline, size: 16, leading: 20 });
    expect(continuedHeadlineStyleOf(profile)).toBe(profile.continuedHeadline);
  });
});
