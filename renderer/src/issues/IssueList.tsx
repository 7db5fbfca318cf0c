// The list of issues, newest first: 第N期 总第M期 with the date and computed weekday.
import type { IssueIndexEntry } from '../../../shared/model/workspace';
import { issueDate, issueNumbers } from '../format/dates';

interface Props {
  issues: readonly IssueIndexEntry[];
  selectedId: string | undefined;
  onSelect: (id: string) => void;
}

export function IssueList(props: Props) {
  if (props.issues.length === 0) return <div className="empty-state small">还没有期次。</div>;
  return (
    <ul className="issue-list" data-testid="issue-list">
      {props.issues.map((issue) => (
        <li key={issue.id}>
          <button
            type="button"
            className={`issue-item${issue.id === props.selectedId ? ' is-active' : ''}`}
            aria-current={issue.id === props.selectedId ? 'true' : undefined}
            onClick={() => props.onSelect(issue.id)}
          >
            <span className="issue-item-numbers">{issueNumbers(issue)}</span>
            <span className="issue-item-date">{issueDate(issue)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
