// One page of the open issue: label, 版名 and 责任编辑 (editable), a to-scale miniature, and the
// list of its blocks with their grid positions. Article blocks open the article on click.
import type { Page } from '../../../shared/model/issue';
import type { PublicationProfile } from '../../../shared/model/profile';
import { BLOCK_KIND_LABELS, blockPosition, blockTitle, pageArticleCount } from './page-blocks';
import { PageThumbnail } from './PageThumbnail';

interface Props {
  page: Page;
  index: number;
  profile: PublicationProfile;
  headlines: ReadonlyMap<string, string>;
  onChange: (change: Partial<Pick<Page, 'name' | 'editor'>>) => void;
  onOpenArticle: (articleId: string) => void;
  onOpenPage: () => void;
}

export function PageCard(props: Props) {
  const { page } = props;
  return (
    <article className="page-card" data-testid="page-card" data-page={page.label} aria-label={`${page.label}版`}>
      <header className="page-card-head">
        <button
          type="button"
          className="page-label page-open"
          onClick={props.onOpenPage}
          title={`打开 ${page.label} 版面`}
          data-open-page={page.label}
        >
          {page.label}
        </button>
        <label className="field">
          <span className="field-label">版名</span>
          <input
            className="input"
            value={page.name}
            maxLength={20}
            aria-label={`${page.label}版名`}
            onChange={(event) => props.onChange({ name: event.target.value })}
          />
        </label>
        <label className="field">
          <span className="field-label">责任编辑</span>
          <input
            className="input"
            value={page.editor}
            maxLength={40}
            aria-label={`${page.label}责任编辑`}
            onChange={(event) => props.onChange({ editor: event.target.value })}
          />
        </label>
      </header>
      <div className="page-card-body">
        <button
          type="button"
          className="thumb-open"
          onClick={props.onOpenPage}
          title={`打开 ${page.label} 版面`}
          aria-label={`打开 ${page.label} 版面`}
        >
          <PageThumbnail
            page={page}
            format={props.profile.format}
            recto={props.index % 2 === 0}
            headlines={props.headlines}
            mastheadTitle={props.profile.masthead.title}
          />
        </button>
        <ul className="block-list">
          {page.blocks.map((block) => (
            <li key={block.id} className={`block-item block-${block.kind}`}>
              <span className="block-kind">{BLOCK_KIND_LABELS[block.kind]}</span>
              <span className="block-main">
                {block.kind === 'article' && block.articleId !== null ? (
                  <button type="button" className="link-button block-title" onClick={() => props.onOpenArticle(block.articleId ?? '')}>
                    {blockTitle(block, props.headlines)}
                  </button>
                ) : (
                  <span className="block-title">{blockTitle(block, props.headlines)}</span>
                )}
                <span className="block-pos">{blockPosition(block)}</span>
              </span>
            </li>
          ))}
          {pageArticleCount(page) === 0 && <li className="block-empty">本版还没有稿件</li>}
        </ul>
      </div>
    </article>
  );
}
