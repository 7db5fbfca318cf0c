// A canonical JSON form of article content (keys sorted), so "unsaved changes" compares content
// and not the order in which the editor happened to add a node's properties.

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(record)
        .sort()
        .map((key) => [key, canonical(record[key])]),
    );
  }
  return value;
}

export function contentKey(content: unknown): string {
  return JSON.stringify(canonical(content));
}
