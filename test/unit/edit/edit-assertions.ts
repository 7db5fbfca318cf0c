// Assertions for edit tests: apply a command to a frozen issue and check that its result validates
// and its inverse restores the issue, or that it is refused.
import { expect } from 'vitest';
import { applyEdit, type EditCommand, type EditOptions, type EditOutcome } from '../../../shared/edit';
import { issueSchema, type Block, type Issue } from '../../../shared/model/issue';
import { deepFreeze } from './deep-freeze';
import { format } from './edit-fixtures';

export function edit(issue: Issue, command: EditCommand, options?: EditOptions): EditOutcome {
  return applyEdit(deepFreeze(issue), format, command, options);
}

/** Applies the command, checks the result validates and its inverse restores the issue; returns the result. */
export function applied(issue: Issue, command: EditCommand, options?: EditOptions): Issue {
  const outcome = edit(issue, command, options);
  if (!outcome.ok) throw new Error(outcome.refusal.message);
  issueSchema.parse(outcome.issue);
  const undone = edit(outcome.issue, outcome.inverse);
  expect(undone.ok && undone.issue).toEqual(issue);
  return outcome.issue;
}

export function refused(issue: Issue, command: EditCommand, options?: EditOptions) {
  const outcome = edit(issue, command, options);
  if (outcome.ok) throw new Error(`not refused: ${JSON.stringify(command)}`);
  return outcome.refusal;
}

export function block(issue: Issue, id: string): Block | undefined {
  return issue.pages.flatMap((page) => page.blocks).find((candidate) => candidate.id === id);
}

export const A2 = 1;
export const A3 = 2;
