// The page rules — paragraphs rebuilt, headline groups before or after their bodies, subheads,
// photos, logos, furniture, repeated passages — and drafts, on pages and drafts written for these tests.
import { describe, expect, it } from 'vitest';
import { importArchivePage, importPlainText, importText, looksLikeArchivePage } from '../../../shared/import/import-text';
import { toImportJson } from '../../../shared/import/imported-article';
import { accountFor } from './account-for';

// A page set in columns of about 18 characters, blank lines between column lines, each headline group after its body.
const COLUMN_PAGE = [
  '科学导报讯 记者周文远 青河经济技术开',
  '发区今年以来聚焦新材料产业，引进项',
  '目 12 个，总投资 36 亿元，园区产值同',
  '比增长两成以上，亩均效益持续提升。',
  '园区还搭建了企业服务平台，实行专班',
  '推进、限时办结，让企业办事更加便捷，',
  '营商环境持续改善。 韩一鸣',
  '青河经济技术开发区',
  '新材料产业集群',
  '加速成形',
  '科学导报讯 白石高新区举办人才招聘',
  '会，四十余家企业提供岗位八百多个，现',
  '场达成就业意向三百余人，招聘会还开',
  '设了政策咨询和技能培训专区，受到求',
  '职者欢迎。',
  '白石高新区人才招聘会',
  '———八百多个岗位虚位以待',
].join('\n\n');

describe('pages set in columns', () => {
  const result = importArchivePage(COLUMN_PAGE);

  it('rebuilds paragraphs and gives each headline group to the body before it', () => {
    expect(result.articles).toHaveLength(2);
    const [first, second] = result.articles;
    expect(first).toMatchObject({
      kicker: '青河经济技术开发区',
      headline: '新材料产业集群加速成形',
      dateline: '科学导报讯',
      byline: '记者周文远',
      signature: '韩一鸣',
    });
    expect(toImportJson(first!).paragraphs).toEqual([
      '青河经济技术开发区今年以来聚焦新材料产业，引进项目12个，总投资36亿元，园区产值同比增长两成以上，亩均效益持续提升。',
      '园区还搭建了企业服务平台，实行专班推进、限时办结，让企业办事更加便捷，营商环境持续改善。',
    ]);
    expect(second).toMatchObject({
      kicker: '',
      headline: '白石高新区人才招聘会',
      subtitle: '——八百多个岗位虚位以待',
      dateline: '科学导报讯',
      byline: '',
    });
    expect(toImportJson(second!).paragraphs).toHaveLength(1);
    expect(accountFor(COLUMN_PAGE, result)).toEqual([]);
  });

  it('is told apart from a draft', () => {
    expect(looksLikeArchivePage(COLUMN_PAGE)).toBe(true);
  });
});

const PARAGRAPH_PAGE = [
  '青河经开区推进会提出',
  '',
  '稳中求进 奋发有为',
  '',
  '科学导报 近日，青河经济技术开发区召开项目推进会，部署下一阶段重点工作。',
  '',
  '会议要求，各园区要紧盯目标，加快项目建设进度，确保年内投产的项目按期',
  '投产，同时做好要素保障。',
  '',
  '抓好项目建设',
  '',
  '会议强调，要把服务企业放在首位。',
  '',
  '韩一鸣',
  '',
  '白石经济技术开发区 数字赋能 打造智慧园区',
  '',
  '科学导报 记者周文远 白石经济技术开发区建成园区数据中心，企业用能一屏可查。',
  '',
  '（下转B2版）',
].join('\n');

describe('pages with one paragraph per line', () => {
  const result = importArchivePage(PARAGRAPH_PAGE);

  it('finds headline groups before their bodies, joins cut paragraphs, keeps short lines as subheads', () => {
    expect(result.articles).toHaveLength(2);
    const [first, second] = result.articles;
    expect(first).toMatchObject({
      kicker: '青河经开区推进会提出',
      headline: '稳中求进 奋发有为',
      dateline: '科学导报',
      signature: '韩一鸣',
    });
    const json = toImportJson(first!);
    expect(json.subheads).toEqual(['抓好项目建设']);
    expect(json.paragraphs).toHaveLength(3);
    expect(json.paragraphs[1]).toBe('会议要求，各园区要紧盯目标，加快项目建设进度，确保年内投产的项目按期投产，同时做好要素保障。');
    expect(second).toMatchObject({
      kicker: '白石经济技术开发区',
      headline: '数字赋能 打造智慧园区',
      byline: '记者周文远',
      jumps: ['下转B2版'],
    });
    expect(result.markers).toEqual([{ kind: 'jump', text: '（下转B2版）' }]);
    expect(accountFor(PARAGRAPH_PAGE, result)).toEqual([]);
  });
});

const MARKDOWN_PAGE = [
  '全国优秀示例报',
  '第3期 总第120期',
  '2025年1月3日 星期五',
  '## 示例周刊',
  '国内统一连续出版物号 CN 99-0001 邮发代号: 99-999',
  '',
  '聚焦“三个突破”',
  '',
  '## 青河:新区建设跑出加速度',
  '',
  '——青河市推进新区建设纪实',
  '',
  '科学导报讯 记者周文远 今年以来,青河市加快新区建设,一季度开工项目30个。',
  '',
  '### 园区新貌',
  '',
  '新区标准化厂房全部完工,企业陆续入驻。',
  '',
  '■ 韩一鸣摄',
  '',
  '### 创新前沿',
  '',
  '“创新是第一动力。”这是白石市企业家的共识。今年以来,白石市出台措施,支持企业建设研',
  '',
  '## 白石:创新平台添动能',
  '',
  '——白石市创新平台建设观察',
  '',
  '发中心,新增省级平台8家。(下转A2版)',
].join('\n');

describe('Markdown-like pages', () => {
  const result = importArchivePage(MARKDOWN_PAGE);

  it('reports the masthead, the logo and the jump; makes a titled photo its own item; lifts a headline out of a sentence', () => {
    const kinds = result.markers.map((marker) => marker.kind);
    expect(kinds.filter((kind) => kind === 'pageFurniture')).toHaveLength(5);
    expect(result.markers.filter((marker) => marker.kind !== 'pageFurniture')).toEqual([
      { kind: 'columnLogo', text: '创新前沿' },
      { kind: 'jump', text: '(下转A2版)' },
    ]);
    expect(result.articles).toHaveLength(3);
    const [lead, photo, feature] = result.articles;
    expect(lead).toMatchObject({
      kicker: '聚焦“三个突破”',
      headline: '青河：新区建设跑出加速度',
      subtitle: '——青河市推进新区建设纪实',
      byline: '记者周文远',
    });
    expect(toImportJson(lead!).paragraphs).toEqual(['今年以来，青河市加快新区建设，一季度开工项目30个。']);
    expect(toImportJson(photo!)).toMatchObject({
      headline: '园区新貌',
      captions: [{ text: '新区标准化厂房全部完工，企业陆续入驻。', credit: '■ 韩一鸣摄' }],
    });
    expect(feature).toMatchObject({ headline: '白石：创新平台添动能', subtitle: '——白石市创新平台建设观察', jumps: ['下转A2版'] });
    expect(toImportJson(feature!).paragraphs).toEqual([
      '“创新是第一动力。”这是白石市企业家的共识。今年以来，白石市出台措施，支持企业建设研发中心，新增省级平台8家。',
    ]);
    expect(accountFor(MARKDOWN_PAGE, result)).toEqual([]);
  });
});

describe('passages an extraction printed twice', () => {
  it('keeps the last copy and reports the earlier one', () => {
    const repeated = '园区全年新增市场主体两百余家，带动就业三千多人，税收同比增长一成半。';
    const page = [
      '第一篇标题',
      '科学导报 第一篇的正文写到这里就结束了。',
      repeated,
      '周文远',
      '（上接A1版）',
      '续篇的正文从这里接着往下写。',
      repeated,
      '周文远',
    ].join('\n\n');
    const result = importArchivePage(page);
    expect(result.articles.map((article) => article.signature)).toEqual(['', '周文远']);
    expect(result.markers.map((marker) => marker.kind)).toEqual(['duplicate', 'duplicate', 'jump']);
    expect(accountFor(page, result)).toEqual([]);
  });
});

const DRAFT = [
  '聚焦主业 做强园区',
  '青河新区：智能装备产业园首期投产',
  '——三个月完成设备安装调试',
  '',
  '科学导报讯 记者周文远 通讯员韩一鸣 6月3日, 青河新区智能装备产业园首期厂房投产. 首期引进企业 8 家。',
  '园区采用“标准厂房+定制服务”模式(先建后租)，企业拎包入驻。',
  '**服务前移 审批提速**',
  '审批窗口下沉到园区，企业办事不出园。',
  '> 我们要让企业少跑腿。',
  '工人在生产线上调试设备。 ■ 周文远摄',
  '下一步，园区将继续完善配套。',
  '                         韩一鸣',
].join('\n');

describe('plain-text drafts', () => {
  it('imports one article: headline group, 电头, body with subhead, quote and caption, signature', () => {
    expect(looksLikeArchivePage(DRAFT)).toBe(false);
    const result = importText(DRAFT);
    expect(result).toEqual(importPlainText(DRAFT));
    expect(result.articles).toHaveLength(1);
    const article = result.articles[0]!;
    expect(article).toMatchObject({
      kicker: '聚焦主业 做强园区',
      headline: '青河新区：智能装备产业园首期投产',
      subtitle: '——三个月完成设备安装调试',
      dateline: '科学导报讯',
      byline: '记者周文远 通讯员韩一鸣',
      signature: '韩一鸣',
    });
    expect(article.body.map((item) => item.kind)).toEqual([
      'paragraph',
      'paragraph',
      'subhead',
      'paragraph',
      'quote',
      'caption',
      'paragraph',
    ]);
    expect(article.body[0]?.text).toBe('6月3日，青河新区智能装备产业园首期厂房投产。首期引进企业8家。');
    expect(article.body[1]?.text).toBe('园区采用“标准厂房+定制服务”模式（先建后租），企业拎包入驻。');
    expect(toImportJson(article).captions).toEqual([{ text: '工人在生产线上调试设备。', credit: '■ 周文远摄' }]);
    expect(accountFor(DRAFT, result)).toEqual([]);
  });

  it('takes the first line as the headline when there is no 电头, and a name inside the text as text', () => {
    const draft = '园区迎来首批企业入驻\n今天，园区迎来首批企业。\n韩一鸣\n企业负责人表示很满意。';
    const [article] = importPlainText(draft).articles;
    expect(article).toMatchObject({ headline: '园区迎来首批企业入驻', dateline: '', signature: '' });
    expect(toImportJson(article!).paragraphs).toHaveLength(3);
  });

  it('imports nothing from an empty draft', () => {
    expect(importText('  \n\n ')).toEqual({ articles: [], markers: [] });
  });
});

describe('headlines without 电头', () => {
  it('takes a long line after a signature for the next headline, not for a cut paragraph', () => {
    const page = [
      '青河新区召开项目推进会',
      '科学导报 青河新区召开项目推进会，部署重点工作。',
      '周文远',
      '白石经济技术开发区管委会主任一行赴青河新区考察交流',
      '日前，白石经济技术开发区管委会主任一行到青河新区考察，双方就园区合作深入交流。',
      '韩一鸣',
    ].join('\n\n');
    const result = importArchivePage(page);
    expect(result.articles.map((article) => [article.headline, article.signature])).toEqual([
      ['青河新区召开项目推进会', '周文远'],
      ['白石经济技术开发区管委会主任一行赴青河新区考察交流', '韩一鸣'],
    ]);
    expect(accountFor(page, result)).toEqual([]);
  });
});
