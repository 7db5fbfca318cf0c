// Types of scripts/mutation-areas.mjs for vitest.stryker.config.ts.
export interface MutationArea {
  mutate: string[];
  tsconfig: string;
  tests: string[];
}
export declare const AREAS: Readonly<Record<string, MutationArea>>;
export declare const REPORTS: string;
export declare function areaDir(area: string): string;
export declare function areaOf(file: string): string | undefined;
