// The whitelist read of the converter's HTML, fed markup the converter would never write, and
// the printed conventions (电头, credits, signatures) the structure is recognised by.
import { describe, expect, it } from 'vitest';
import { htmlToBlocks } from '../../../electron/services/import/html-blocks';
import { isSignatureText, splitDateline } from '../../../shared/import/name-patterns';
import { splitTrailingCredit } from '../../../shared/import/photo-credits';

describe('htmlToBlocks', () => {
  it('keeps only text: scripts and styles go with their content, links and unknown tags leave their words', () => {
    const html =
      '<h1>标题<script>alert("x")</script></h1><style>p{}</style>' +
      '<p onclick="steal()">详见<a href="javascript:alert(1)">官网</a><iframe src="https://evil.example">内嵌</iframe>。</p>' +
      '<p><img src="https://evil.example/a.png" /><img src="kfq-image:0" alt="x" /><span>图说</span></p>' +
      '<p>甲 &lt;b&gt; &amp; &#x4E59; &#0; &bogus;</p>';
    expect(htmlToBlocks(html)).toEqual([
      { kind: 'text', hint: 'headline', text: '标题', bold: false },
      { kind: 'text', hint: 'body', text: '详见官网。', bold: false },
      { kind: 'image', index: 0 },
      { kind: 'text', hint: 'body', text: '图说', bold: false },
      { kind: 'text', hint: 'body', text: '甲 <b> & 乙 \ufffd &bogus;', bold: false },
    ]);
  });

  it('marks wholly bold paragraphs, splits at line breaks and drops footnote back-links', () => {
    const html =
      '<p><strong>一、</strong> <strong>加快发展</strong></p><p>部分<strong>加粗</strong></p>' +
      '<p>第一行<br />第二行</p><p class="caption">图说</p><h3>三级</h3>' +
      '<ol><li id="footnote-1"><p>注释 <a href="#footnote-ref-1">↑</a></p></li></ol>';
    expect(htmlToBlocks(html)).toEqual([
      { kind: 'text', hint: 'body', text: '一、 加快发展', bold: true },
      { kind: 'text', hint: 'body', text: '部分加粗', bold: false },
      { kind: 'text', hint: 'body', text: '第一行', bold: false },
      { kind: 'text', hint: 'body', text: '第二行', bold: false },
      { kind: 'text', hint: 'caption', text: '图说', bold: false },
      { kind: 'text', hint: 'subhead', text: '三级', bold: false },
      { kind: 'text', hint: 'body', text: '注释', bold: false },
    ]);
  });

  it('removes invisible and direction-changing characters', () => {
    expect(htmlToBlocks('<p>\u3000\u3000正\u200b文\u202e倒\u202c序\t结束 </p>')).toEqual([
      { kind: 'text', hint: 'body', text: '正文倒序 结束', bold: false },
    ]);
  });
});

describe('draft conventions, read by the shared rules', () => {
  it.each([
    [
      '科学导报讯 记者王波 通讯员李明 7月3日，会议召开。',
      { dateline: '科学导报讯', byline: '记者王波 通讯员李明', rest: ' 7月3日，会议召开。' },
    ],
    ['本报讯（记者 赵雪 通讯员 钱程）近日，园区……', { dateline: '本报讯', byline: '（记者 赵雪 通讯员 钱程）', rest: '近日，园区……' }],
    ['科学导报讯 近日，园区……', { dateline: '科学导报讯', byline: '', rest: ' 近日，园区……' }],
  ])('splits the 电头 of %s', (text, parts) => {
    expect(splitDateline(text)).toEqual(parts);
  });

  it('leaves paragraphs without a 电头 alone', () => {
    expect(splitDateline('据科学导报讯，……')).toBeNull();
  });

  it.each([
    ['图为科研人员在实验室工作。■ 张三摄', ['图为科研人员在实验室工作。', '■ 张三摄']],
    ['园区夜景（李四 摄）', ['园区夜景', '（李四 摄）']],
    ['新投产的生产线。 园区管委会供图', ['新投产的生产线。', '园区管委会供图']],
    ['工人们正在拍摄宣传片', null],
  ])('splits the credit of %s', (text, parts) => {
    expect(splitTrailingCredit(text)).toEqual(parts);
  });

  it.each(['刘晓华', '记者 王波 李明'])('takes %s as a signature', (text) => {
    expect(isSignatureText(text)).toBe(true);
  });

  it.each(['园区今年引进项目十二个。', '下转A2版', '这是一段较长的正文内容并不是署名'])('does not take %s as a signature', (text) => {
    expect(isSignatureText(text)).toBe(false);
  });
});
