// The Chinese type-size table (号数制): editors choose sizes by name, the engine works in points.
import { pt, type Pt } from './units';

export const HAO_SIZES = [
  { name: '初号', pt: 42 },
  { name: '小初', pt: 36 },
  { name: '一号', pt: 26 },
  { name: '小一', pt: 24 },
  { name: '二号', pt: 22 },
  { name: '小二', pt: 18 },
  { name: '三号', pt: 16 },
  { name: '小三', pt: 15 },
  { name: '四号', pt: 14 },
  { name: '小四', pt: 12 },
  { name: '五号', pt: 10.5 },
  { name: '小五', pt: 9 },
  { name: '六号', pt: 7.5 },
  { name: '小六', pt: 6.5 },
  { name: '七号', pt: 5.5 },
  { name: '八号', pt: 5 },
] as const;

export type HaoName = (typeof HAO_SIZES)[number]['name'];

export const HAO_NAMES: readonly HaoName[] = HAO_SIZES.map((size) => size.name);

export function haoToPt(name: HaoName): Pt {
  const size = HAO_SIZES.find((entry) => entry.name === name);
  if (!size) throw new RangeError(`unknown 号: ${String(name)}`);
  return pt(size.pt);
}

/** The 号 name of an exact size, or undefined for sizes between the table's steps. */
export function ptToHao(size: Pt): HaoName | undefined {
  return HAO_SIZES.find((entry) => Math.abs(entry.pt - size) < 1e-6)?.name;
}

/** A label for the UI: "小五（9 pt）", or "9.5 pt" for sizes off the table. */
export function formatTypeSize(size: Pt): string {
  const name = ptToHao(size);
  return name ? `${name}（${size} pt）` : `${size} pt`;
}
