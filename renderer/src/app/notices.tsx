// Notices shown above the work area: errors from the API stay until dismissed (they need reading),
// confirmations fade after a few seconds. Notices are view state and never saved.
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ErrorInfo } from '../../../shared/model/errors';

export interface NoticeAction {
  label: string;
  run: () => void;
}

export interface Notice {
  id: number;
  /** info and warning are news from outside (a filed package arrived); they stay until dismissed. */
  kind: 'error' | 'success' | 'info' | 'warning';
  title: string;
  message: string;
  code?: string;
  action?: NoticeAction;
}

interface NoticeApi {
  notices: readonly Notice[];
  showError(action: string, error: ErrorInfo): void;
  showSuccess(message: string): void;
  show(notice: Omit<Notice, 'id'>): void;
  dismiss(id: number): void;
}

const NoticeContext = createContext<NoticeApi | null>(null);
const SUCCESS_MS = 3_500;
const MAX_NOTICES = 4;

export function NoticeProvider(props: { children: ReactNode }) {
  const [notices, setNotices] = useState<Notice[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setNotices((list) => list.filter((notice) => notice.id !== id)), []);
  const push = useCallback(
    (notice: Omit<Notice, 'id'>) => {
      const id = nextId.current++;
      setNotices((list) => [...list.filter((other) => other.message !== notice.message), { ...notice, id }].slice(-MAX_NOTICES));
      if (notice.kind === 'success') window.setTimeout(() => dismiss(id), SUCCESS_MS);
    },
    [dismiss],
  );
  const showError = useCallback(
    (action: string, error: ErrorInfo) => push({ kind: 'error', title: action, message: error.message, code: error.code }),
    [push],
  );
  const showSuccess = useCallback((message: string) => push({ kind: 'success', title: '', message }), [push]);
  const value = useMemo(() => ({ notices, showError, showSuccess, show: push, dismiss }), [notices, showError, showSuccess, push, dismiss]);
  return <NoticeContext.Provider value={value}>{props.children}</NoticeContext.Provider>;
}

export function useNotices(): NoticeApi {
  const notices = useContext(NoticeContext);
  if (!notices) throw new Error('NoticeProvider missing');
  return notices;
}
