// Import of adversarial texts (adversarial-texts.ts) at 1 MB and 10 MB, as `kfq import` reads a
// file: strict UTF-8 decoding, then the importer. Each must take at most 2 s per MB; a quadratic
// step shows as a 10 MB figure far above ten times the 1 MB one.
import { decodeImportText } from '../../electron/cli/commands/import';
import { importText } from '../../shared/import/import-text';
import { adversarialTexts } from './adversarial-texts';

export const IMPORT_BUDGET_MS_PER_MB = 2000;
const SIZES_MB = [1, 10];

export interface ImportFigure {
  name: string;
  label: string;
  megabytes: number;
  ms: number;
  msPerMb: number;
  articles: number;
  withinBudget: boolean;
}

export function measureImports(): ImportFigure[] {
  const figures: ImportFigure[] = [];
  for (const megabytes of SIZES_MB) {
    for (const { name, label, text } of adversarialTexts(megabytes * 1048576)) {
      const bytes = new TextEncoder().encode(text);
      const started = performance.now();
      const result = importText(decodeImportText(bytes, `${name}.md`));
      const ms = performance.now() - started;
      const size = bytes.length / 1048576;
      const msPerMb = ms / size;
      figures.push({
        name,
        label,
        megabytes: size,
        ms,
        msPerMb,
        articles: result.articles.length,
        withinBudget: msPerMb <= IMPORT_BUDGET_MS_PER_MB,
      });
    }
  }
  return figures;
}

export function importLines(figures: readonly ImportFigure[]): string[] {
  const lines = [`对抗性文本导入（上限 ${IMPORT_BUDGET_MS_PER_MB / 1000} 秒/MB）`];
  for (const figure of figures) {
    const verdict = figure.withinBudget ? '' : '  超出上限';
    lines.push(
      `  ${figure.megabytes.toFixed(1).padStart(5)} MB ${figure.ms.toFixed(0).padStart(7)} ms ${figure.msPerMb.toFixed(0).padStart(6)} ms/MB  ${figure.label}（${figure.name}）${verdict}`,
    );
  }
  return lines;
}
