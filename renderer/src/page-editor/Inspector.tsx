// 属性: the selected block's position and size in 栏 × 行 and in mm, its text columns with the
// characters per line they give, the headline's 号 and lines, kicker and subtitle, and the
// continuation link. Every change is one edit command (undoable, refused when it does not fit).
import { textColumnsFit, type EditCommand } from '../../../shared/edit';
import { blockRectPt, pageGeometry } from '../../../shared/layout/geometry';
import { textColumnChars } from '../../../shared/model/grid';
import type { ArticleBlock, Issue } from '../../../shared/model/issue';
import type { PageFormat } from '../../../shared/model/profile';
import { HAO_SIZES, formatTypeSize } from '../../../shared/units/hao';
import { ptToMm, pt } from '../../../shared/units/units';
import { NumberField } from './NumberField';
import { PhotoFields } from './PhotoFields';

interface Props {
  issue: Issue;
  format: PageFormat;
  blockId: string;
  headline: (articleId: string) => string;
  run: (command: EditCommand) => void;
  onFit: (block: ArticleBlock) => void;
}

const mm = (value: number) => `${ptToMm(pt(value)).toFixed(1)} mm`;

export function Inspector(props: Props) {
  const { issue, format, run } = props;
  const pageIndex = issue.pages.findIndex((page) => page.blocks.some((block) => block.id === props.blockId));
  const page = issue.pages[pageIndex];
  const block = page?.blocks.find((candidate) => candidate.id === props.blockId);
  if (!page || !block) return null;
  const geometry = pageGeometry(format, pageIndex);
  const rect = blockRectPt(geometry, block);
  const move = (col: number, line: number) => run({ type: 'moveBlock', blockId: block.id, col, line });
  const resize = (cols: number, lines: number) =>
    run({ type: 'resizeBlock', blockId: block.id, col: block.col, line: block.line, cols, lines });

  return (
    <section className="inspector" aria-label="版块属性" data-inspector={block.id}>
      <h2>版块属性</h2>
      <dl className="inspector-grid">
        <dt>位置</dt>
        <dd>
          第{' '}
          <NumberField
            label="起始栏"
            value={block.col + 1}
            min={1}
            max={format.columns}
            onCommit={(value) => move(value - 1, block.line)}
          />{' '}
          栏，第 <NumberField label="起始行" value={block.line + 1} min={1} max={999} onCommit={(value) => move(block.col, value - 1)} /> 行
          <span className="inspector-note">
            距版心左 {mm(rect.x - geometry.areaX)}，上 {mm(rect.y - geometry.areaY)}
          </span>
        </dd>
        <dt>大小</dt>
        <dd>
          <NumberField label="栏数" value={block.cols} min={1} max={format.columns} onCommit={(value) => resize(value, block.lines)} /> 栏 ×{' '}
          <NumberField label="行数" value={block.lines} min={1} max={999} onCommit={(value) => resize(block.cols, value)} /> 行
          <span className="inspector-note">
            {mm(rect.width)} × {mm(rect.height)}
          </span>
        </dd>
      </dl>
      {block.kind === 'article' && <ArticleFields {...props} block={block} pageLabel={page.label} />}
      {block.kind === 'photo' && <PhotoFields block={block} run={run} />}
    </section>
  );
}

function ArticleFields(props: Props & { block: ArticleBlock; pageLabel: string }) {
  const { block, format, run, issue } = props;
  const emptyFrames = issue.pages.flatMap((page) =>
    page.label === props.pageLabel
      ? []
      : page.blocks.flatMap((candidate) =>
          candidate.kind === 'article' && candidate.articleId === null ? [{ page, frame: candidate }] : [],
        ),
  );
  const target = block.continuesIn
    ? issue.pages.find((page) => page.blocks.some((candidate) => candidate.id === block.continuesIn))
    : undefined;
  const setHeadline = (size: number | null, lines: number | null) => run({ type: 'setHeadline', blockId: block.id, size, lines });
  const setHeadings = (showKicker: boolean, showSubtitle: boolean) =>
    run({ type: 'setHeadings', blockId: block.id, showKicker, showSubtitle });

  return (
    <>
      <p className="inspector-article">{block.articleId ? props.headline(block.articleId) : '空版块（等待本期稿件）'}</p>
      <dl className="inspector-grid">
        <dt>文字栏</dt>
        <dd>
          <select
            aria-label="文字栏数"
            value={block.textColumns}
            onChange={(event) => run({ type: 'setTextColumns', blockId: block.id, textColumns: Number(event.target.value) })}
          >
            {Array.from({ length: block.cols + 1 }, (_, index) => index + 1)
              .filter((columns) => textColumnsFit(format, block.cols, columns))
              .map((columns) => (
                <option key={columns} value={columns}>
                  {columns} 栏（每行 {textColumnChars(format, block.cols, columns)} 字）
                </option>
              ))}
          </select>
        </dd>
        <dt>标题字号</dt>
        <dd>
          <select
            aria-label="标题字号"
            value={block.headlineSize ?? ''}
            onChange={(event) => setHeadline(event.target.value === '' ? null : Number(event.target.value), block.headlineLines)}
          >
            <option value="">按版式（默认）</option>
            {HAO_SIZES.filter((size) => size.pt >= 14).map((size) => (
              <option key={size.name} value={size.pt}>
                {formatTypeSize(pt(size.pt))}
              </option>
            ))}
          </select>
        </dd>
        <dt>标题行数</dt>
        <dd>
          <select
            aria-label="标题行数"
            value={block.headlineLines ?? ''}
            onChange={(event) => setHeadline(block.headlineSize, event.target.value === '' ? null : Number(event.target.value))}
          >
            <option value="">自动</option>
            {[1, 2, 3].map((lines) => (
              <option key={lines} value={lines}>
                {lines} 行
              </option>
            ))}
          </select>
        </dd>
        <dt>引题 / 副题</dt>
        <dd>
          <label>
            <input type="checkbox" checked={block.showKicker} onChange={(event) => setHeadings(event.target.checked, block.showSubtitle)} />{' '}
            引题
          </label>{' '}
          <label>
            <input type="checkbox" checked={block.showSubtitle} onChange={(event) => setHeadings(block.showKicker, event.target.checked)} />{' '}
            副题
          </label>
        </dd>
        <dt>转版</dt>
        <dd>
          {block.continuesIn ? (
            <>
              <span data-continues-in={block.continuesIn}>下转 {target?.label ?? '？'} 版</span>{' '}
              <button type="button" className="link-button" onClick={() => run({ type: 'unlinkContinuation', fromBlockId: block.id })}>
                解除转版
              </button>
            </>
          ) : (
            <select
              aria-label="续排到"
              value=""
              disabled={!block.articleId || emptyFrames.length === 0}
              onChange={(event) =>
                event.target.value && run({ type: 'linkContinuation', fromBlockId: block.id, toBlockId: event.target.value })
              }
            >
              <option value="">{emptyFrames.length === 0 ? '其他版面没有空版块' : '续排到……'}</option>
              {emptyFrames.map(({ page, frame }) => (
                <option key={frame.id} value={frame.id}>
                  {page.label} 版空版块（{frame.cols} 栏 × {frame.lines} 行）
                </option>
              ))}
            </select>
          )}
        </dd>
      </dl>
      {block.articleId && (
        <button type="button" className="button" onClick={() => props.onFit(block)}>
          按正文调整高度
        </button>
      )}
    </>
  );
}
