// Where an issue places each article and when an article counts as placed twice. The library's
// "on page A3" and the save-time refusal of double placements both rest on these rules.
import { describe, expect, it } from 'vitest';
import { defaultProfile } from '../../../shared/model/default-profile';
import type { ArticleBlock, Issue } from '../../../shared/model/issue';
import { createIssue, newArticleBlock } from '../../../shared/model/issue-factory';
import { articlesOnPages, articlesPlacedTwice } from '../../../shared/model/issue-placements';
import { gridColumns, gridLines } from '../../../shared/units/units';

const profile = defaultProfile();

function block(id: string, articleId: string | null, continuesIn: string | null = null): ArticleBlock {
  return {
    ...newArticleBlock({
      id,
      col: gridColumns(0),
      line: gridLines(30),
      cols: gridColumns(3),
      lines: gridLines(20),
      articleId,
      textColumns: 2,
    }),
    continuesIn,
  };
}

/** An issue whose pages A1, A2, … hold the given article blocks below their headers. */
function issueWith(...pages: ArticleBlock[][]): Issue {
  const issue = createIssue(profile, { number: 14, totalNumber: 4369, date: '2025-05-09' });
  return {
    ...issue,
    pages: issue.pages.map((page, index) => ({ ...page, blocks: [...page.blocks, ...(pages[index] ?? [])] })),
  };
}

describe('where an article is placed', () => {
  it('is the page of its one block, which is its only head', () => {
    const lead = block('lead', 'art-lead');
    const placed = articlesOnPages(issueWith([], [], [lead])).get('art-lead');
    expect(placed).toEqual({ page: 'A3', heads: [lead], blocks: [lead] });
  });

  it('counts a jump to a block of the same article as a continuation, not a second head', () => {
    const front = block('front', 'art-lead', 'inside');
    const inside = block('inside', 'art-lead');
    const issue = issueWith([front], [inside]);
    expect(articlesOnPages(issue).get('art-lead')).toEqual({ page: 'A1', heads: [front], blocks: [front, inside] });
    expect(articlesPlacedTwice(issue)).toEqual([]);
  });

  it('does not count a jump into a block of another article as a continuation of that article', () => {
    // The front block wrongly points at a block that holds a different article.
    const front = block('front', 'art-lead', 'other');
    const other = block('other', 'art-other');
    const again = block('again', 'art-other');
    const issue = issueWith([front], [other], [], [again]);
    const placed = articlesOnPages(issue).get('art-other');
    expect(placed?.page).toBe('A2');
    expect(placed?.heads).toEqual([other, again]);
    expect(articlesPlacedTwice(issue)).toEqual([{ articleId: 'art-other', pages: ['A2', 'A4'] }]);
  });

  it('places nothing for an empty frame', () => {
    expect(articlesOnPages(issueWith([block('empty', null)])).size).toBe(0);
  });

  it('names the page of the first head, not of later heads', () => {
    const issue = issueWith([], [block('first', 'art-twice')], [], [], [block('second', 'art-twice')]);
    expect(articlesOnPages(issue).get('art-twice')?.page).toBe('A2');
  });

  it('for a chain reached only through a cycle, names the page of the first head that follows', () => {
    // a ↔ b jump to each other, so neither is a head; c and d are real placements.
    const a = block('a', 'art-loop', 'b');
    const b = block('b', 'art-loop', 'a');
    const c = block('c', 'art-loop');
    const d = block('d', 'art-loop');
    const placed = articlesOnPages(issueWith([a], [b], [c], [d])).get('art-loop');
    expect(placed?.page).toBe('A3');
    expect(placed?.heads).toEqual([c, d]);
    expect(placed?.blocks).toEqual([a, b, c, d]);
  });

  it('keeps the first page of a chain with no head at all', () => {
    const a = block('a', 'art-loop', 'b');
    const b = block('b', 'art-loop', 'a');
    expect(articlesOnPages(issueWith([], [a], [b])).get('art-loop')).toEqual({ page: 'A2', heads: [], blocks: [a, b] });
  });
});

describe('an article placed twice', () => {
  it('is reported with the pages of each placement', () => {
    const issue = issueWith([block('one', 'art-dup')], [], [block('two', 'art-dup'), block('solo', 'art-solo')]);
    expect(articlesPlacedTwice(issue)).toEqual([{ articleId: 'art-dup', pages: ['A1', 'A3'] }]);
  });

  it('is not reported for an article placed once, continued or not', () => {
    const issue = issueWith([block('one', 'art-once'), block('two', 'art-jump', 'three')], [block('three', 'art-jump')]);
    expect(articlesPlacedTwice(issue)).toEqual([]);
  });

  it('is not reported for a chain with no head', () => {
    const issue = issueWith([block('a', 'art-loop', 'b')], [block('b', 'art-loop', 'a')]);
    expect(articlesPlacedTwice(issue)).toEqual([]);
  });
});
