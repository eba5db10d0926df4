/**
 * The one HTML escape for text and attribute values the site writes itself (page ids, titles,
 * anchors): `&`, `<`, `>`, `"` and `'` become entities, so content can never open a tag or leave
 * an attribute.
 */
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Characters a page id (each `/`-separated segment of its path) may have: a safe URL, file and HTML id. */
export const SAFE_ID_SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export function isSafeId(id: string): boolean {
  return id.split('/').every((seg) => SAFE_ID_SEGMENT.test(seg));
}
