// When a reporter's new version met a manuscript the desk had already changed, both were kept:
// each of the two shows a banner that names the other and opens it.
import type { Article } from '../../../shared/model/article';
import { useArticles } from '../library/use-articles';
import { Banner } from '../ui/Banner';
import { CONFLICT_LABELS } from './FilingMark';

interface Props {
  article: Article;
  onOpenArticle: (id: string) => void;
}

export function ConflictBanners(props: Props) {
  const entries = useArticles() ?? [];
  const { article } = props;
  const conflictOf = article.source?.conflictOf;
  const base = conflictOf ? entries.find((entry) => entry.id === conflictOf.articleId) : undefined;
  const copies = entries.filter((entry) => entry.source?.conflictOf?.articleId === article.id);
  const deskDid = conflictOf?.reason === 'approved' ? '审定' : '修改';
  return (
    <>
      {conflictOf && article.source && (
        <Banner
          tone="warning"
          testId="filing-conflict-banner"
          title={CONFLICT_LABELS[conflictOf.reason]}
          actions={
            <button type="button" className="button" onClick={() => props.onOpenArticle(conflictOf.articleId)}>
              打开编辑部的版本
            </button>
          }
        >
          这是记者{article.source.author}提交的第 {article.source.revision} 版。编辑部此前已{deskDid}过
          {base ? `《${base.headline}》` : '原稿'}，为免覆盖，来稿另存为这篇稿件；两个版本都已保留，请比较后决定采用哪一版。
        </Banner>
      )}
      {copies.map((copy) => (
        <Banner
          key={copy.id}
          tone="warning"
          testId="incoming-version-banner"
          title="有冲突：记者又提交了新版本"
          actions={
            <button type="button" className="button" onClick={() => props.onOpenArticle(copy.id)}>
              打开来稿版本（第 {copy.source?.revision} 版）
            </button>
          }
        >
          记者提交的第 {copy.source?.revision} 版没有覆盖这篇稿件上编辑部的工作，而是另存为《{copy.headline}》；两个版本都已保留。
        </Banner>
      ))}
    </>
  );
}
