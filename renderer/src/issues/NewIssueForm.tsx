// 新建下一期: previews the numbering the services will give (期号, 总期号, date and weekday) and
// accepts an optional publication date. A date that is not a real YYYY-MM-DD is refused here.
// 沿用上一期版式 (on by default when there is a previous issue) starts from that issue's pages.
import { useState } from 'react';
import { isValidIsoDate } from '../../../shared/model/calendar';
import { numberingAmong, previousIssueAmong } from '../../../shared/model/issue-factory';
import type { PublicationProfile } from '../../../shared/model/profile';
import type { IssueIndexEntry } from '../../../shared/model/workspace';
import { useNotices } from '../app/notices';
import { issueDate, issueNumbers } from '../format/dates';

interface Props {
  profile: PublicationProfile;
  /** The existing issues: a typed date is numbered after the latest issue before it, as the services do. */
  issues: readonly IssueIndexEntry[];
  busy: boolean;
  /** `layoutFrom`: the issue whose page layout the new one copies, when 沿用上一期版式 is checked. */
  onCreate: (date: string | undefined, layoutFrom: string | undefined) => Promise<boolean>;
}

function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export function NewIssueForm(props: Props) {
  const { showError } = useNotices();
  const [date, setDate] = useState('');
  const typed = date.trim();
  const [copyLayout, setCopyLayout] = useState(true);
  const previewDate = typed && isValidIsoDate(typed) ? typed : undefined;
  const preview = numberingAmong(props.profile, props.issues, localToday(), previewDate);
  const previous = previousIssueAmong(props.issues, previewDate);

  async function submit() {
    if (typed && !isValidIsoDate(typed)) {
      showError('新建期次失败', {
        code: 'INVALID_ARGUMENT',
        message: `出版日期“${typed}”无效，请按 YYYY-MM-DD 填写真实的日期，例如 ${preview.date}。`,
      });
      return;
    }
    if (await props.onCreate(typed || undefined, copyLayout && previous ? previous.id : undefined)) setDate('');
  }

  return (
    <form
      className="new-issue"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <div className="new-issue-preview" data-testid="new-issue-preview">
        <span>下一期：{issueNumbers(preview)}</span>
        <span className="muted">{issueDate(preview)}</span>
      </div>
      <label className="new-issue-label" htmlFor="new-issue-date">
        出版日期（不填则为下一个出版日）
      </label>
      <div className="new-issue-row">
        <input
          id="new-issue-date"
          className="input"
          value={date}
          placeholder="YYYY-MM-DD"
          onChange={(event) => setDate(event.target.value)}
        />
        <button type="submit" className="button button-primary" disabled={props.busy}>
          新建下一期
        </button>
      </div>
      {previous && (
        <label className="new-issue-copy" data-testid="new-issue-copy-layout">
          <input type="checkbox" checked={copyLayout} onChange={(event) => setCopyLayout(event.target.checked)} />
          沿用上一期版式
          <span className="muted">
            （{issueNumbers(previous)}，{issueDate(previous)}：版名、责任编辑和版块，不带稿件和图片）
          </span>
        </label>
      )}
    </form>
  );
}
