// Properties of the importers over generated drafts and garbage: they never throw, never lose or
// duplicate text, and give the same result every time; well-formed drafts come back whole.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importArchivePage, importPlainText, importText } from '../../../shared/import/import-text';
import { toImportJson, type ImportResult } from '../../../shared/import/imported-article';
import { accountFor } from './account-for';

// Characters for generated text; none of them forms a dateline, credit, jump or zone name by accident.
const HAN = [
  ...'园企项目建设发展产业经济新质生产力投资工程技术创新服务平台基地智能制造材料能源物流数字开工投产签约落地推进增长效益环境政策人才培训',
];
const GIVEN = [...'文远一鸣晓东雪梅建明亮志强丽华'];
const SURNAMES = [...'王李张刘陈周韩赵'];
const LATIN = ['5G', 'AI', 'PLC', '3.5', '1,200', '100%', 'Open Source'];

const han = (min: number, max: number): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...HAN), { minLength: min, maxLength: max }).map((chars) => chars.join(''));
const name = fc
  .tuple(fc.constantFrom(...SURNAMES), fc.array(fc.constantFrom(...GIVEN), { minLength: 1, maxLength: 2 }))
  .map(([surname, given]) => surname + given.join(''));
const clause = fc
  .tuple(han(2, 8), fc.option(fc.constantFrom(...LATIN), { nil: undefined }), fc.constantFrom('', ' '), han(1, 6))
  .map(([before, latin, space, after]) => (latin === undefined ? before + after : `${before}${space}${latin}${space}${after}`));
const sentence = fc
  .tuple(fc.array(clause, { minLength: 1, maxLength: 3 }), fc.constantFrom('，', ', ', ','), fc.constantFrom('。', '！', '？'))
  .map(([clauses, comma, end]) => clauses.join(comma) + end);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((sentences) => sentences.join(''));

interface Draft {
  kicker: string | null;
  headline: string;
  subtitle: string | null;
  byline: string | null;
  dateline: boolean;
  blocks: Array<{ paragraph: string; subhead: string | null; caption: { text: string; credit: string } | null }>;
  signature: { name: string; inline: boolean } | null;
}

const draft: fc.Arbitrary<Draft> = fc.record({
  kicker: fc.option(han(4, 10), { nil: null }),
  headline: han(6, 18),
  subtitle: fc.option(han(6, 14), { nil: null }),
  dateline: fc.boolean(),
  byline: fc.option(name, { nil: null }),
  blocks: fc.array(
    fc.record({
      paragraph,
      subhead: fc.option(han(5, 12), { nil: null }),
      caption: fc.option(fc.record({ text: sentence, credit: name }), { nil: null }),
    }),
    { minLength: 1, maxLength: 6 },
  ),
  signature: fc.option(fc.record({ name, inline: fc.boolean() }), { nil: null }),
});

function draftText(d: Draft): string {
  const lines: string[] = [];
  if (d.kicker) lines.push(d.kicker);
  lines.push(d.headline);
  if (d.subtitle) lines.push(`——${d.subtitle}`);
  lines.push('');
  const opening = d.dateline ? `科学导报讯 ${d.byline ? `记者${d.byline} ` : ''}` : '';
  d.blocks.forEach((block, index) => {
    if (index > 0 && block.subhead) lines.push(block.subhead);
    lines.push(index === 0 ? opening + block.paragraph : block.paragraph);
    if (block.caption) lines.push(`${block.caption.text} ■ ${block.caption.credit}摄`);
  });
  if (d.signature?.inline && !d.blocks.at(-1)?.caption) lines[lines.length - 1] += ` ${d.signature.name}`;
  else if (d.signature) lines.push(`        ${d.signature.name}`);
  return lines.join('\n');
}

function checkSound(input: string, importer: (text: string) => ImportResult): void {
  const result = importer(input);
  expect(accountFor(input, result)).toEqual([]);
  expect(importer(input)).toEqual(result);
}

// Pieces of page structure, so garbage exercises every rule rather than only plain characters.
const TOKENS = [
  ...HAN,
  '科学导报讯',
  '科学导报 ',
  '记者',
  '王文远',
  '刘一鸣',
  ' ',
  '  ',
  '\n',
  '\n\n',
  '\r\n',
  '## ',
  '### ',
  '#',
  '> ',
  '**',
  '■ ',
  '摄',
  '供图',
  '——',
  '———',
  '―',
  '（下转A2版）',
  '(上接B3版)',
  '下转',
  '版',
  '。',
  '，',
  ',',
  ':',
  '(',
  ')',
  '.',
  '！',
  '“',
  '”',
  '开发区',
  '经济技术开发区',
  '创新前沿',
  '第14期 总第4369期',
  '2025年5月9日 星期五',
  'CN 14-0015',
  '5G',
  '3.14',
  '\u3000',
  '\ufeff',
  '\u00a0',
];
const pageSoup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 200 }).map((tokens) => tokens.join(''));
const utf16 = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 200 });
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), utf16, pageSoup, draft.map(draftText));

describe('import properties', () => {
  it('recovers a generated draft: headline group, 电头, byline, paragraphs, subheads, captions, signature', () => {
    fc.assert(
      fc.property(draft, (d) => {
        const input = draftText(d);
        const result = importText(input);
        expect(result.articles).toHaveLength(1);
        const json = toImportJson(result.articles[0]!);
        expect(json.kicker).toBe(d.kicker ?? '');
        expect(json.headline).toBe(d.headline);
        expect(json.subtitle).toBe(d.subtitle ? `——${d.subtitle}` : '');
        expect(json.dateline).toBe(d.dateline ? '科学导报讯' : '');
        expect(json.byline).toBe(d.dateline && d.byline ? `记者${d.byline}` : '');
        expect(json.paragraphs).toHaveLength(d.blocks.length);
        expect(json.subheads).toEqual(d.blocks.slice(1).flatMap((block) => (block.subhead ? [block.subhead] : [])));
        expect(json.captions.map((caption) => caption.credit)).toEqual(
          d.blocks.flatMap((block) => (block.caption ? [`■ ${block.caption.credit}摄`] : [])),
        );
        expect(json.signature).toBe(d.signature?.name ?? '');
        for (const text of json.paragraphs) expect(text).not.toMatch(/[\p{Script=Han}，。][ ,]|[ ,][\p{Script=Han}，。]/u);
        expect(accountFor(input, result)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws, loses or duplicates nothing, and is deterministic — as a draft', () => {
    fc.assert(
      fc.property(anyText, (input) => checkSound(input, importPlainText)),
      { numRuns: 400 },
    );
  });

  it('never throws, loses or duplicates nothing, and is deterministic — as a page', () => {
    fc.assert(
      fc.property(anyText, (input) => checkSound(input, importArchivePage)),
      { numRuns: 400 },
    );
  });

  it('never throws, loses or duplicates nothing, and is deterministic — sniffed', () => {
    fc.assert(
      fc.property(anyText, (input) => checkSound(input, importText)),
      { numRuns: 400 },
    );
  });
});
