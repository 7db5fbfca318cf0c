// A photo in the article: the frame (not editable text), the caption (图说, the element's own text)
// and the credit (摄影) field, which is written to the node through the editor so undo covers it.
import type { ReactNode } from 'react';
import { Node, Transforms } from 'slate';
import { ReactEditor, useSlateStatic, type RenderElementProps } from 'slate-react';
import type { PhotoElement } from '../../../shared/model/article';
import type { PublicationProfile } from '../../../shared/model/profile';
import { screenStyle } from './element-style';

interface Props {
  element: PhotoElement;
  attributes: RenderElementProps['attributes'];
  profile: PublicationProfile;
  children: ReactNode;
}

export function PhotoElementView(props: Props) {
  const editor = useSlateStatic();
  const { element } = props;
  const empty = Node.string(element) === '';
  const setCredit = (credit: string) => Transforms.setNodes(editor, { credit }, { at: ReactEditor.findPath(editor, element) });
  return (
    <figure {...props.attributes} className="el el-photo" data-type="photo">
      <div className="photo-frame" contentEditable={false}>
        <span className="photo-frame-icon" aria-hidden="true">
          ▣
        </span>
        <span>{element.assetId ? `图片 ${element.assetId.slice(0, 12)}…` : '未附图片'}</span>
      </div>
      <figcaption className="photo-caption" style={screenStyle(props.profile, 'caption')} data-empty={empty ? 'true' : undefined}>
        <span className="el-tag" contentEditable={false}>
          图说
        </span>
        {empty && (
          <span className="el-placeholder" contentEditable={false}>
            图说：写清人物、地点和事件
          </span>
        )}
        {props.children}
      </figcaption>
      <div className="photo-credit" contentEditable={false}>
        <label>
          <span>摄影</span>
          <input
            className="input input-small"
            value={element.credit}
            maxLength={200}
            placeholder="摄影者或图片来源"
            onChange={(event) => setCredit(event.target.value)}
          />
        </label>
      </div>
    </figure>
  );
}
