// Renders each element type distinctly: its print face and size, a type tag in the margin, and a
// placeholder while empty. Photos have their own view with frame, caption and credit.
import type { CSSProperties } from 'react';
import { Node } from 'slate';
import type { RenderElementProps } from 'slate-react';
import type { PublicationProfile } from '../../../shared/model/profile';
import { blockTypeInfo } from './block-types';
import { screenStyle } from './element-style';
import { PhotoElementView } from './PhotoElementView';

export function ElementView(props: RenderElementProps & { profile: PublicationProfile }) {
  const { element, attributes, children, profile } = props;
  if (element.type === 'photo') {
    return (
      <PhotoElementView element={element} attributes={attributes} profile={profile}>
        {children}
      </PhotoElementView>
    );
  }
  const info = blockTypeInfo(element.type);
  const empty = Node.string(element) === '';
  const style: CSSProperties = screenStyle(profile, info.style);
  return (
    <div {...attributes} className={`el el-${element.type}`} data-type={element.type} data-empty={empty ? 'true' : undefined} style={style}>
      <span className="el-tag" contentEditable={false}>
        {info.label}
      </span>
      {empty && (
        <span className="el-placeholder" contentEditable={false}>
          {info.placeholder}
        </span>
      )}
      {children}
    </div>
  );
}
