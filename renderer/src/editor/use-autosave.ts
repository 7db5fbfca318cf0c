// Autosave to the recovery journal: every `intervalMs`, content that differs from the saved
// article and from the last journal write is written, and once more when the editor closes.
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import type { ArticleNode } from '../../../shared/model/article';
import { useApi } from '../api/api-context';
import { useNotices } from '../app/notices';
import { contentKey } from './content-json';

interface Options {
  articleId: string;
  baseRev: number | undefined;
  contentRef: RefObject<ArticleNode[]>;
  savedKey: string;
  intervalMs: number;
  /** Off while the user decides about an older journal entry, so it is not overwritten. */
  enabled: boolean;
}

export function useAutosave(options: Options): void {
  const api = useApi();
  const { showError } = useNotices();
  const journaledKey = useRef('');
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });

  const flush = useCallback(async () => {
    const { articleId, baseRev, contentRef, savedKey, enabled } = latest.current;
    if (!enabled || baseRev === undefined) return;
    const content = contentRef.current;
    const key = contentKey(content);
    if (key === savedKey || key === journaledKey.current) return;
    journaledKey.current = key;
    const result = await api.writeRecovery({ articleId, baseRev, content });
    if (!result.ok) {
      journaledKey.current = '';
      showError('自动保存失败', result.error);
    }
  }, [api, showError]);

  useEffect(() => {
    if (!options.enabled) return;
    const timer = window.setInterval(() => void flush(), options.intervalMs);
    return () => window.clearInterval(timer);
  }, [options.enabled, options.intervalMs, flush]);

  // Leaving the editor journals what is still unsaved, so reopening offers it back.
  useEffect(() => () => void flush(), [flush]);
}
