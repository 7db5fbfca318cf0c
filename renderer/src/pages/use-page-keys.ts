// The page view's keyboard, as layout editors know it: Ctrl+0 fit page, Ctrl+1 100 %, Ctrl + plus /
// minus zoom, PageUp / PageDown previous or next page, Ctrl+E export, Escape leaves the selection.
// Keys typed into the split editor or any field belong to them.
import { useEffect, useRef } from 'react';
import type { ZoomMode } from './zoom';

interface Keys {
  zoomBy: (direction: 1 | -1) => void;
  setZoom: (mode: ZoomMode) => void;
  goToPage: (offset: number) => void;
  exportPdf: () => void;
  escape: () => void;
  enabled: boolean;
}

function typingInto(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.closest('.split-editor') !== null;
}

export function usePageKeys(keys: Keys): void {
  const latest = useRef(keys);
  useEffect(() => {
    latest.current = keys;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const current = latest.current;
      if (!current.enabled) return;
      const command = event.ctrlKey || event.metaKey;
      if (command && !event.altKey) {
        const handled = (() => {
          switch (event.key) {
            case '0':
              current.setZoom({ kind: 'fit-page' });
              return true;
            case '1':
              current.setZoom({ kind: 'percent', percent: 100 });
              return true;
            case '=':
            case '+':
              current.zoomBy(1);
              return true;
            case '-':
              current.zoomBy(-1);
              return true;
            case 'e':
            case 'E':
              current.exportPdf();
              return true;
            default:
              return false;
          }
        })();
        if (handled) event.preventDefault();
        return;
      }
      if (typingInto(event.target)) return;
      if (event.key === 'PageDown' || event.key === 'PageUp') {
        event.preventDefault();
        current.goToPage(event.key === 'PageDown' ? 1 : -1);
      } else if (event.key === 'Escape') {
        current.escape();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
