// A banner across the work area for a decision the user has to take (recovery, conflict).
import type { ReactNode } from 'react';

interface Props {
  tone: 'warning' | 'danger';
  title: string;
  children?: ReactNode;
  actions: ReactNode;
  testId?: string;
}

export function Banner(props: Props) {
  return (
    <div className={`banner banner-${props.tone}`} role="alert" data-testid={props.testId}>
      <div className="banner-text">
        <strong>{props.title}</strong>
        {props.children && <span>{props.children}</span>}
      </div>
      <div className="banner-actions">{props.actions}</div>
    </div>
  );
}
