// The context menu's actions for a block, the same as the keys and the inspector offer.
import type { EditCommand } from '../../../shared/edit';
import type { MenuAction } from './BlockMenu';
import type { PageEditor } from './page-editor';

interface Context {
  editor: PageEditor;
  blockId: string;
  openBlock: (blockId: string) => void;
  fit: (blockId: string) => void;
}

export function blockMenuActions(context: Context): MenuAction[] {
  const { editor, blockId } = context;
  const issue = editor.getSnapshot().issue;
  const block = issue?.pages.flatMap((page) => page.blocks).find((candidate) => candidate.id === blockId);
  if (!block) return [];
  const selection = editor.getSnapshot().selection.includes(blockId) ? editor.getSnapshot().selection : [blockId];
  const removes: EditCommand[] = selection.map((id) => ({ type: 'removeBlock', blockId: id }));
  const isArticle = block.kind === 'article';
  const filled = isArticle && block.articleId !== null;
  const actions: MenuAction[] = [
    { label: '编辑稿件', shortcut: 'Enter', disabled: !filled, run: () => context.openBlock(blockId) },
    { label: '按正文调整高度', disabled: !filled, run: () => context.fit(blockId) },
    {
      label: '加宽一栏',
      shortcut: 'Alt+→',
      run: () =>
        editor.execute({ type: 'resizeBlock', blockId, col: block.col, line: block.line, cols: block.cols + 1, lines: block.lines }),
    },
    {
      label: '减窄一栏',
      shortcut: 'Alt+←',
      disabled: block.cols <= 1,
      run: () =>
        editor.execute({ type: 'resizeBlock', blockId, col: block.col, line: block.line, cols: block.cols - 1, lines: block.lines }),
    },
  ];
  if (isArticle && block.continuesIn) {
    actions.push({ label: '解除转版', run: () => editor.execute({ type: 'unlinkContinuation', fromBlockId: blockId }) });
  }
  if (filled) {
    actions.push({ label: '撤下稿件（保留空版块）', run: () => editor.execute({ type: 'setArticle', blockId, articleId: null }) });
  }
  actions.push({
    label: selection.length > 1 ? `删除 ${selection.length} 个版块` : '删除版块',
    shortcut: 'Delete',
    run: () => editor.execute(removes.length === 1 ? removes[0]! : { type: 'batch', commands: removes }),
  });
  return actions;
}
