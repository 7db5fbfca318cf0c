// applyEdit: the one entry point for layout edits. Dispatches the command, validates the result
// against the issue schema, and makes sure the inverse it returns restores the issue exactly
// (when the data is unusual enough that the command's own inverse would not, the inverse puts the
// changed pages back as they were). The input issue is never mutated.
import { issueSchema, type Issue } from '../model/issue';
import type { PageFormat } from '../model/profile';
import { linkContinuation, unlinkContinuation } from './continuation-edits';
import { setArticle, setHeadings, setHeadline, setTextColumns } from './article-edits';
import { setPhoto } from './photo-edits';
import { setWaiver } from './waiver-edits';
import { addBlock, moveBlock, removeBlock, resizeBlock } from './block-edits';
import type { EditCommand, EditOptions, EditOutcome } from './edit-commands';
import { applyInOrder, type EditContext } from './edit-context';
import { findPage } from './issue-blocks';
import { refuse } from './refusals';
import { sameValue } from './same-value';

function restorePages(issue: Issue, command: Extract<EditCommand, { type: 'restorePages' }>): EditOutcome {
  const pages = [...issue.pages];
  const previous = [];
  for (const page of command.pages) {
    const found = findPage(issue, page.id);
    if (!found) return refuse('UNKNOWN_PAGE', `找不到版面 ${page.id}，未恢复。`);
    previous.push(found.page);
    pages[found.pageIndex] = page;
  }
  return { ok: true, issue: { ...issue, pages }, inverse: { type: 'restorePages', pages: previous } };
}

function dispatch(context: EditContext, issue: Issue, command: EditCommand): EditOutcome {
  switch (command.type) {
    case 'addBlock':
      return addBlock(context, issue, command);
    case 'moveBlock':
      return moveBlock(context, issue, command);
    case 'resizeBlock':
      return resizeBlock(context, issue, command);
    case 'removeBlock':
      return removeBlock(context, issue, command);
    case 'setTextColumns':
      return setTextColumns(context, issue, command);
    case 'setHeadline':
      return setHeadline(context, issue, command);
    case 'setHeadings':
      return setHeadings(context, issue, command);
    case 'setArticle':
      return setArticle(context, issue, command);
    case 'setPhoto':
      return setPhoto(context, issue, command);
    case 'setWaiver':
      return setWaiver(issue, command);
    case 'linkContinuation':
      return linkContinuation(context, issue, command);
    case 'unlinkContinuation':
      return unlinkContinuation(context, issue, command);
    case 'batch':
      return applyInOrder(context, issue, command.commands);
    case 'restorePages':
      return restorePages(issue, command);
  }
}

/** The pages the edit replaced, as they were before it. */
function changedPages(before: Issue, after: Issue): Issue['pages'] {
  return before.pages.filter((page, index) => after.pages[index] !== page);
}

export function applyEdit(issue: Issue, format: PageFormat, command: EditCommand, options: EditOptions = {}): EditOutcome {
  const context: EditContext = { format, options, apply: (current, next) => dispatch(context, current, next) };
  const outcome = dispatch(context, issue, command);
  if (!outcome.ok || options.preview) return outcome;
  const checked = issueSchema.safeParse(outcome.issue);
  if (!checked.success) {
    const reason = checked.error.issues[0]?.message ?? '数据不符合格式';
    return refuse('INVALID_ISSUE', `修改后的期次数据无效（${reason}），未修改。`);
  }
  const undone = dispatch(context, outcome.issue, outcome.inverse);
  if (undone.ok && sameValue(undone.issue, issue)) return outcome;
  return { ...outcome, inverse: { type: 'restorePages', pages: changedPages(issue, outcome.issue) } };
}
