// Page selections as editors write them: "A1,A3-A5" → the labels A1, A3, A4, A5 in page order.
import { DomainError } from '../../../shared/model/errors';

export function selectPages(labels: readonly string[], selection: string | undefined): string[] {
  if (selection === undefined || selection.trim() === '') return [...labels];
  const chosen = new Set<string>();
  for (const part of selection.split(/[,，]/).map((piece) => piece.trim().toUpperCase())) {
    if (part === '') continue;
    const [from, to, ...rest] = part.split(/[-–~]/).map((piece) => piece.trim());
    const start = labels.indexOf(from ?? '');
    const end = to === undefined ? start : labels.indexOf(to);
    if (rest.length > 0 || start < 0 || end < 0 || end < start) {
      throw new DomainError('INVALID_ARGUMENT', `版面范围“${part}”无效：可用的版面是 ${labels.join('、')}，写法如 A1,A3-A5。`, part);
    }
    for (let index = start; index <= end; index += 1) chosen.add(labels[index]!);
  }
  return labels.filter((label) => chosen.has(label));
}
