// .docx drafts as reporters send them, built here with the `docx` package: the headline group,
// 电头 and byline, subheads (styled or bold), a photo with its 图说 and credit, the 署名;
// several articles in one file; links and outside pictures reduced to text.
import { createHash, randomBytes } from 'node:crypto';
import { HeadingLevel } from 'docx';
import { describe, expect, it, vi } from 'vitest';
import { toArticleContent, type ImportedArticle } from '../../../shared/import/imported-article';
import { articleNodeSchema } from '../../../shared/model/article';
import { importDocx } from '../../../electron/services/import/docx-import';
import { buildDocx, editParts, heading, link, picture, readPart, runs, styled, text, TINY_GIF, TINY_JPEG, tinyPng } from './docx-fixtures';

function fakeStore() {
  return vi.fn(async (bytes: Uint8Array, contentType: string) => {
    const extension = contentType === 'image/png' ? 'png' : 'jpg';
    return `${createHash('sha256').update(bytes).digest('hex')}.${extension}`;
  });
}

function allText(article: ImportedArticle): string {
  return JSON.stringify(article);
}

describe('importDocx: one article', () => {
  const photo = tinyPng();
  const draft = () =>
    buildDocx([
      text('聚焦开发区高质量发展'),
      heading('山西综改区打造科技创新高地', HeadingLevel.HEADING_1),
      text('——上半年工作综述'),
      text('科学导报讯 记者王波 通讯员李明 7月3日，山西转型综合改革示范区发布上半年经济运行情况。'),
      runs('今年以来，', { bold: '综改区' }, '坚持创新驱动，新引进项目四十二个。'),
      heading('创新平台加速集聚', HeadingLevel.HEADING_2),
      text('区内已建成各类创新平台一百二十个。'),
      picture(photo),
      text('图为科研人员在实验室工作。■ 张三摄'),
      runs({ bold: '产业链条持续延伸' }),
      text('下一步，综改区将继续优化营商环境。'),
      text('刘晓华'),
    ]);

  it('recovers every part of the headline group, the body in order and the signature', async () => {
    const storeImage = fakeStore();
    const result = await importDocx(await draft(), { storeImage });
    expect(result.markers).toEqual([]);
    expect(result.articles).toHaveLength(1);
    const [article] = result.articles as [ImportedArticle];
    const assetId = `${createHash('sha256').update(photo).digest('hex')}.png`;
    expect(article).toEqual({
      kicker: '聚焦开发区高质量发展',
      headline: '山西综改区打造科技创新高地',
      subtitle: '——上半年工作综述',
      dateline: '科学导报讯',
      byline: '记者王波 通讯员李明',
      body: [
        { kind: 'paragraph', text: '7月3日，山西转型综合改革示范区发布上半年经济运行情况。' },
        { kind: 'paragraph', text: '今年以来，综改区坚持创新驱动，新引进项目四十二个。' },
        { kind: 'subhead', text: '创新平台加速集聚' },
        { kind: 'paragraph', text: '区内已建成各类创新平台一百二十个。' },
        { kind: 'caption', text: '图为科研人员在实验室工作。', credit: '■ 张三摄', assetId },
        { kind: 'subhead', text: '产业链条持续延伸' },
        { kind: 'paragraph', text: '下一步，综改区将继续优化营商环境。' },
      ],
      signature: '刘晓华',
      jumps: [],
    });
    expect(storeImage).toHaveBeenCalledTimes(1);
    const [bytes, contentType] = storeImage.mock.calls[0] as [Uint8Array, string];
    expect(Buffer.from(bytes).equals(Buffer.from(photo))).toBe(true);
    expect(contentType).toBe('image/png');
  });

  it('becomes a valid article document', async () => {
    const [article] = (await importDocx(await draft(), { storeImage: fakeStore() })).articles as [ImportedArticle];
    const content = toArticleContent(article);
    for (const node of content) expect(() => articleNodeSchema.parse(node)).not.toThrow();
    expect(content.map((node) => node.type)).toEqual([
      'kicker',
      'headline',
      'subtitle',
      'dateline',
      'paragraph',
      'paragraph',
      'subhead',
      'paragraph',
      'photo',
      'subhead',
      'paragraph',
      'signature',
    ]);
  });

  it('imports the photo without an asset when no store is given', async () => {
    const [article] = (await importDocx(await draft())).articles as [ImportedArticle];
    expect(article.body.find((item) => item.kind === 'caption')).toEqual({
      kind: 'caption',
      text: '图为科研人员在实验室工作。',
      credit: '■ 张三摄',
      assetId: null,
    });
  });
});

describe('importDocx: several articles and Word styles', () => {
  it('starts an article at each Heading 1, with the short line before it as the next 引题', async () => {
    const docx = await buildDocx([
      heading('园区新增高新技术企业三十家', HeadingLevel.HEADING_1),
      text('本报讯（记者 赵雪）园区今年新认定高新技术企业三十家。'),
      text('这些企业主要集中在新材料和高端装备领域。'),
      text('赵雪'),
      text('创新驱动'),
      heading('科技成果转化再提速', HeadingLevel.TITLE),
      text('科学导报讯 记者孙磊 技术合同成交额同比增长两成。'),
      text('（孙磊 周敏）'),
    ]);
    const { articles, markers } = await importDocx(docx);
    expect(markers).toEqual([]);
    expect(articles.map((article) => [article.kicker, article.headline, article.dateline, article.byline, article.signature])).toEqual([
      ['', '园区新增高新技术企业三十家', '本报讯', '（记者 赵雪）', '赵雪'],
      ['创新驱动', '科技成果转化再提速', '科学导报讯', '记者孙磊', '（孙磊 周敏）'],
    ]);
    expect(articles[0]?.body).toEqual([
      { kind: 'paragraph', text: '园区今年新认定高新技术企业三十家。' },
      { kind: 'paragraph', text: '这些企业主要集中在新材料和高端装备领域。' },
    ]);
    expect(articles[1]?.body).toEqual([{ kind: 'paragraph', text: '技术合同成交额同比增长两成。' }]);
  });

  it('follows the Word styles named for the paper: 引题, 副题, 图说 and 署名', async () => {
    const docx = await buildDocx(
      [
        styled('奋进新征程', '引题'),
        heading('园区经济稳中向好', HeadingLevel.HEADING_1),
        styled('上半年主要指标全部增长', 'Subtitle'),
        text('本报讯 园区上半年生产总值同比增长百分之八。'),
        styled('园区一角', 'Caption'),
        text('各项指标稳中有进。'),
        styled('综合报道', '署名'),
      ],
      ['引题', 'Subtitle', 'Caption', '署名'],
    );
    const [article] = (await importDocx(docx)).articles as [ImportedArticle];
    expect(article).toEqual({
      kicker: '奋进新征程',
      headline: '园区经济稳中向好',
      subtitle: '上半年主要指标全部增长',
      dateline: '本报讯',
      byline: '',
      body: [
        { kind: 'paragraph', text: '园区上半年生产总值同比增长百分之八。' },
        { kind: 'caption', text: '园区一角', credit: '', assetId: null },
        { kind: 'paragraph', text: '各项指标稳中有进。' },
      ],
      signature: '综合报道',
      jumps: [],
    });
  });

  it('yields no article for an empty document', async () => {
    expect(await importDocx(await buildDocx([]))).toEqual({ articles: [], markers: [] });
  });

  it('reads a headline group from plain paragraphs when no heading style is used', async () => {
    const docx = await buildDocx([
      text('数字经济'),
      text('园区算力中心投入运行'),
      text('——总算力达到每秒百亿亿次'),
      text('科学导报讯 记者王波 园区算力中心近日投入运行。'),
      text('下转A2版'),
    ]);
    const [article] = (await importDocx(docx)).articles as [ImportedArticle];
    expect(article).toMatchObject({
      kicker: '数字经济',
      headline: '园区算力中心投入运行',
      subtitle: '——总算力达到每秒百亿亿次',
      dateline: '科学导报讯',
      byline: '记者王波',
      body: [{ kind: 'paragraph', text: '园区算力中心近日投入运行。' }],
      jumps: ['下转A2版'],
    });
  });
});

describe('importDocx: photos', () => {
  it('stores JPEG photos too, with captions credited in brackets or with 供图', async () => {
    const docx = await buildDocx([
      heading('园区新貌', HeadingLevel.HEADING_1),
      picture(TINY_JPEG, 'jpg'),
      text('园区夜景（李四 摄）'),
      picture(tinyPng(0x40)),
      text('新投产的生产线。 园区管委会供图'),
      text('园区面貌焕然一新。'),
    ]);
    const storeImage = fakeStore();
    const [article] = (await importDocx(docx, { storeImage })).articles as [ImportedArticle];
    expect(storeImage.mock.calls.map(([bytes, type]) => [Buffer.from(bytes).equals(Buffer.from(TINY_JPEG)), type])).toEqual([
      [true, 'image/jpeg'],
      [false, 'image/png'],
    ]);
    expect(article.body.map((item) => (item.kind === 'caption' ? [item.text, item.credit, item.assetId?.slice(-4)] : item.text))).toEqual([
      ['园区夜景', '（李四 摄）', '.jpg'],
      ['新投产的生产线。', '园区管委会供图', '.png'],
      '园区面貌焕然一新。',
    ]);
  });

  it('leaves out a picture over 20 MB but keeps its caption', async () => {
    // Random bytes behind a PNG signature: incompressible, so only the picture cap applies.
    const huge = new Uint8Array(21 * 1024 * 1024);
    for (let offset = 0; offset < huge.length; offset += 65536) huge.set(randomBytes(65536), offset);
    huge.set(tinyPng().subarray(0, 8));
    const docx = await buildDocx([heading('大图', HeadingLevel.HEADING_1), picture(huge), text('园区全景 ■ 王五摄')]);
    const storeImage = fakeStore();
    const { articles, markers } = await importDocx(docx, { storeImage });
    expect(storeImage).not.toHaveBeenCalled();
    expect(articles[0]?.body).toEqual([{ kind: 'caption', text: '园区全景', credit: '■ 王五摄', assetId: null }]);
    expect(markers).toEqual([{ kind: 'pageFurniture', text: '图片未导入：图片过大（21.0 MB），上限为 20.0 MB。' }]);
  });
});

describe('importDocx: sanitised output', () => {
  it('keeps a hyperlink as its text, and leaves out pictures linked outside the file or not JPEG/PNG', async () => {
    const base = await buildDocx([
      heading('园区开放日', HeadingLevel.HEADING_1),
      link('报名方式详见', '园区官网', 'https://evil.example/track?id=1', '。'),
      picture(tinyPng(0x20)),
      text('外链图片的说明'),
      picture(TINY_GIF, 'gif'),
    ]);
    // Turn the first picture into a linked one: r:embed → r:link with an external target.
    const documentXml = readPart(base, 'word/document.xml');
    const embedded = /r:embed="([^"]+)"/.exec(documentXml)?.[1] ?? '';
    const rels = readPart(base, 'word/_rels/document.xml.rels').replace(
      '</Relationships>',
      '<Relationship Id="rIdOutside" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" ' +
        'Target="file:///etc/passwd" TargetMode="External"/></Relationships>',
    );
    const docx = editParts(base, {
      'word/document.xml': documentXml.replace(`r:embed="${embedded}"`, 'r:link="rIdOutside"'),
      'word/_rels/document.xml.rels': rels,
    });
    const storeImage = fakeStore();
    const { articles, markers } = await importDocx(docx, { storeImage });
    expect(storeImage).not.toHaveBeenCalled();
    const [article] = articles as [ImportedArticle];
    expect(article.body).toEqual([
      { kind: 'paragraph', text: '报名方式详见园区官网。' },
      { kind: 'caption', text: '外链图片的说明', credit: '', assetId: null },
    ]);
    expect(markers.map((marker) => marker.text)).toEqual([
      expect.stringMatching(/链接到文件外部/),
      expect.stringMatching(/只接受 JPEG 或 PNG.*image\/gif/),
    ]);
    expect(allText(article)).not.toMatch(/evil|https?:|file:|passwd|[<>]/);
  });
});
