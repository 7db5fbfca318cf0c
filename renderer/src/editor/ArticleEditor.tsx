// The Slate editor of one article: toolbar above, the manuscript "paper" below. Behaviour comes
// from withX plugins (document rules, Enter handling, history); keys from hotkeys.ts.
import { useCallback, useContext, useEffect, useState } from 'react';
import { createEditor, type Descendant } from 'slate';
import { withHistory } from 'slate-history';
import { Editable, Slate, withReact, type RenderElementProps } from 'slate-react';
import type { ArticleNode } from '../../../shared/model/article';
import type { PublicationProfile } from '../../../shared/model/profile';
import { TextEditorContext } from '../page-editor/text-editor-context';
import { EditorToolbar } from './EditorToolbar';
import { ElementView } from './ElementView';
import { handleEditorHotkey } from './hotkeys';
import { LeafView } from './LeafView';
import type { ArticleEditor as Editor } from './slate-types';
import { withBlockBreaks } from './with-block-breaks';
import { withDocumentRules } from './with-document-rules';

interface Props {
  /** Already normalized (normalizeContent); the editor is remounted to load other content. */
  initialContent: Descendant[];
  profile: PublicationProfile;
  charCount: number;
  readOnly: boolean;
  onContentChange: (content: ArticleNode[]) => void;
}

function createArticleEditor(): Editor {
  return withDocumentRules(withBlockBreaks(withReact(withHistory(createEditor()))));
}

export function ArticleEditor(props: Props) {
  // Beside the page, the page editor keeps the editor (and its undo batches) for the history.
  const source = useContext(TextEditorContext);
  const [editor] = useState(() => (source ? source.take(createArticleEditor) : createArticleEditor()));
  useEffect(() => {
    source?.mounted(editor, true);
    return () => source?.mounted(editor, false);
  }, [source, editor]);
  const { profile, onContentChange } = props;
  const renderElement = useCallback((element: RenderElementProps) => <ElementView {...element} profile={profile} />, [profile]);
  const onValueChange = useCallback((value: Descendant[]) => onContentChange(value as ArticleNode[]), [onContentChange]);

  return (
    <Slate editor={editor} initialValue={props.initialContent} onValueChange={onValueChange}>
      <EditorToolbar profile={profile} charCount={props.charCount} readOnly={props.readOnly} />
      <div className="paper-scroll">
        <article className="paper" aria-label="稿件正文">
          <Editable
            className="editable"
            data-testid="article-editor"
            readOnly={props.readOnly}
            renderElement={renderElement}
            renderLeaf={LeafView}
            spellCheck={false}
            autoFocus={!props.readOnly}
            onKeyDown={(event) => {
              handleEditorHotkey(editor, event);
            }}
          />
        </article>
      </div>
    </Slate>
  );
}
