// One open article: loading it (and any unsaved edits from the recovery journal), tracking the
// editor's content, saving with conflict detection, resolving conflicts and changing status.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Descendant } from 'slate';
import type { FiledDraft, RecoveryEntry } from '../../../shared/ipc/contract';
import type { Article, ArticleNode } from '../../../shared/model/article';
import { STATUS_LABELS, type ArticleStatus } from '../../../shared/model/status';
import { useApi, useCall } from '../api/api-context';
import { useNotices } from '../app/notices';
import { contentKey } from './content-json';
import { normalizeContent } from './with-document-rules';

export interface LoadedContent {
  /** Changes whenever other content is loaded, to remount the editor with it. */
  key: number;
  content: Descendant[];
}

export function useArticleDraft(articleId: string) {
  const api = useApi();
  const call = useCall();
  const { showError, showSuccess } = useNotices();
  const [article, setArticle] = useState<Article>();
  const [loaded, setLoaded] = useState<LoadedContent>();
  const [content, setContent] = useState<ArticleNode[]>([]);
  const [savedKey, setSavedKey] = useState('');
  const [recovery, setRecovery] = useState<RecoveryEntry>();
  const [conflict, setConflict] = useState<string>();
  const [saving, setSaving] = useState(false);
  const [missing, setMissing] = useState(false);
  const [filed, setFiled] = useState<FiledDraft>();
  // Refs give save and autosave the latest values without re-creating their callbacks per keystroke.
  const articleRef = useRef<Article>(undefined);
  const contentRef = useRef<ArticleNode[]>([]);

  const adopt = useCallback((next: Article) => {
    articleRef.current = next;
    setArticle(next);
  }, []);

  const load = useCallback(
    (next: Article, shown: readonly ArticleNode[] = next.content) => {
      const normalized = normalizeContent(shown);
      adopt(next);
      contentRef.current = normalized as ArticleNode[];
      setContent(normalized as ArticleNode[]);
      setSavedKey(contentKey(next.content));
      setLoaded((previous) => ({ key: (previous?.key ?? 0) + 1, content: normalized }));
    },
    [adopt],
  );

  useEffect(() => {
    let cancelled = false;
    void Promise.all([api.getArticle(articleId), api.listRecoveries()]).then(([opened, recoveries]) => {
      if (cancelled) return;
      if (!opened.ok) {
        showError('打开稿件失败', opened.error);
        setMissing(true);
        return;
      }
      load(opened.value);
      if (recoveries.ok) setRecovery(recoveries.value.find((entry) => entry.articleId === articleId));
    });
    return () => {
      cancelled = true;
    };
  }, [api, articleId, load, showError]);

  const onContentChange = useCallback((next: ArticleNode[]) => {
    contentRef.current = next;
    setContent(next);
  }, []);

  const save = useCallback(
    async (options: { quiet?: boolean; baseRev?: number } = {}): Promise<Article | undefined> => {
      const current = articleRef.current;
      if (!current) return undefined;
      const sent = contentRef.current;
      setSaving(true);
      const result = await api.saveArticle({ id: current.id, baseRev: options.baseRev ?? current.rev, content: sent, note: '' });
      setSaving(false);
      if (result.ok) {
        adopt(result.value);
        setSavedKey(contentKey(sent));
        setConflict(undefined);
        if (!options.quiet) showSuccess(`稿件已保存（第 ${result.value.rev} 版）`);
        return result.value;
      }
      if (result.error.code === 'CONFLICT') setConflict(result.error.message);
      else showError('保存失败', result.error);
      return undefined;
    },
    [api, adopt, showError, showSuccess],
  );

  /** Conflict: drop the local edits and show the version saved elsewhere; their journal entry goes too. */
  const reloadLatest = useCallback(async () => {
    const latest = await call('载入最新版本失败', api.getArticle(articleId));
    if (!latest) return;
    load(latest);
    setConflict(undefined);
    await call('丢弃未保存的修改失败', api.discardRecovery(articleId));
  }, [api, articleId, call, load]);

  /** Conflict: save the local edits on top of the version saved elsewhere (it stays in the history). */
  const overwrite = useCallback(async () => {
    const latest = await call('保存失败', api.getArticle(articleId));
    if (latest) await save({ baseRev: latest.rev });
  }, [api, articleId, call, save]);

  /** The autosaved edits become the next revision at once (the services record who restored them). */
  const restoreRecovery = useCallback(async () => {
    const restored = await call('恢复未保存的修改失败', api.restoreRecovery(articleId));
    if (!restored) return;
    load(restored);
    setRecovery(undefined);
    showSuccess(`已恢复未保存的修改（第 ${restored.rev} 版）`);
  }, [api, articleId, call, load, showSuccess]);

  const discardRecovery = useCallback(async () => {
    const done = await call('丢弃未保存的修改失败', api.discardRecovery(articleId));
    if (done !== undefined) setRecovery(undefined);
  }, [api, articleId, call]);

  const changeStatus = useCallback(
    async (status: ArticleStatus, note: string, label: string) => {
      // Status follows the content the user sees, so unsaved edits are saved first.
      if (contentKey(contentRef.current) !== savedKey && !(await save({ quiet: true }))) return;
      const current = articleRef.current;
      if (!current) return;
      const changed = await call(`${label}失败`, api.setArticleStatus(current.id, status, note));
      if (!changed) return;
      adopt(changed);
      showSuccess(`${label}：稿件现为“${STATUS_LABELS[changed.status]}”`);
    },
    [api, adopt, call, save, savedKey, showSuccess],
  );

  /** 提交 (reporter mode): saves unsaved edits, then writes the draft package into the outbox. */
  const fileDraft = useCallback(async () => {
    if (contentKey(contentRef.current) !== savedKey && !(await save({ quiet: true }))) return;
    const current = articleRef.current;
    if (!current) return;
    setSaving(true);
    const result = await call('提交失败', api.fileDraft(current.id));
    setSaving(false);
    if (!result) return;
    adopt(result.article);
    setFiled(result);
    showSuccess(
      result.repeated
        ? `稿件没有改动，第 ${result.revision} 版稿件包已重新写入发件箱`
        : `已提交第 ${result.revision} 版，稿件包已写入发件箱`,
    );
  }, [api, adopt, call, save, savedKey, showSuccess]);

  const dirty = article !== undefined && contentKey(content) !== savedKey;
  return {
    article,
    loaded,
    content,
    contentRef,
    dirty,
    savedKey,
    saving,
    missing,
    recovery,
    conflict,
    onContentChange,
    save,
    reloadLatest,
    overwrite,
    restoreRecovery,
    discardRecovery,
    changeStatus,
    filed,
    fileDraft,
  };
}
