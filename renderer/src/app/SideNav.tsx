// The left navigation between the two work areas.
import type { Route } from './route';

interface Item {
  view: 'library' | 'issues';
  label: string;
  hint: string;
  icon: string;
}

const ITEMS: readonly Item[] = [
  { view: 'library', label: '稿件库', hint: '写稿、改稿、审稿', icon: '稿' },
  { view: 'issues', label: '期次与版面', hint: '期号、版名、责任编辑', icon: '版' },
];

export function SideNav(props: { route: Route; onNavigate: (route: Route) => void }) {
  const current = props.route.view === 'article' ? 'library' : props.route.view === 'page' ? 'issues' : props.route.view;
  return (
    <nav className="side-nav" aria-label="主导航">
      {ITEMS.map((item) => (
        <button
          key={item.view}
          type="button"
          className={`nav-item${current === item.view ? ' is-active' : ''}`}
          aria-current={current === item.view ? 'page' : undefined}
          onClick={() => props.onNavigate({ view: item.view })}
        >
          <span className="nav-icon" aria-hidden="true">
            {item.icon}
          </span>
          <span className="nav-text">
            <span className="nav-label">{item.label}</span>
            <span className="nav-hint">{item.hint}</span>
          </span>
        </button>
      ))}
    </nav>
  );
}
