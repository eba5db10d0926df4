/** Small helpers to read built HTML in tests (regex over our own, known markup). */
export function between(html: string, start: RegExp, end: string): string {
  const m = start.exec(html);
  if (!m) return '';
  const from = m.index;
  const to = html.indexOf(end, from);
  return to < 0 ? html.slice(from) : html.slice(from, to + end.length);
}

export function texts(fragment: string, tag: string): string[] {
  const re = new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g');
  return [...fragment.matchAll(re)].map((m) =>
    m[1]!
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

export function hrefs(fragment: string): string[] {
  return [...fragment.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
}
