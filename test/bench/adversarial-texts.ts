// Texts built to find super-linear work in the importer: long runs of spaces, one huge line,
// hundreds of thousands of tiny paragraphs or title-like lines. Each is `bytes` long in UTF-8
// (to within one repeat). Used by `npm run bench` and by the unit test that guards against a
// quadratic regression.

const encoder = new TextEncoder();

/** `unit` repeated to about `bytes` UTF-8 bytes, between `head` and `tail`. */
function repeatTo(bytes: number, unit: string, head = '', tail = ''): string {
  const fixed = encoder.encode(head + tail).length;
  const count = Math.max(1, Math.floor((bytes - fixed) / encoder.encode(unit).length));
  return head + unit.repeat(count) + tail;
}

/** An indented Markdown list: every item set deeper than the last, up to 2,000 spaces, with hard breaks. */
function indentedList(bytes: number): string {
  const lines: string[] = [];
  let size = 0;
  for (let item = 0; size < bytes; item += 1) {
    const line = `${' '.repeat((item * 37) % 2000)}- 第${item}项 园区建设稳步推进  `;
    lines.push(line);
    size += encoder.encode(line).length + 1;
  }
  return lines.join('\n');
}

export interface AdversarialText {
  name: string;
  /** What it is, in Chinese, for the benchmark's table. */
  label: string;
  text: string;
}

export function adversarialTexts(bytes: number): AdversarialText[] {
  return [
    { name: 'spaceRun', label: '一行中一长串空格', text: repeatTo(bytes, ' ', 'a', 'b') },
    { name: 'spaceRunChinese', label: '中文与标点间的长串空格', text: repeatTo(bytes, ' ', '■（下转，', '开发区。周文远摄') },
    { name: 'indentedList', label: '深缩进的 Markdown 列表', text: indentedList(bytes) },
    { name: 'hugeLine', label: '一整行正文（无换行）', text: repeatTo(bytes, '园区建设稳步推进，产业项目加快落地。') },
    { name: 'tinyParagraphs', label: '大量极短段落', text: repeatTo(bytes, '稳。\n\n') },
    { name: 'titleLines', label: '大量标题式短行', text: repeatTo(bytes, '今日 \n') },
  ];
}
