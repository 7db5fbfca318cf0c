// Where a paragraph may end: a finished sentence, or a signature, photo credit or jump line run
// into its last line. Anything else at a line end means a column or page break cut the text.
import { endsSentence } from './char-classes';
import { splitTrailingJump } from './jump-lines';
import { splitTrailingSignature } from './name-patterns';
import { splitTrailingCredit } from './photo-credits';

export function endsParagraph(text: string): boolean {
  return (
    endsSentence(text) || splitTrailingJump(text) !== null || splitTrailingCredit(text) !== null || splitTrailingSignature(text) !== null
  );
}
