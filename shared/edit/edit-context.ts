// What every edit handler gets: the page format for the grid rules, the caller's options, and
// the dispatcher itself, so an edit can be made of smaller ones (removing a linked block unlinks it first).
import type { Issue } from '../model/issue';
import type { PageFormat } from '../model/profile';
import type { EditCommand, EditOptions, EditOutcome } from './edit-commands';

export interface EditContext {
  format: PageFormat;
  options: EditOptions;
  apply: (issue: Issue, command: EditCommand) => EditOutcome;
}

/**
 * Runs commands in order on the evolving issue; the first refusal refuses them all. The inverse
 * undoes them in reverse order.
 */
export function applyInOrder(context: EditContext, issue: Issue, commands: readonly EditCommand[]): EditOutcome {
  let current = issue;
  const inverses: EditCommand[] = [];
  for (const command of commands) {
    const outcome = context.apply(current, command);
    if (!outcome.ok) return outcome;
    current = outcome.issue;
    inverses.unshift(outcome.inverse);
  }
  return { ok: true, issue: current, inverse: inverses.length === 1 ? inverses[0]! : { type: 'batch', commands: inverses } };
}
