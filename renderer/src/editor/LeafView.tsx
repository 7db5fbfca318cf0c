// A run of text with its marks (加粗, 倾斜).
import type { RenderLeafProps } from 'slate-react';

export function LeafView(props: RenderLeafProps) {
  let children = props.children;
  if (props.leaf.bold) children = <strong>{children}</strong>;
  if (props.leaf.italic) children = <em>{children}</em>;
  return <span {...props.attributes}>{children}</span>;
}
