// Layout edits of an issue's pages: commands, their checks and inverses, and sizing a dropped article.
export type { EditCommand, EditCommandType, EditOptions, EditOutcome, EditRefusal, EditRefusalCode } from './edit-commands';
export { applyEdit } from './apply-edit';
export { describeEdit } from './describe-edit';
export { MIN_TEXT_COLUMN_CHARS, fittingTextColumns, overlappedBy, textColumnsFit } from './grid-rules';
export { continuationsOf, findBlock, placementOf, predecessorsOf, type BlockPlace } from './issue-blocks';
export { MIN_DROP_LINES, blockForArticle, newBlockId, type ArticleDrop, type ArticleDropResult } from './block-for-article';
