// The article editor screen: header, recovery and conflict banners, the Slate editor and the side
// panel. Ctrl+S saves; unsaved edits go to the recovery journal on the workspace's interval.
import { useCallback, useEffect } from 'react';
import { articleCharCount, firstTextOf, type Article, type ArticleNode } from '../../../shared/model/article';
import { UserNameDialog } from '../app/UserNameDialog';
import type { WorkspaceState } from '../app/use-workspace';
import { ConflictBanners } from '../filing/ConflictBanners';
import { formatDateTime } from '../format/dates';
import { Banner } from '../ui/Banner';
import { ArticleEditor } from './ArticleEditor';
import { ArticleHeader } from './ArticleHeader';
import { ArticleSidebar } from './ArticleSidebar';
import { useArticleDraft } from './use-article-draft';
import { useAutosave } from './use-autosave';

interface Props {
  articleId: string;
  workspace: WorkspaceState;
  onClose: () => void;
  onOpenArticle: (id: string) => void;
  /** 'split': beside the page in the page view, where closing saves first and Escape closes. */
  variant?: 'screen' | 'split';
  /** The article as the editor holds it (unsaved text included), on every change: the page reflows. */
  onLiveChange?: (article: Article) => void;
}

export function ArticleView(props: Props) {
  const draft = useArticleDraft(props.articleId);
  const { save, article, onContentChange } = draft;
  const { onLiveChange, onClose } = props;
  const split = props.variant === 'split';

  // The page shows what the editor holds: the stored article when it loads or is saved, and every edit.
  useEffect(() => {
    if (article) onLiveChange?.({ ...article, content: draft.contentRef.current });
  }, [article, draft.contentRef, onLiveChange]);
  const changeContent = useCallback(
    (content: ArticleNode[]) => {
      onContentChange(content);
      if (article) onLiveChange?.({ ...article, content });
    },
    [article, onContentChange, onLiveChange],
  );

  // Beside the page, closing keeps nothing unsaved: the edit is saved first (or the panel stays).
  const close = useCallback(async () => {
    if (split && draft.dirty && draft.recovery === undefined && !(await save({ quiet: true }))) return;
    onClose();
  }, [draft.dirty, draft.recovery, onClose, save, split]);
  useAutosave({
    articleId: props.articleId,
    baseRev: draft.article?.rev,
    contentRef: draft.contentRef,
    savedKey: draft.savedKey,
    intervalMs: props.workspace.settings.autosaveIntervalMs,
    enabled: draft.article !== undefined && draft.recovery === undefined,
  });

  // While unsaved edits from the journal wait for 恢复 or 丢弃, nothing is saved and the status
  // stays: saving the stored text would clear the journal, a new status would make the edits stale.
  const waiting = draft.recovery !== undefined;

  // Ctrl+S anywhere in the editor screen, including the side panel's fields.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        if (!waiting) void save();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [save, waiting]);

  if (draft.missing) {
    return (
      <section className="view">
        <div className="empty-state">
          这篇稿件无法打开。
          <button type="button" className="link-button" onClick={props.onClose}>
            返回稿件库
          </button>
        </div>
      </section>
    );
  }

  const reporter = props.workspace.settings.role === 'reporter';
  const charCount = articleCharCount(draft.content);
  const headline = firstTextOf(draft.content, 'headline').trim();
  return (
    <section
      className={`view article-view${split ? ' is-split' : ''}`}
      aria-label="稿件编辑"
      onKeyDown={(event) => {
        if (split && event.key === 'Escape') {
          event.preventDefault();
          void close();
        }
      }}
    >
      <ArticleHeader
        article={draft.article}
        headline={headline}
        dirty={draft.dirty}
        saving={draft.saving}
        locked={waiting}
        backLabel={split ? '‹ 回到版面' : '‹ 稿件库'}
        onBack={() => void close()}
        onSave={() => void save()}
        {...(reporter ? { onFile: () => void draft.fileDraft() } : {})}
      />
      {draft.article && !reporter && <ConflictBanners article={draft.article} onOpenArticle={props.onOpenArticle} />}
      {draft.recovery && (
        <Banner
          tone="warning"
          testId="recovery-banner"
          title="发现未保存的修改"
          actions={
            <>
              <button type="button" className="button button-primary" onClick={() => void draft.restoreRecovery()}>
                恢复未保存的修改
              </button>
              <button type="button" className="button button-neutral" onClick={() => void draft.discardRecovery()}>
                丢弃
              </button>
            </>
          }
        >
          {formatDateTime(draft.recovery.savedAt)} 自动保存了一份尚未保存的修改。请先选择恢复或丢弃，再继续编辑。
        </Banner>
      )}
      {draft.conflict && (
        <Banner
          tone="danger"
          testId="conflict-banner"
          title="保存冲突：稿件已在别处被修改"
          actions={
            <>
              <button type="button" className="button button-neutral" onClick={() => void draft.reloadLatest()}>
                载入最新版本（放弃我的修改）
              </button>
              <button type="button" className="button button-danger" onClick={() => void draft.overwrite()}>
                以我的版本保存
              </button>
            </>
          }
        >
          {draft.conflict}
        </Banner>
      )}
      {props.workspace.settings.userName.trim() === '' && <UserNameDialog settings={props.workspace.settings} onLeave={props.onClose} />}
      <div className="editor-layout">
        <div className="editor-main">
          {draft.loaded ? (
            <ArticleEditor
              key={draft.loaded.key}
              initialContent={draft.loaded.content}
              profile={props.workspace.profile}
              charCount={charCount}
              readOnly={draft.recovery !== undefined}
              onContentChange={changeContent}
            />
          ) : (
            <div className="loading">正在打开稿件……</div>
          )}
        </div>
        {draft.article && (
          <ArticleSidebar
            article={draft.article}
            charCount={charCount}
            busy={draft.saving || waiting}
            onChangeStatus={draft.changeStatus}
            role={props.workspace.settings.role}
            filed={draft.filed}
          />
        )}
      </div>
    </section>
  );
}
