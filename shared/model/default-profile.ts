// The built-in profile of 开发区建设 (科学导报), from the front page of a real issue.
// Every value here is editable in the app; nothing in layout hard-codes the publication.
import { mm, pt } from '../units/units';
import type { PageFormat, PublicationProfile, TextStyle } from './profile';

export const FORMAT_PRESET_VALUES: Record<'对开' | '四开', PageFormat> = {
  // 8 columns × 13 characters + 7 gutters = 111 characters of 9 pt ≈ 352 mm type area.
  对开: {
    preset: '对开',
    trimWidth: mm(390),
    trimHeight: mm(540),
    marginTop: mm(20),
    marginBottom: mm(20),
    marginInside: mm(18.8),
    marginOutside: mm(18.8),
    columns: 8,
    columnChars: 13,
    gutterChars: 1,
    bodySize: pt(9),
    bodyLeading: pt(13.5),
  },
  // 6 columns × 11 characters + 5 gutters = 71 characters of 9 pt ≈ 225 mm type area.
  四开: {
    preset: '四开',
    trimWidth: mm(270),
    trimHeight: mm(390),
    marginTop: mm(18),
    marginBottom: mm(17),
    marginInside: mm(22.3),
    marginOutside: mm(22.3),
    columns: 6,
    columnChars: 11,
    gutterChars: 1,
    bodySize: pt(9),
    bodyLeading: pt(13.5),
  },
};

function style(face: TextStyle['face'], bold: boolean, size: number, leading: number): TextStyle {
  return { face, bold, size: pt(size), leading: pt(leading), blackPercent: 100 };
}

export function defaultProfile(): PublicationProfile {
  return {
    name: '开发区建设',
    masthead: {
      title: '开发区建设',
      titleSuffix: '周刊',
      parentPaper: '科学导报',
      paperSlogan: '思想·深度·引导',
      supplementSlogan: '加强开发区建设 推动高质量发展',
      honours: ['全国优秀科技报', '山西省十强报纸', '第二、三届山西出版奖提名奖'],
      founded: '创刊于1984年',
      guidance: '山西省商务厅 指导',
      supervisor: '山西省科学技术协会主管',
      sponsor: '山西科技新闻出版传媒集团有限责任公司主办',
      website: 'http://www.kxdb.com',
      email: 'kfqjszk@163.com',
      cnNumber: 'CN 14-0015',
      distribution: '邮政发行',
      postalCode: '21-465',
    },
    format: { ...FORMAT_PRESET_VALUES.对开 },
    styles: {
      kicker: style('serif', false, 14, 20),
      headline: style('sans', true, 22, 28),
      subtitle: style('serif', false, 12, 18),
      dateline: style('sans', true, 9, 13.5),
      body: style('serif', false, 9, 13.5),
      subhead: style('sans', true, 9, 13.5),
      quote: style('serif', false, 9, 13.5),
      caption: style('sans', false, 7.5, 11),
      credit: style('sans', true, 7.5, 11),
      signature: style('serif', false, 9, 13.5),
      jumpLine: style('sans', false, 9, 13.5),
      pageHeader: style('sans', false, 9, 13.5),
    },
    jumps: { continuedTo: '（下转{page}版）', continuedFrom: '（上接{page}版）' },
    publicationWeekday: 5,
    pagesPerIssue: 8,
    pageLabelPrefix: 'A',
    pageNames: ['要闻', '综合新闻', '园区动态', '招商引资', '创新前沿', '营商环境', '产业观察', '人物·视点'],
    pageEditors: ['王建国', '李文华', '张晓燕', '赵志强', '刘海峰', '陈静', '杨帆', '周敏'],
    lineBreaking: 'gb',
  };
}
