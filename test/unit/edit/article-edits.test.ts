// An article block's settings, the article it holds and its continuations, on small hand-made
// issues: what each edit changes, what it refuses (in Chinese, with nothing changed), exact inverses.
import { describe, expect, it } from 'vitest';
import { gridColumns, gridLines } from '../../../shared/units/units';
import { A2, A3, applied, block, edit, refused } from './edit-assertions';
import { frame, issueWith } from './edit-fixtures';

describe('article settings', () => {
  const issue = issueWith([
    [A2, frame('a', 'art-1')],
    [A2, { kind: 'masthead', id: 'm', col: gridColumns(4), line: gridLines(90), cols: gridColumns(2), lines: gridLines(2) }],
  ]);

  it('sets text columns within readable widths', () => {
    expect(block(applied(issue, { type: 'setTextColumns', blockId: 'a', textColumns: 3 }), 'a')).toMatchObject({ textColumns: 3 });
    expect(refused(issue, { type: 'setTextColumns', blockId: 'a', textColumns: 5 })).toEqual({
      code: 'TEXT_COLUMNS',
      message: '2栏宽的版块分成5栏，每栏只有4个字，太窄了（至少6个字），未修改分栏。',
    });
    expect(refused(issue, { type: 'setTextColumns', blockId: 'a', textColumns: 0 }).code).toBe('TEXT_COLUMNS');
    expect(refused(issue, { type: 'setTextColumns', blockId: 'm', textColumns: 1 })).toEqual({
      code: 'NOT_ARTICLE_BLOCK',
      message: '版块「报头 第5栏第91行」不是稿件版块，不能分栏。',
    });
  });

  it('sets headline size and lines, and kicker and subtitle', () => {
    expect(block(applied(issue, { type: 'setHeadline', blockId: 'a', size: 26, lines: 2 }), 'a')).toMatchObject({
      headlineSize: 26,
      headlineLines: 2,
    });
    expect(refused(issue, { type: 'setHeadline', blockId: 'a', size: 300, lines: null }).message).toBe(
      '标题字号必须在 5–200 pt 之间，未修改标题。',
    );
    expect(refused(issue, { type: 'setHeadline', blockId: 'a', size: null, lines: 5 }).message).toBe('标题行数必须是 1–4 行，未修改标题。');
    const hidden = applied(issue, { type: 'setHeadings', blockId: 'a', showKicker: false, showSubtitle: true });
    expect(block(hidden, 'a')).toMatchObject({ showKicker: false, showSubtitle: true });
  });

  it('fills an empty frame, empties it, and refuses an article already on the pages', () => {
    const withFrame = issueWith([
      [A2, frame('a', 'art-1')],
      [A3, frame('e', null)],
    ]);
    expect(block(applied(withFrame, { type: 'setArticle', blockId: 'e', articleId: 'art-2' }), 'e')).toMatchObject({ articleId: 'art-2' });
    expect(block(applied(withFrame, { type: 'setArticle', blockId: 'a', articleId: null }), 'a')).toMatchObject({ articleId: null });
    expect(refused(withFrame, { type: 'setArticle', blockId: 'e', articleId: 'art-1' })).toEqual({
      code: 'ALREADY_PLACED',
      message: '这篇稿件已排在A2版，一篇稿件只能上版一次，未排入。',
    });
  });
});

describe('continuations', () => {
  const issue = issueWith([
    [A2, frame('a', 'art-1')],
    [A2, frame('same', null, { col: gridColumns(4) })],
    [A3, frame('t', null)],
    [A3, frame('full', 'art-2', { col: gridColumns(4) })],
    [3, frame('u', null)],
  ]);

  it('links to an empty frame on another page, which then holds the article; unlinking empties it again', () => {
    const linked = applied(issue, { type: 'linkContinuation', fromBlockId: 'a', toBlockId: 't' });
    expect(block(linked, 'a')).toMatchObject({ continuesIn: 't' });
    expect(block(linked, 't')).toMatchObject({ articleId: 'art-1', continuesIn: null });
    const unlinked = applied(linked, { type: 'unlinkContinuation', fromBlockId: 'a' });
    expect(unlinked).toEqual(issue);
  });

  it('refuses links on one page, to a filled frame, from a block already continued, and circles', () => {
    expect(refused(issue, { type: 'linkContinuation', fromBlockId: 'a', toBlockId: 'same' })).toEqual({
      code: 'SAME_PAGE',
      message: '转版只能续排到另一个版面，未续排。',
    });
    expect(refused(issue, { type: 'linkContinuation', fromBlockId: 'a', toBlockId: 'full' }).message).toBe(
      '版块「稿件 第5栏第31行」已排有稿件，只能续排到空版块，未续排。',
    );
    const linked = applied(issue, { type: 'linkContinuation', fromBlockId: 'a', toBlockId: 't' });
    expect(refused(linked, { type: 'linkContinuation', fromBlockId: 'a', toBlockId: 'u' }).message).toBe(
      '版块「稿件 第1栏第31行」已续排到A3版，请先解除续排，未续排。',
    );
    expect(refused(linked, { type: 'linkContinuation', fromBlockId: 'same', toBlockId: 't' }).code).toBe('TARGET_NOT_EMPTY');
    // Empty frames linked in a ring: the last link would close it.
    const ring = applied(applied(issue, { type: 'linkContinuation', fromBlockId: 'same', toBlockId: 't' }), {
      type: 'linkContinuation',
      fromBlockId: 't',
      toBlockId: 'u',
    });
    expect(refused(ring, { type: 'linkContinuation', fromBlockId: 'u', toBlockId: 'same' }).code).toBe('CYCLE');
    expect(refused(issue, { type: 'unlinkContinuation', fromBlockId: 'a' }).code).toBe('NOT_LINKED');
  });

  it('unlinking a block whose target continues further empties the whole run, and linking again restores it', () => {
    const twice = applied(applied(issue, { type: 'linkContinuation', fromBlockId: 'a', toBlockId: 't' }), {
      type: 'linkContinuation',
      fromBlockId: 't',
      toBlockId: 'u',
    });
    expect(block(twice, 'u')).toMatchObject({ articleId: 'art-1' });
    const unlinked = applied(twice, { type: 'unlinkContinuation', fromBlockId: 'a' });
    expect(block(unlinked, 't')).toMatchObject({ articleId: null, continuesIn: 'u' });
    expect(block(unlinked, 'u')).toMatchObject({ articleId: null });
  });

  it('removing the first block of a continued article leaves its continuation as an empty frame', () => {
    const linked = applied(issue, { type: 'linkContinuation', fromBlockId: 'a', toBlockId: 't' });
    const removed = applied(linked, { type: 'removeBlock', blockId: 'a' });
    expect(block(removed, 'a')).toBeUndefined();
    expect(block(removed, 't')).toMatchObject({ articleId: null });
    const middleGone = applied(linked, { type: 'removeBlock', blockId: 't' });
    expect(block(middleGone, 'a')).toMatchObject({ continuesIn: null, articleId: 'art-1' });
    // Emptying the continuation is unlinking it; filling one is refused.
    expect(applied(linked, { type: 'setArticle', blockId: 't', articleId: null })).toEqual(issue);
    const emptyChain = applied(issue, { type: 'linkContinuation', fromBlockId: 'same', toBlockId: 't' });
    expect(refused(emptyChain, { type: 'setArticle', blockId: 't', articleId: 'art-9' }).code).toBe('IS_CONTINUATION');
    // Filling the first frame of a linked run of empty frames fills the run.
    expect(block(applied(emptyChain, { type: 'setArticle', blockId: 'same', articleId: 'art-9' }), 't')).toMatchObject({
      articleId: 'art-9',
    });
  });

  it('undoes an unlink of a broken link (to a block of another article) by restoring the pages', () => {
    const broken = issueWith([
      [A2, frame('a', 'art-1', { continuesIn: 'full' })],
      [A3, frame('full', 'art-2')],
    ]);
    const outcome = edit(broken, { type: 'unlinkContinuation', fromBlockId: 'a' });
    expect(outcome.ok && outcome.inverse.type).toBe('restorePages');
    applied(broken, { type: 'unlinkContinuation', fromBlockId: 'a' });
  });
});
