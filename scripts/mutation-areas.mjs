// The areas that mutation testing measures: the files Stryker mutates in each, and the test files
// that judge them (an area's own tests; running every test that imports a file would take the
// whole unit suite for durable-file.ts alone). `npm run mutation` runs the areas one at a time
// (scripts/mutation.mjs); each keeps its own incremental file and report under
// reports/mutation/<area>/, so running one area never throws away what an earlier run learned.
/**
 * The TypeScript checker drops mutants that do not compile. It checks the project an area belongs
 * to (shared/, or electron/ with shared/ under it), not the whole solution: a mutant that compiles
 * there but would break the renderer's or the tests' types is then tested (killed or survived on
 * its merits) instead of dropped, which can only lower a score, and each check takes seconds
 * instead of a rebuild of every project.
 */
const SHARED_TSCONFIG = 'shared/tsconfig.json';
const ELECTRON_TSCONFIG = 'electron/tsconfig.json';

const MODEL_SCHEMAS = ['article', 'audit', 'filing', 'issue', 'profile', 'workspace'].map((name) => `shared/model/${name}.ts`);

const LAYOUT_FLOW = [
  'body-slots',
  'carry',
  'chain',
  'chains',
  'collect',
  'column-feet',
  'copy-fit',
  'distribute',
  'draw-slots',
  'fit',
  'frames',
  'set-text',
  'story-rules',
  'widows',
].map((name) => `shared/layout/${name}.ts`);

export const AREAS = {
  'durable-file': {
    mutate: ['electron/services/durable-file.ts'],
    tsconfig: ELECTRON_TSCONFIG,
    tests: ['test/unit/services/durable-*.test.ts'],
  },
  zip: {
    mutate: ['electron/services/zip/**/*.ts'],
    tsconfig: ELECTRON_TSCONFIG,
    tests: ['test/unit/filing/zip-*.test.ts', 'test/unit/filing/hostile-packages.test.ts', 'test/unit/import-docx/docx-hostile.test.ts'],
  },
  shell: {
    // serve.ts is left out: it starts the shell when imported, so only the end-to-end tests run it
    // (built, from dist/), out of Stryker's reach.
    mutate: ['electron/shell/**/*.ts', '!electron/shell/serve.ts'],
    tsconfig: ELECTRON_TSCONFIG,
    tests: ['test/unit/ipc/shell-*.test.ts', 'test/unit/renderer/socket-api.test.ts'],
  },
  filing: {
    mutate: ['electron/services/filing/**/*.ts'],
    tsconfig: ELECTRON_TSCONFIG,
    tests: ['test/unit/filing/**/*.test.ts'],
  },
  // shared/model in two runs, its zod schemas apart from its rules: many of its tests make a
  // workspace (seconds each), the whole folder did not finish in one sitting, and an area keeps its
  // incremental file only when its run completes.
  model: {
    mutate: ['shared/model/**/*.ts', ...MODEL_SCHEMAS.map((file) => `!${file}`)],
    tsconfig: SHARED_TSCONFIG,
    tests: ['test/unit/model/**/*.test.ts'],
  },
  'model-schemas': {
    mutate: MODEL_SCHEMAS,
    tsconfig: SHARED_TSCONFIG,
    tests: ['test/unit/model/**/*.test.ts'],
  },
  typeset: {
    mutate: ['shared/typeset/**/*.ts'],
    tsconfig: SHARED_TSCONFIG,
    tests: ['test/unit/typeset/**/*.test.ts'],
  },
  // shared/layout in two runs as well (some 3000 mutants in all): the flow of body text through
  // frames, columns and jumps apart from the rest of the page (headlines, masthead, geometry…).
  'layout-flow': {
    mutate: LAYOUT_FLOW,
    tsconfig: SHARED_TSCONFIG,
    tests: ['test/unit/layout/**/*.test.ts'],
  },
  layout: {
    mutate: ['shared/layout/**/*.ts', ...LAYOUT_FLOW.map((file) => `!${file}`)],
    tsconfig: SHARED_TSCONFIG,
    tests: ['test/unit/layout/**/*.test.ts'],
  },
};

export const REPORTS = 'reports/mutation';

export function areaDir(area) {
  return `${REPORTS}/${area}`;
}

// The area a mutated file belongs to: the first whose patterns name its folder or the file itself
// and do not leave it out.
export function areaOf(file) {
  for (const [area, { mutate }] of Object.entries(AREAS)) {
    if (mutate.includes(`!${file}`)) continue;
    for (const pattern of mutate.filter((glob) => !glob.startsWith('!'))) {
      const prefix = pattern.replace(/\/\*\*\/\*\.ts$/, '/');
      if (prefix.endsWith('/') ? file.startsWith(prefix) : file === prefix) return area;
    }
  }
  return undefined;
}
