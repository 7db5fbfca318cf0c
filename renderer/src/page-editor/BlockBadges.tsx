// A block's copy-fit badges (超N字, 余N行, 缺字…), each explained in a sentence on hover.
import type { BlockDiagnostics } from '../../../shared/layout/diagnostics';
import { blockBadges } from '../pages/badges';

export function BlockBadges(props: { diagnostics: BlockDiagnostics; textColumns?: number }) {
  const badges = blockBadges(props.diagnostics, props.textColumns);
  if (badges.length === 0) return null;
  return (
    <div className="block-badges">
      {badges.map((badge) => (
        <span
          key={badge.kind}
          className={`block-badge tone-${badge.tone}`}
          title={badge.explain}
          aria-label={badge.explain}
          {...badge.data}
        >
          {badge.text}
          <span className="badge-tip" role="tooltip">
            {badge.explain}
          </span>
        </span>
      ))}
    </div>
  );
}
