// Where the user is in the app. View state only: kept in memory, never written to the workspace.

export type Route = { view: 'library' } | { view: 'article'; articleId: string } | { view: 'issues'; issueId?: string };
