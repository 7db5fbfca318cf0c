// The page editor of the open issue, made with the page view: it shows every layout on the page
// document (the canvas), reports refusals as notices, and gives the split view's text editors to
// the issue's history.
import { useMemo, useState, useSyncExternalStore } from 'react';
import { useNotices } from '../app/notices';
import type { PageDocument } from '../pages/page-document';
import type { LayoutSaving } from './use-issue-saving';
import { PageEditor, type PageEditorView } from './page-editor';
import type { TextEditorSource } from './text-editor-context';
import type { UndoableEditor } from './text-history';

export interface PageEditorBinding {
  editor: PageEditor;
  /** The editor as the page view shows it (a drag's steps do not change it: the block layer draws them). */
  state: PageEditorView;
  /** For the split view: the kept editor of the article being edited. */
  textEditors: TextEditorSource;
}

export function usePageEditor(
  document: PageDocument,
  editingArticleId: string | undefined,
  saving: LayoutSaving,
  /** Stable (a state setter): it is kept by the editor made on the first render. */
  openText: (articleId: string) => void,
): PageEditorBinding {
  const { show } = useNotices();
  const [editor] = useState(() => {
    const created = new PageEditor(() => document.getSnapshot().profile?.format, {
      showIssue: (issue) => {
        if (document.getSnapshot().issue !== issue) document.updateIssue(issue);
      },
      committed: (issue) => saving.schedule(issue),
      refused: (message) => show({ kind: 'warning', title: '未执行', message }),
      openText,
    });
    saving.bind(created);
    return created;
  });
  const state = useSyncExternalStore(editor.subscribe, editor.getView);
  const textEditors = useMemo<TextEditorSource>(
    () => ({
      take: <E extends object>(create: () => E): E => {
        if (!editingArticleId) return create();
        const kept = editor.text.editor(editingArticleId) as E | undefined;
        if (kept) return kept;
        const created = create();
        editor.attachTextEditor(editingArticleId, created as unknown as UndoableEditor);
        return created;
      },
      mounted: (_editor, mounted) => {
        if (editingArticleId) editor.text.setMounted(editingArticleId, mounted);
      },
    }),
    [editor, editingArticleId],
  );
  return { editor, state, textEditors };
}
