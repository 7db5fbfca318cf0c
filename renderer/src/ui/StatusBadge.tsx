// A manuscript status as a small coloured label; colour follows the desk's workflow stage.
import { STATUS_LABELS, type ArticleStatus } from '../../../shared/model/status';

export function StatusBadge(props: { status: ArticleStatus }) {
  return <span className={`status-badge status-${props.status}`}>{STATUS_LABELS[props.status]}</span>;
}
