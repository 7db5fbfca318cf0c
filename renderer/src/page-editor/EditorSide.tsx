// Beside the page while composing: 印前检查 when it is open, the selected block's inspector, and the
// library of articles.
import type { ArticleBlock, Issue, Page } from '../../../shared/model/issue';
import type { PageFormat } from '../../../shared/model/profile';
import type { ArticleIndexEntry } from '../../../shared/model/workspace';
import { bodyLinesPerPage } from '../../../shared/model/grid';
import { useArticles } from '../library/use-articles';
import { Inspector } from './Inspector';
import { LibraryPanel } from './LibraryPanel';
import type { PageEditor } from './page-editor';
import { blockForDrop, firstEmptyFrame } from './placement';
import { PhotoLibrary } from './PhotoLibrary';
import { PreflightPanel } from './PreflightPanel';
import type { PhotoDrop } from './use-photo-drop';
import type { PreflightState } from './use-preflight';

interface Props {
  editor: PageEditor;
  issue: Issue;
  selection: readonly string[];
  format: PageFormat;
  /** The page in view, where 放入本版 places an article. */
  page: Page | undefined;
  onOpenBlock: (blockId: string) => void;
  onDragArticle: (entry: ArticleIndexEntry | undefined) => void;
  onFit: (blockId: string) => void;
  onPlaced: (blockId: string) => void;
  /** 印前检查, when its panel is open. */
  preflight: PreflightState | undefined;
  userName: string;
  onShowBlock: (pageLabel: string, blockId: string | null) => void;
  photoDrop: PhotoDrop;
}

/** The first free cell of the page, in reading order, where a new block can start. */
function placeOnPage(issue: Issue, page: Page, format: PageFormat, entry: ArticleIndexEntry, lines: number): ArticleBlock | undefined {
  for (let line = 0; line < lines; line += 1) {
    for (let col = 0; col < format.columns; col += 1) {
      const block = blockForDrop(issue, page, format, entry.id, entry.charCount, col, line);
      if (block) return block;
    }
  }
  return undefined;
}

/** The selected block when it is a photo frame. */
function selectedPhotoFrame(issue: Issue, blockId: string | undefined): string | undefined {
  if (blockId === undefined) return undefined;
  const block = issue.pages.flatMap((page) => page.blocks).find((candidate) => candidate.id === blockId);
  return block?.kind === 'photo' ? block.id : undefined;
}

export function EditorSide(props: Props) {
  const { editor, issue, format, page } = props;
  const articles = useArticles();
  const headline = (articleId: string) => articles?.find((entry) => entry.id === articleId)?.headline ?? articleId;
  const selected = props.selection.length === 1 ? props.selection[0] : undefined;

  const place = (entry: ArticleIndexEntry) => {
    if (!page) return;
    const frame = firstEmptyFrame(page);
    if (frame) {
      editor.execute({ type: 'setArticle', blockId: frame.id, articleId: entry.id }, { select: [frame.id] });
      return;
    }
    const block = placeOnPage(issue, page, format, entry, bodyLinesPerPage(format));
    if (!block) {
      editor.refuse(`${page.label} 版已经没有空位放《${entry.headline}》，请先腾出版面。`);
      return;
    }
    if (editor.execute({ type: 'addBlock', pageId: page.id, block }, { select: [block.id] })) props.onPlaced(block.id);
  };

  return (
    <aside className="editor-side" aria-label="排版面板">
      {props.preflight && (
        <PreflightPanel editor={editor} preflight={props.preflight} userName={props.userName} onShowBlock={props.onShowBlock} />
      )}
      {selected && (
        <Inspector
          issue={issue}
          format={format}
          blockId={selected}
          headline={headline}
          run={(command) => editor.execute(command)}
          onFit={(block) => props.onFit(block.id)}
        />
      )}
      <LibraryPanel issue={issue} articles={articles} onDragArticle={props.onDragArticle} onPlace={place} onOpenBlock={props.onOpenBlock} />
      <PhotoLibrary photoDrop={props.photoDrop} selectedFrame={selectedPhotoFrame(issue, selected)} />
    </aside>
  );
}
