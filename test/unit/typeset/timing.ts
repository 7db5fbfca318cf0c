// Timing of the typesetting engine over an issue's worth of text (~50,000 characters) with the
// bundled Noto Serif SC; not a test. Reads the page extractions in ../shared/corpus when present.
// Run: npx esbuild test/unit/typeset/timing.ts --bundle --platform=node --format=cjs --log-level=warning --outfile=.tsbuild/typeset-timing.cjs && node .tsbuild/typeset-timing.cjs
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadBundledFonts } from '../../../electron/services/fonts/bundled-fonts';
import type { TextSpan } from '../../../shared/typeset/atoms';
import { typesetParagraph } from '../../../shared/typeset/paragraph';
import { pt } from '../../../shared/units/units';

const ISSUE_CHARACTERS = 50_000;
const FALLBACK =
  '今年以来，开发区新签约项目200个，总投资同比增长15.3%，其中“5G+工业互联网”和AI产业——尤其是新能源（200MW/400MWh储能）项目……进展顺利。';

function paragraphs(): string[] {
  const corpus = path.resolve('..', 'shared', 'corpus');
  const source = existsSync(corpus)
    ? readdirSync(corpus)
        .filter((name) => name.endsWith('.txt'))
        .map((name) => readFileSync(path.join(corpus, name), 'utf8'))
        .join('\n')
    : FALLBACK.repeat(40);
  const lines = source
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  const result: string[] = [];
  let total = 0;
  for (let round = 0; total < ISSUE_CHARACTERS; round++) {
    for (const line of lines) {
      result.push(line);
      total += line.length;
      if (total >= ISSUE_CHARACTERS) break;
    }
  }
  return result;
}

async function main(): Promise<void> {
  const loadStart = performance.now();
  const fonts = await loadBundledFonts();
  const loadMs = performance.now() - loadStart;
  const texts = paragraphs();
  const characters = texts.reduce((sum, text) => sum + text.length, 0);
  const font = fonts['serif-regular'];
  const options = { width: pt(13 * 9), indentEm: 2, lineBreaking: 'gb', alignLast: 'start' } as const;

  const run = (): { ms: number; lines: number } => {
    const start = performance.now();
    let lines = 0;
    for (const text of texts) {
      const span: TextSpan = { text, font, fontKey: 'serif-regular', size: pt(9) };
      lines += typesetParagraph([span], options).lines.length;
    }
    return { ms: performance.now() - start, lines };
  };

  const cold = run();
  const warm: number[] = [];
  for (let i = 0; i < 15; i++) warm.push(run().ms);
  warm.sort((a, b) => a - b);
  const median = warm[Math.floor(warm.length / 2)] ?? 0;
  console.log(`fonts loaded (4 faces) in ${loadMs.toFixed(0)} ms`);
  console.log(`${characters} characters, ${texts.length} paragraphs, ${cold.lines} lines of 13 characters at 9 pt`);
  console.log(`cold ${cold.ms.toFixed(1)} ms; warm median ${median.toFixed(1)} ms, best ${(warm[0] ?? 0).toFixed(1)} ms`);
  console.log(`${(characters / median).toFixed(0)} characters/ms warm`);
}

void main();
