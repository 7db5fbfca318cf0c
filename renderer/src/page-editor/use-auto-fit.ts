// Fits a block's depth to its text once the page's own layout has measured it: after a library
// drop (folded into the drop's history entry) or on 按正文调整高度. A few rounds at most, since a
// change of depth can move a line break and so the count.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PageDocumentState } from '../pages/page-document';
import type { PageEditor } from './page-editor';
import { fitLines } from './placement';

const MAX_ROUNDS = 4;

export function useAutoFit(editor: PageEditor, layout: PageDocumentState): (blockId: string, merge: boolean) => void {
  const pending = useRef<{ blockId: string; merge: boolean; rounds: number } | undefined>(undefined);
  // A request when the layout has already settled must still run once.
  const [requests, setRequests] = useState(0);

  useEffect(() => {
    const job = pending.current;
    if (!job || !layout.settled) return;
    const issue = editor.getSnapshot().issue;
    const format = layout.profile?.format;
    const page = issue?.pages.find((candidate) => candidate.blocks.some((block) => block.id === job.blockId));
    const block = page?.blocks.find((candidate) => candidate.id === job.blockId);
    const diagnostics = layout.diagnostics.get(job.blockId);
    if (!page || !block || !format || !diagnostics || layout.issue !== issue) return;
    const lines = job.rounds < MAX_ROUNDS ? fitLines(page, format, block, diagnostics) : undefined;
    if (lines === undefined) {
      pending.current = undefined;
      return;
    }
    job.rounds += 1;
    const command = { type: 'resizeBlock', blockId: block.id, col: block.col, line: block.line, cols: block.cols, lines } as const;
    if (!editor.execute(command, { merge: job.merge || job.rounds > 1 })) pending.current = undefined;
  }, [editor, layout, requests]);

  return useCallback((blockId: string, merge: boolean) => {
    pending.current = { blockId, merge, rounds: 0 };
    setRequests((count) => count + 1);
  }, []);
}
