// How the page view hands the split view's Slate editor its editor object: kept by the page editor
// per article while the issue is open, so the text's undo batches live in the one history
// and survive closing and reopening the article beside the page.
import { createContext } from 'react';

export interface TextEditorSource {
  /** The editor to use: the one kept for this article, or a new one from `create`, kept from now on. */
  take<E extends object>(create: () => E): E;
  /** The split view shows the editor with its article loaded (true), or closed it (false). */
  mounted(editor: object, mounted: boolean): void;
}

export const TextEditorContext = createContext<TextEditorSource | null>(null);
