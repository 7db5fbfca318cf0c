// Slate's custom types for the article document. The shapes come from shared/model/article, so
// what the editor holds is exactly what the store validates and saves.
import type { BaseEditor } from 'slate';
import type { HistoryEditor } from 'slate-history';
import type { ReactEditor } from 'slate-react';
import type { PhotoElement, TextElement, TextLeaf } from '../../../shared/model/article';

export type ArticleEditor = BaseEditor & ReactEditor & HistoryEditor;
export type EditorElement = TextElement | PhotoElement;
export type BlockType = EditorElement['type'];
export type MarkKey = 'bold' | 'italic';

declare module 'slate' {
  interface CustomTypes {
    Editor: ArticleEditor;
    Element: EditorElement;
    Text: TextLeaf;
  }
}
