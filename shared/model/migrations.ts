// Step-by-step upgrades of older files. Each step takes the raw JSON of version N and returns
// version N+1; files are migrated in memory on open and written in the new version on next save.
//
// Version 1 (the first file format) differed from version 2 in that:
//  - articles stored the status as its Chinese label and had no revision counter;
//  - issues stored a typed `weekday`, pages named the editor `responsibleEditor`, and article
//    blocks had no text-column count, headline arrangement or headline size;
//  - the workspace had no autosave interval and the profile no line-breaking level.
//
// Version 2 differed from version 3 in that issues had no revision counter and article blocks had
// no headline line count nor kicker/subtitle switches (both were always printed). Articles and the
// workspace file did not change.
import type { DocumentKind } from './validate';
import { statusFromLabel } from './status';

type Raw = Record<string, unknown>;
type Step = (raw: Raw) => Raw;

function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function records(value: unknown): Raw[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

const articleV1toV2: Step = (raw) => {
  const status = typeof raw['status'] === 'string' ? (statusFromLabel(raw['status']) ?? raw['status']) : raw['status'];
  const revisions = records(raw['revisions']).map((revision, index) => ({
    ...revision,
    rev: index + 1,
    status: typeof revision['status'] === 'string' ? (statusFromLabel(revision['status']) ?? revision['status']) : revision['status'],
  }));
  return { ...raw, schemaVersion: 2, status, revisions, rev: revisions.length + 1 };
};

const issueV1toV2: Step = (raw) => {
  const { weekday: _typedWeekday, ...rest } = raw;
  const pages = records(raw['pages']).map((page) => {
    const { responsibleEditor, ...pageRest } = page;
    const blocks = records(page['blocks']).map((block) =>
      block['kind'] === 'article'
        ? { textColumns: block['cols'], headline: 'across', headlineSize: null, continuesIn: null, ...block }
        : block,
    );
    return { ...pageRest, editor: typeof responsibleEditor === 'string' ? responsibleEditor : '', blocks };
  });
  return { ...rest, schemaVersion: 2, pages };
};

const issueV2toV3: Step = (raw) => {
  const pages = records(raw['pages']).map((page) => ({
    ...page,
    blocks: records(page['blocks']).map((block) =>
      block['kind'] === 'article' ? { headlineLines: null, showKicker: true, showSubtitle: true, ...block } : block,
    ),
  }));
  return { rev: 1, ...raw, schemaVersion: 3, pages };
};

/** For documents whose shape did not change in a version: only the number moves on. */
const renumber =
  (version: number): Step =>
  (raw) => ({ ...raw, schemaVersion: version });

const workspaceV1toV2: Step = (raw) => {
  const settings = isRecord(raw['settings']) ? raw['settings'] : {};
  const profile = isRecord(raw['profile']) ? raw['profile'] : {};
  return {
    ...raw,
    schemaVersion: 2,
    settings: { autosaveIntervalMs: 2000, ...settings },
    profile: { lineBreaking: 'gb', ...profile },
  };
};

/** STEPS[kind][n] upgrades version n+1 to n+2. */
const STEPS: Record<DocumentKind, readonly Step[]> = {
  article: [articleV1toV2, renumber(3)],
  issue: [issueV1toV2, issueV2toV3],
  workspace: [workspaceV1toV2, renumber(3)],
};

export function migrate(kind: DocumentKind, raw: Raw, fromVersion: number, toVersion: number): Raw {
  let current = raw;
  for (let version = fromVersion; version < toVersion; version += 1) {
    const step = STEPS[kind][version - 1];
    if (!step) throw new RangeError(`no migration for ${kind} v${version}`);
    current = step(current);
  }
  return current;
}
