// Pages written for these tests in the manner of extracted pages of the supplement (groups before or
// after their bodies, logos with pinyin, briefs without 电头, two-line headlines, captions, jump
// lines). Beside each page, the articles an editor expects: every one is checked for its kicker,
// headline, subtitle, signature and first sentence, and nothing of the page may be lost.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText } from '../../../shared/import/import-text';
import { toImportJson } from '../../../shared/import/imported-article';
import { accountFor } from './account-for';

const PAGES = path.join(__dirname, 'pages');

interface ExpectedArticle {
  kicker: string;
  headline: string;
  subtitle: string;
  signature: string;
  /** The first sentence of the first paragraph (电头 and byline taken off); '' for an article with no paragraph. */
  first: string;
}

const names = readdirSync(PAGES)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => name.slice(0, -'.txt'.length))
  .sort();

describe('pages written for the importer', () => {
  it('are at least twelve', () => {
    expect(names.length).toBeGreaterThanOrEqual(12);
  });

  for (const name of names) {
    it(`page ${name}: every article with its kicker, headline, signature and first sentence; nothing lost`, () => {
      const text = readFileSync(path.join(PAGES, `${name}.txt`), 'utf8');
      const expected = JSON.parse(readFileSync(path.join(PAGES, `${name}.expected.json`), 'utf8')) as ExpectedArticle[];
      const result = importText(text);
      const found = result.articles.map((article) => {
        const first = toImportJson(article).paragraphs[0] ?? '';
        const sentence = /^.*?[。！？]/u.exec(first)?.[0] ?? first;
        return {
          kicker: article.kicker,
          headline: article.headline,
          subtitle: article.subtitle,
          signature: article.signature,
          first: sentence,
        };
      });
      expect(found).toEqual(expected.map((article) => ({ ...article, first: /^.*?[。！？]/u.exec(article.first)?.[0] ?? article.first })));
      expect(accountFor(text, result)).toEqual([]);
    });
  }
});
