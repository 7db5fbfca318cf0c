// Copy-fit and integrity findings per block, in numbers for programs and Chinese for people.

export interface BlockDiagnostics {
  blockId: string;
  pageLabel: string;
  kind: 'article' | 'photo' | 'masthead' | 'pageHeader' | 'rule';
  articleId: string | null;
  /** Characters (non-space) and body lines that did not fit at the end of the article's chain. */
  overflowChars: number;
  overflowLines: number;
  /** Body lines left empty after the end of the text. */
  emptyLines: number;
  /** Characters the fonts lack, each once. */
  missingGlyphs: string[];
  /** Why a jump could not be resolved, or null. */
  unresolvedJump: string | null;
  /** The block's article is not in the workspace. */
  missingArticle: boolean;
  /** An article block with no article yet (a frame carried over from last week): prints nothing. */
  emptyFrame: boolean;
  /** Photos without an image file (drawn as placeholders). */
  missingImages: number;
}

export function emptyDiagnostics(
  blockId: string,
  pageLabel: string,
  kind: BlockDiagnostics['kind'],
  articleId: string | null,
): BlockDiagnostics {
  return {
    blockId,
    pageLabel,
    kind,
    articleId,
    overflowChars: 0,
    overflowLines: 0,
    emptyLines: 0,
    missingGlyphs: [],
    unresolvedJump: null,
    missingArticle: false,
    emptyFrame: false,
    missingImages: 0,
  };
}

/** The findings as short Chinese phrases, e.g. for the copy-fit badge of a block. */
export function describeDiagnostics(diagnostics: BlockDiagnostics): string[] {
  const notes: string[] = [];
  if (diagnostics.emptyFrame) notes.push('空版块，尚未排入稿件');
  if (diagnostics.missingArticle) notes.push('稿件不存在');
  if (diagnostics.overflowChars > 0 || diagnostics.overflowLines > 0)
    notes.push(`超出 ${diagnostics.overflowChars} 字（${diagnostics.overflowLines} 行）`);
  if (diagnostics.emptyLines > 0) notes.push(`空 ${diagnostics.emptyLines} 行`);
  if (diagnostics.missingGlyphs.length > 0) notes.push(`字库缺字：${diagnostics.missingGlyphs.join('')}`);
  if (diagnostics.unresolvedJump) notes.push(`转版未接通：${diagnostics.unresolvedJump}`);
  if (diagnostics.missingImages > 0) notes.push(`缺图 ${diagnostics.missingImages} 张`);
  return notes;
}
