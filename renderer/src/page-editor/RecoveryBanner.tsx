// 恢复未保存的版面: layout composed but not saved when the workstation stopped, offered back.
import type { IssueRecoveryEntry } from '../../../shared/model/issue-recovery';
import { formatDateTime } from '../format/dates';
import { Banner } from '../ui/Banner';

interface Props {
  entry: IssueRecoveryEntry;
  onRestore: () => void;
  onDiscard: () => void;
}

export function RecoveryBanner(props: Props) {
  return (
    <Banner
      tone="warning"
      title="有未保存的版面"
      testId="issue-recovery"
      actions={
        <>
          <button type="button" className="button button-primary" onClick={props.onRestore}>
            恢复未保存的版面
          </button>
          <button type="button" className="button" onClick={props.onDiscard}>
            放弃
          </button>
        </>
      }
    >
      {`${formatDateTime(props.entry.savedAt)} 排的版面还没有保存就中断了。恢复后可以撤销。`}
    </Banner>
  );
}
