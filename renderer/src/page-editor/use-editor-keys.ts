// The page editor's keyboard, so a page can be composed without a mouse: Tab / Shift+Tab select the
// next or previous block, arrows nudge by a column or a line (Shift: five lines), Alt + arrows
// resize, Delete removes, Enter opens the article beside the page, Ctrl+Z / Ctrl+Y (Ctrl+Shift+Z)
// undo and redo. Keys typed into a field or the split editor belong to them (the split editor's own
// Ctrl+Z reaches the same history through its editor).
import { useEffect, useRef } from 'react';
import type { EditCommand } from '../../../shared/edit';
import type { Block, Page } from '../../../shared/model/issue';
import type { PageEditor } from './page-editor';

interface Keys {
  editor: PageEditor;
  /** The page in view (the first of a spread). */
  page: Page | undefined;
  openBlock: (blockId: string) => void;
  enabled: boolean;
}

function typingInto(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.closest('.split-editor') !== null;
}

/** Focus on the page area (or nowhere): Tab walks the blocks instead of the controls. */
function onPageArea(target: EventTarget | null): boolean {
  return !(target instanceof HTMLElement) || target === document.body || target.closest('.page-scroll') !== null;
}

function readingOrder(page: Page): Block[] {
  return [...page.blocks].sort((a, b) => a.line - b.line || a.col - b.col);
}

const ARROWS: Record<string, { cols: number; lines: number }> = {
  ArrowLeft: { cols: -1, lines: 0 },
  ArrowRight: { cols: 1, lines: 0 },
  ArrowUp: { cols: 0, lines: -1 },
  ArrowDown: { cols: 0, lines: 1 },
};

export function arrowCommand(blocks: readonly Block[], key: string, shift: boolean, resize: boolean): EditCommand | undefined {
  const step = ARROWS[key];
  if (!step || blocks.length === 0) return undefined;
  const lines = step.lines * (shift ? 5 : 1);
  const commands = blocks.map((block): EditCommand =>
    resize
      ? {
          type: 'resizeBlock',
          blockId: block.id,
          col: block.col,
          line: block.line,
          cols: block.cols + step.cols,
          lines: block.lines + lines,
        }
      : { type: 'moveBlock', blockId: block.id, col: block.col + step.cols, line: block.line + lines },
  );
  return commands.length === 1 ? commands[0] : { type: 'batch', commands };
}

export function useEditorKeys(keys: Keys): void {
  const latest = useRef(keys);
  useEffect(() => {
    latest.current = keys;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const { editor, page, enabled, openBlock } = latest.current;
      if (!enabled || typingInto(event.target)) return;
      const state = editor.getSnapshot();
      const command = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      if (command && !event.altKey && (key === 'z' || key === 'y')) {
        event.preventDefault();
        if (key === 'y' || event.shiftKey) editor.redo();
        else editor.undo();
        return;
      }
      if (command || !page) return;
      const selected = page.blocks.filter((block) => state.selection.includes(block.id));
      if (event.key === 'Tab' && onPageArea(event.target)) {
        event.preventDefault();
        const order = readingOrder(page);
        if (order.length === 0) return;
        const at = order.findIndex((block) => block.id === state.selection[0]);
        const next = at === -1 ? (event.shiftKey ? order.length - 1 : 0) : (at + (event.shiftKey ? -1 : 1) + order.length) % order.length;
        editor.select([order[next]!.id]);
      } else if (event.key === 'Escape') {
        if (state.drag) editor.cancelDrag();
        else editor.select([]);
      } else if ((event.key === 'Delete' || event.key === 'Backspace') && selected.length > 0) {
        event.preventDefault();
        const removes: EditCommand[] = selected.map((block) => ({ type: 'removeBlock', blockId: block.id }));
        editor.execute(removes.length === 1 ? removes[0]! : { type: 'batch', commands: removes });
      } else if (event.key === 'Enter' && selected.length === 1) {
        event.preventDefault();
        openBlock(selected[0]!.id);
      } else if (event.key in ARROWS && selected.length > 0) {
        event.preventDefault();
        const step = arrowCommand(selected, event.key, event.shiftKey, event.altKey);
        if (step) editor.execute(step);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
