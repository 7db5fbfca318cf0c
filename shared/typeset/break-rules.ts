// The Chinese line-breaking rule table (禁则) of clreq's GB level and its strict level: which
// classes may not start or end a line. Pure data; the segmenter applies it between atoms.
import type { PublicationProfile } from '../model/profile';
import { CHAR_CLASS_COUNT, CharClass } from './char-classes';

export type LineBreaking = PublicationProfile['lineBreaking'];

export interface BreakRules {
  /** 1 where a character of that class must not begin a line. */
  readonly noStart: Uint8Array;
  /** 1 where a character of that class must not end a line. */
  readonly noEnd: Uint8Array;
}

function table(classes: readonly CharClass[]): Uint8Array {
  const result = new Uint8Array(CHAR_CLASS_COUNT);
  for (const cls of classes) result[cls] = 1;
  return result;
}

const GB_NO_START = [
  CharClass.Close,
  CharClass.Comma,
  CharClass.Stop,
  CharClass.Middle,
  CharClass.Tilde,
  CharClass.LatinClose,
  CharClass.Postfix,
  // A space never starts a line: the break is taken after it.
  CharClass.Space,
];
// GB/T 15834 keeps the solidus off line ends; the strict level is a superset of GB, so it does too.
const GB_NO_END = [CharClass.Open, CharClass.LatinOpen, CharClass.Solidus, CharClass.Slash, CharClass.Prefix];

const RULES: Record<LineBreaking, BreakRules> = {
  gb: { noStart: table(GB_NO_START), noEnd: table(GB_NO_END) },
  strict: { noStart: table([...GB_NO_START, CharClass.Dash, CharClass.Ellipsis]), noEnd: table(GB_NO_END) },
};

export function breakRules(level: LineBreaking): BreakRules {
  return RULES[level];
}

/** Whether a line may break between a character of class `before` and one of class `after`. */
export function canBreakBetween(rules: BreakRules, before: CharClass, after: CharClass): boolean {
  return rules.noEnd[before] === 0 && rules.noStart[after] === 0;
}
