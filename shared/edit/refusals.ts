// Refusals of edits, with the Chinese sentences the desk reads: what is wrong and that nothing
// was changed. Blocks are named by the caller's naming (headlines) or by kind and grid place.
import type { Block } from '../model/issue';
import type { EditOptions, EditOutcome, EditRefusalCode } from './edit-commands';

const KIND_NAMES: Record<Block['kind'], string> = {
  article: '稿件',
  photo: '图片',
  masthead: '报头',
  pageHeader: '报眉',
  rule: '线条',
};

export function refuse(code: EditRefusalCode, message: string): EditOutcome & { ok: false } {
  return { ok: false, refusal: { code, message } };
}

/** 「稿件 第2栏第24行」, or the caller's name for the block. */
export function nameOf(options: EditOptions, block: Block): string {
  const name = options.blockName?.(block);
  if (name) return `「${name}」`;
  const kind = block.kind === 'article' && block.articleId === null ? '空版块' : KIND_NAMES[block.kind];
  return `「${kind} 第${block.col + 1}栏第${block.line + 1}行」`;
}

export function unknownBlock(blockId: string): EditOutcome & { ok: false } {
  return refuse('UNKNOWN_BLOCK', `找不到版块 ${blockId}，可能已被移出版面。`);
}

export function notArticleBlock(options: EditOptions, block: Block, what: string): EditOutcome & { ok: false } {
  return refuse('NOT_ARTICLE_BLOCK', `版块${nameOf(options, block)}不是稿件版块，不能${what}。`);
}
