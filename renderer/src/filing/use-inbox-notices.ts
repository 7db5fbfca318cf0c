// Turns each package the desk's inbox handled into a notice: what arrived, in which version, and
// a way to open it. Arrivals stay until dismissed, so nothing filed while the editor looked away
// goes unseen; packages imported before this window listened (at start) come from getFilingInfo.
import { useEffect, useRef } from 'react';
import type { InboxArrived, InboxStatus } from '../../../shared/ipc/contract';
import { useApi } from '../api/api-context';
import { useNotices, type Notice } from '../app/notices';
import { useApiEvent } from '../app/use-api-event';

// The message already starts with what happened (收到来稿：… / 来稿冲突：… / 来稿被拒收…), so no title.
const KINDS: Record<InboxStatus, Notice['kind']> = {
  new: 'info',
  updated: 'info',
  duplicate: 'success',
  conflict: 'warning',
  rejected: 'error',
  held: 'warning',
};

export function inboxNotice(arrival: InboxArrived, onOpenArticle: (id: string) => void): Omit<Notice, 'id'> {
  const { articleId } = arrival;
  return {
    kind: KINDS[arrival.status],
    title: '',
    message: arrival.message,
    ...(articleId && arrival.status !== 'duplicate' ? { action: { label: '打开稿件', run: () => onOpenArticle(articleId) } } : {}),
  };
}

const SEEN_KEY = 'kfq-inbox-seen';

/** Arrivals already shown in this window, kept across reloads of the page (view state, never saved). */
function seenArrivals(): Set<string> {
  try {
    return new Set(JSON.parse(window.sessionStorage.getItem(SEEN_KEY) ?? '[]') as string[]);
  } catch {
    return new Set();
  }
}

function markSeen(key: string): boolean {
  const seen = seenArrivals();
  if (seen.has(key)) return false;
  seen.add(key);
  try {
    window.sessionStorage.setItem(SEEN_KEY, JSON.stringify([...seen].slice(-100)));
  } catch {
    // Without storage a reload may show an arrival twice; nothing worse.
  }
  return true;
}

function keyOf(arrival: InboxArrived): string {
  return [arrival.file, arrival.status, arrival.articleId, arrival.revision].join('|');
}

export function useInboxNotices(onOpenArticle: (id: string) => void): void {
  const api = useApi();
  const { show } = useNotices();
  useApiEvent('inboxArrived', (arrival) => {
    if (markSeen(keyOf(arrival))) show(inboxNotice(arrival, onOpenArticle));
  });
  const open = useRef(onOpenArticle);
  useEffect(() => {
    open.current = onOpenArticle;
  });
  // Once per window; later arrivals come as events.
  useEffect(() => {
    let cancelled = false;
    void api.getFilingInfo().then((info) => {
      if (cancelled || !info.ok) return;
      for (const arrival of info.value.recent) if (markSeen(keyOf(arrival))) show(inboxNotice(arrival, (id) => open.current(id)));
    });
    return () => {
      cancelled = true;
    };
  }, [api, show]);
}
