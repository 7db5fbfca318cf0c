// Where the user is in the app, kept in the URL's hash so that a page of an issue can be opened
// directly, reloaded, and reached by tests and scripts. The routes are part of the app's contract
// (README, "The interface's testing surface"):
//   #/library                              稿件库
//   #/articles/<articleId>                 one manuscript in the editor
//   #/issues[/<issueId>]                   期次与版面
//   #/issues/<issueId>/pages/<label>       the page view on that page
//   …/pages/<label>?view=print             the same page as it prints: no grid, rulers, badges or selection

export type Route =
  | { view: 'library' }
  | { view: 'article'; articleId: string }
  | { view: 'issues'; issueId?: string }
  | { view: 'page'; issueId: string; label: string; print: boolean };

const SEGMENT = /^[A-Za-z0-9_-]{1,64}$/;

/** The route a hash names, or undefined for an empty or unknown hash. */
export function parseRoute(hash: string): Route | undefined {
  const text = hash.replace(/^#/, '');
  const [path = '', query = ''] = text.split('?', 2);
  const parts = path.split('/').filter((part) => part !== '');
  let decoded: string[];
  try {
    decoded = parts.map((part) => decodeURIComponent(part));
  } catch {
    return undefined;
  }
  if (!decoded.every((part) => SEGMENT.test(part))) return undefined;
  const [first, id, third, label] = decoded;
  if (first === 'library' && decoded.length === 1) return { view: 'library' };
  if (first === 'articles' && id && decoded.length === 2) return { view: 'article', articleId: id };
  if (first === 'issues' && decoded.length <= 2) return id ? { view: 'issues', issueId: id } : { view: 'issues' };
  if (first === 'issues' && id && third === 'pages' && label && decoded.length === 4) {
    return { view: 'page', issueId: id, label, print: new URLSearchParams(query).get('view') === 'print' };
  }
  return undefined;
}

export function formatRoute(route: Route): string {
  switch (route.view) {
    case 'library':
      return '#/library';
    case 'article':
      return `#/articles/${encodeURIComponent(route.articleId)}`;
    case 'issues':
      return route.issueId ? `#/issues/${encodeURIComponent(route.issueId)}` : '#/issues';
    case 'page':
      return `#/issues/${encodeURIComponent(route.issueId)}/pages/${encodeURIComponent(route.label)}${route.print ? '?view=print' : ''}`;
  }
}
