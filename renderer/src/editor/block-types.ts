// The element types an article is made of, in the order editors think of them, with their
// keyboard shortcuts (Ctrl+Alt+1…9, as word processors bind heading styles) and print styles.
import { ELEMENT_LABELS } from '../../../shared/model/article';
import type { StyleKey } from '../../../shared/model/profile';
import type { BlockType } from './slate-types';

export interface BlockTypeInfo {
  type: BlockType;
  label: string;
  /** The digit of the Ctrl+Alt shortcut. */
  digit: string;
  /** The profile style the element is printed in. */
  style: StyleKey;
  placeholder: string;
  /** The toolbar groups the headline group apart from the body. */
  group: 'head' | 'body' | 'media';
}

export const BLOCK_TYPES: readonly BlockTypeInfo[] = [
  { type: 'kicker', label: ELEMENT_LABELS.kicker, digit: '1', style: 'kicker', placeholder: '引题（可不填）', group: 'head' },
  { type: 'headline', label: ELEMENT_LABELS.headline, digit: '2', style: 'headline', placeholder: '主题（必填）', group: 'head' },
  { type: 'subtitle', label: ELEMENT_LABELS.subtitle, digit: '3', style: 'subtitle', placeholder: '副题（可不填）', group: 'head' },
  {
    type: 'dateline',
    label: ELEMENT_LABELS.dateline,
    digit: '4',
    style: 'dateline',
    placeholder: '电头，如：本报讯 记者 某某',
    group: 'body',
  },
  { type: 'paragraph', label: ELEMENT_LABELS.paragraph, digit: '5', style: 'body', placeholder: '正文', group: 'body' },
  { type: 'subhead', label: ELEMENT_LABELS.subhead, digit: '6', style: 'subhead', placeholder: '小标题', group: 'body' },
  { type: 'quote', label: ELEMENT_LABELS.quote, digit: '7', style: 'quote', placeholder: '引文', group: 'body' },
  { type: 'signature', label: ELEMENT_LABELS.signature, digit: '8', style: 'signature', placeholder: '署名', group: 'body' },
  { type: 'photo', label: ELEMENT_LABELS.photo, digit: '9', style: 'caption', placeholder: '图说：写清人物、地点和事件', group: 'media' },
];

export function blockTypeInfo(type: BlockType): BlockTypeInfo {
  return BLOCK_TYPES.find((info) => info.type === type) ?? (BLOCK_TYPES[4] as BlockTypeInfo);
}

export function blockTypeForDigit(digit: string): BlockType | undefined {
  return BLOCK_TYPES.find((info) => info.digit === digit)?.type;
}
