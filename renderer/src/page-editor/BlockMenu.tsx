// The right-click menu of a block: the same actions as the keys and the inspector.
import { useEffect, useRef } from 'react';

export interface MenuAction {
  label: string;
  shortcut?: string;
  disabled?: boolean;
  run: () => void;
}

interface Props {
  x: number;
  y: number;
  actions: readonly MenuAction[];
  onClose: () => void;
}

export function BlockMenu(props: Props) {
  const ref = useRef<HTMLUListElement>(null);
  const { onClose } = props;
  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
    const away = (event: PointerEvent) => {
      if (!ref.current?.contains(event.target as Node)) onClose();
    };
    const key = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('pointerdown', away, true);
    window.addEventListener('keydown', key, true);
    return () => {
      window.removeEventListener('pointerdown', away, true);
      window.removeEventListener('keydown', key, true);
    };
  }, [onClose]);
  return (
    <ul className="block-menu" role="menu" ref={ref} style={{ left: props.x, top: props.y }} data-block-menu="">
      {props.actions.map((action) => (
        <li key={action.label} role="none">
          <button
            type="button"
            role="menuitem"
            disabled={action.disabled}
            onClick={() => {
              onClose();
              action.run();
            }}
          >
            <span>{action.label}</span>
            {action.shortcut && <kbd>{action.shortcut}</kbd>}
          </button>
        </li>
      ))}
    </ul>
  );
}
