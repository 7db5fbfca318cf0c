// Continuations (转版): an article block links to an empty frame on another page, which then holds
// the rest of the same article; unlinking ends the article in the block again and empties the frames.
import type { ArticleBlock, Issue } from '../model/issue';
import type { EditCommand, EditOutcome } from './edit-commands';
import type { EditContext } from './edit-context';
import { continuationsOf, findBlock, predecessorsOf, replaceBlocks } from './issue-blocks';
import { nameOf, notArticleBlock, refuse, unknownBlock } from './refusals';

type Command<T extends EditCommand['type']> = Extract<EditCommand, { type: T }>;

const NOT_LINKED = '未续排。';

export function linkContinuation(context: EditContext, issue: Issue, command: Command<'linkContinuation'>): EditOutcome {
  const from = findBlock(issue, command.fromBlockId);
  if (!from) return unknownBlock(command.fromBlockId);
  const to = findBlock(issue, command.toBlockId);
  if (!to) return unknownBlock(command.toBlockId);
  const name = (block: Parameters<typeof nameOf>[1]) => nameOf(context.options, block);
  if (from.block.kind !== 'article') return notArticleBlock(context.options, from.block, '续排');
  if (to.block.kind !== 'article') return notArticleBlock(context.options, to.block, '接排续稿');
  const source: ArticleBlock = from.block;
  const target: ArticleBlock = to.block;
  if (from.pageIndex === to.pageIndex) return refuse('SAME_PAGE', `转版只能续排到另一个版面，${NOT_LINKED}`);
  if (source.continuesIn !== null) {
    const next = findBlock(issue, source.continuesIn);
    const where = next ? `${next.page.label}版` : '别处';
    return refuse('ALREADY_LINKED', `版块${name(source)}已续排到${where}，请先解除续排，${NOT_LINKED}`);
  }
  if (target.articleId !== null) return refuse('TARGET_NOT_EMPTY', `版块${name(target)}已排有稿件，只能续排到空版块，${NOT_LINKED}`);
  if (predecessorsOf(issue, target.id).length > 0) {
    return refuse('ALREADY_LINKED', `版块${name(target)}已是另一版块的续排版块，${NOT_LINKED}`);
  }
  // The target may already continue further (frames linked while empty): that whole run takes the article.
  const tail = continuationsOf(issue, target);
  if (target.id === source.id || tail.some((block) => block.id === source.id)) {
    return refuse('CYCLE', `续排会让稿件绕回自身，${NOT_LINKED}`);
  }
  const filled = tail.find((block) => block.articleId !== null);
  if (filled) return refuse('TARGET_NOT_EMPTY', `版块${name(target)}之后续排的版块${name(filled)}已排有稿件，${NOT_LINKED}`);
  const changed = [{ ...source, continuesIn: target.id }, ...[target, ...tail].map((block) => ({ ...block, articleId: source.articleId }))];
  return { ok: true, issue: replaceBlocks(issue, changed), inverse: { type: 'unlinkContinuation', fromBlockId: source.id } };
}

/**
 * Ends the article in this block again. The frames it continued in keep their places (and any
 * links among themselves) but no longer hold the article, so linking again restores them.
 */
export function unlinkContinuation(context: EditContext, issue: Issue, command: Command<'unlinkContinuation'>): EditOutcome {
  const from = findBlock(issue, command.fromBlockId);
  if (!from) return unknownBlock(command.fromBlockId);
  if (from.block.kind !== 'article') return notArticleBlock(context.options, from.block, '解除续排');
  const source = from.block;
  if (source.continuesIn === null) return refuse('NOT_LINKED', `版块${nameOf(context.options, source)}没有续排，无需解除。`);
  const emptied = [];
  for (const block of continuationsOf(issue, source)) {
    if (block.articleId !== source.articleId) break;
    emptied.push({ ...block, articleId: null });
  }
  return {
    ok: true,
    issue: replaceBlocks(issue, [{ ...source, continuesIn: null }, ...emptied]),
    inverse: { type: 'linkContinuation', fromBlockId: source.id, toBlockId: source.continuesIn },
  };
}
