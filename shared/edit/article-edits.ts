// Edits of an article block's setting: text columns (破栏/合栏), headline size and lines, kicker and
// subtitle on or off, and which article it holds.
import { textColumnChars } from '../model/grid';
import type { ArticleBlock, Issue } from '../model/issue';
import type { EditCommand, EditOutcome } from './edit-commands';
import type { EditContext } from './edit-context';
import { MIN_TEXT_COLUMN_CHARS, textColumnsFit } from './grid-rules';
import { continuationsOf, findBlock, placementOf, predecessorsOf, replaceBlocks } from './issue-blocks';
import { nameOf, notArticleBlock, refuse, unknownBlock } from './refusals';

type Command<T extends EditCommand['type']> = Extract<EditCommand, { type: T }>;

const MAX_TEXT_COLUMNS = 20;
const HEADLINE_SIZE_RANGE = [5, 200] as const;
const MAX_HEADLINE_LINES = 4;

function articleBlock(context: EditContext, issue: Issue, blockId: string, what: string): ArticleBlock | EditOutcome {
  const found = findBlock(issue, blockId);
  if (!found) return unknownBlock(blockId);
  return found.block.kind === 'article' ? found.block : notArticleBlock(context.options, found.block, what);
}

function isOutcome(value: ArticleBlock | EditOutcome): value is EditOutcome {
  return 'ok' in value;
}

export function setTextColumns(context: EditContext, issue: Issue, command: Command<'setTextColumns'>): EditOutcome {
  const block = articleBlock(context, issue, command.blockId, '分栏');
  if (isOutcome(block)) return block;
  const count = command.textColumns;
  if (!Number.isInteger(count) || count < 1 || count > MAX_TEXT_COLUMNS) {
    return refuse('TEXT_COLUMNS', `分栏数必须是 1–${MAX_TEXT_COLUMNS} 之间的整数，未修改分栏。`);
  }
  if (!textColumnsFit(context.format, block.cols, count)) {
    const chars = textColumnChars(context.format, block.cols, count);
    return refuse(
      'TEXT_COLUMNS',
      `${block.cols}栏宽的版块分成${count}栏，每栏只有${Math.max(0, chars)}个字，太窄了（至少${MIN_TEXT_COLUMN_CHARS}个字），未修改分栏。`,
    );
  }
  return {
    ok: true,
    issue: replaceBlocks(issue, [{ ...block, textColumns: count }]),
    inverse: { type: 'setTextColumns', blockId: block.id, textColumns: block.textColumns },
  };
}

export function setHeadline(context: EditContext, issue: Issue, command: Command<'setHeadline'>): EditOutcome {
  const block = articleBlock(context, issue, command.blockId, '设置标题');
  if (isOutcome(block)) return block;
  const { size, lines } = command;
  const [low, high] = HEADLINE_SIZE_RANGE;
  if (size !== null && !(Number.isFinite(size) && size >= low && size <= high)) {
    return refuse('HEADLINE', `标题字号必须在 ${low}–${high} pt 之间，未修改标题。`);
  }
  if (lines !== null && !(Number.isInteger(lines) && lines >= 1 && lines <= MAX_HEADLINE_LINES)) {
    return refuse('HEADLINE', `标题行数必须是 1–${MAX_HEADLINE_LINES} 行，未修改标题。`);
  }
  return {
    ok: true,
    issue: replaceBlocks(issue, [{ ...block, headlineSize: size, headlineLines: lines }]),
    inverse: { type: 'setHeadline', blockId: block.id, size: block.headlineSize, lines: block.headlineLines },
  };
}

export function setHeadings(context: EditContext, issue: Issue, command: Command<'setHeadings'>): EditOutcome {
  const block = articleBlock(context, issue, command.blockId, '设置引题和副题');
  if (isOutcome(block)) return block;
  return {
    ok: true,
    issue: replaceBlocks(issue, [{ ...block, showKicker: command.showKicker === true, showSubtitle: command.showSubtitle === true }]),
    inverse: { type: 'setHeadings', blockId: block.id, showKicker: block.showKicker, showSubtitle: block.showSubtitle },
  };
}

/**
 * Puts an article in a frame, or takes it out (null). The frames the block continues in hold the
 * same article, so they follow; a continuation frame itself is emptied by unlinking it.
 */
export function setArticle(context: EditContext, issue: Issue, command: Command<'setArticle'>): EditOutcome {
  const what = command.articleId === null ? '清空' : '排入稿件';
  const block = articleBlock(context, issue, command.blockId, what);
  if (isOutcome(block)) return block;
  const { articleId } = command;
  if (block.articleId === articleId) return { ok: true, issue, inverse: command };
  const before = predecessorsOf(issue, block.id);
  const continued = before.find((from) => block.articleId !== null && from.articleId === block.articleId);
  if (articleId === null && continued) return context.apply(issue, { type: 'unlinkContinuation', fromBlockId: continued.id });
  if (before.length > 0) {
    return refuse('IS_CONTINUATION', `版块${nameOf(context.options, block)}是续排版块，稿件随上一版块排入，未${what}。`);
  }
  if (articleId !== null) {
    const placed = placementOf(issue, articleId);
    if (placed) return refuse('ALREADY_PLACED', `这篇稿件已排在${placed.page.label}版，一篇稿件只能上版一次，未排入。`);
  }
  const tail = [];
  for (const next of continuationsOf(issue, block)) {
    if (next.articleId !== block.articleId) break;
    tail.push(next);
  }
  const changed = [block, ...tail].map((frame) => ({ ...frame, articleId }));
  return { ok: true, issue: replaceBlocks(issue, changed), inverse: { type: 'setArticle', blockId: block.id, articleId: block.articleId } };
}
