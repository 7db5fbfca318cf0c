// What a new workspace starts with: the content is checked as if it came from a file, and
// workspace.json is built with an index that matches it.
import { z } from 'zod';
import { articleSchema, type Article } from '../../shared/model/article';
import { DomainError } from '../../shared/model/errors';
import type { Issue } from '../../shared/model/issue';
import type { PublicationProfile } from '../../shared/model/profile';
import { SCHEMA_VERSION } from '../../shared/model/version';
import type { Settings, WorkspaceFile } from '../../shared/model/workspace';
import type { KnownAsset } from './asset-store';
import { checkedIssue } from './issue-store';
import { articleIndexEntry, issueIndexEntry } from './workspace-index';
import { LAYOUT_DIRS } from './workspace-layout';
import { checkedProfile, checkedSettings } from './workspace-settings';

export interface WorkspaceContent {
  profile: PublicationProfile;
  issue: Issue;
  articles: Article[];
  /** Photos the issue or articles refer to, written into assets/ with them (the sample's pictures). */
  assets?: readonly KnownAsset[];
}

export const DEFAULT_SETTINGS: Settings = { role: 'editor', userName: '', autosaveIntervalMs: 2000 };

// Files an operating system or a crashed first attempt may leave in an otherwise empty folder.
const IGNORABLE = new Set<string>([...LAYOUT_DIRS, 'Thumbs.db', 'desktop.ini']);

export function isUsableEmptyFolder(names: readonly string[]): boolean {
  return names.every((name) => name.startsWith('.') || IGNORABLE.has(name));
}

export function checkedContent(content: WorkspaceContent): WorkspaceContent {
  const profile = checkedProfile(content.profile);
  const issue = checkedIssue(content.issue);
  const articles = z.array(articleSchema).safeParse(content.articles);
  if (!articles.success) {
    const problem = articles.error.issues[0];
    throw new DomainError('INVALID_ARGUMENT', `初始稿件不符合格式要求：${problem?.path.join('.')}：${problem?.message}`);
  }
  const ids = new Set<string>();
  for (const article of articles.data) {
    if (ids.has(article.id)) throw new DomainError('INVALID_ARGUMENT', `初始稿件编号重复：${article.id}`, article.id);
    ids.add(article.id);
  }
  return { profile, issue, articles: articles.data, assets: content.assets ?? [] };
}

export function buildWorkspaceFile(content: WorkspaceContent, options: { settings?: Partial<Settings>; staff?: string[] }): WorkspaceFile {
  const staff = options.staff ?? [...new Set(content.profile.pageEditors.filter((name) => name.trim() !== ''))];
  return {
    schemaVersion: SCHEMA_VERSION,
    kind: 'workspace',
    profile: content.profile,
    settings: checkedSettings({ ...DEFAULT_SETTINGS, ...options.settings }),
    staff,
    articles: content.articles.map(articleIndexEntry),
    issues: [issueIndexEntry(content.issue)],
  };
}
