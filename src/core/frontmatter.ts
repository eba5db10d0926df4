/**
 * Splits a Markdown file into front matter and body, keeping line numbers.
 * Handles what the real corpus contains: a UTF-8 BOM, CRLF, blanks after `---` and after values,
 * zero-width spaces, a `# required metadata` comment. YAML is read with the failsafe schema, so
 * every scalar stays a string: no unquoted ISO date turns into a Date, `title: 42` into a number
 * or `True` into a boolean — the schema decides what a value means.
 */
import matter from 'gray-matter';
import yaml from 'js-yaml';

export interface FrontMatter {
  /** Parsed keys (strings, string lists, nested maps); empty when absent or broken. */
  data: Record<string, unknown>;
  /** Line (1-based, in the file) of each top-level key. */
  keyLines: Map<string, number>;
  /** Whether the file had a front-matter block at all. */
  present: boolean;
  /** Body text after the closing `---` (normalised: LF, no BOM, no zero-width spaces). */
  body: string;
  /** Line in the file where the body starts (1-based). */
  bodyLine: number;
  /** YAML syntax error, with the line in the file. */
  error?: { line: number; message: string };
  /** Line where the front matter ends (closing `---`), or 1. */
  endLine: number;
}

// eslint-disable-next-line no-misleading-character-class -- each code point is removed on its own (the joiner too); no sequence is meant
const ZERO_WIDTH = /[\u200B\u200C\u200D\u2060\uFEFF]/g;

/** Normalises text the way every consumer (checker, site, importer) must see it. */
export function normaliseSource(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(ZERO_WIDTH, '');
}

const yamlEngine = (s: string): object => {
  const v = yaml.load(s, { schema: yaml.FAILSAFE_SCHEMA, json: false });
  return (v && typeof v === 'object' ? v : {}) as object;
};

export function parseFrontMatter(raw: string): FrontMatter {
  const text = normaliseSource(raw);
  const empty: FrontMatter = {
    data: {},
    keyLines: new Map(),
    present: false,
    body: text,
    bodyLine: 1,
    endLine: 1,
  };
  // Only the front matter is cut into lines; the body is one slice of the text.
  const firstEnd = text.indexOf('\n');
  if (text.slice(0, firstEnd < 0 ? text.length : firstEnd).trimEnd() !== '---') return empty;
  const lines: string[] = ['---'];
  let close = -1;
  let bodyStart = text.length;
  for (let pos = firstEnd < 0 ? text.length : firstEnd + 1; pos < text.length;) {
    const end = text.indexOf('\n', pos);
    const line = text.slice(pos, end < 0 ? text.length : end);
    if (/^(---|\.\.\.)\s*$/.test(line)) {
      close = lines.length;
      bodyStart = end < 0 ? text.length : end + 1;
      lines.push(line);
      break;
    }
    lines.push(line);
    if (end < 0) break;
    pos = end + 1;
  }
  if (close < 0) {
    return {
      ...empty,
      present: true,
      error: { line: 1, message: 'front matter starts with "---" but has no closing "---" line' },
    };
  }
  // gray-matter wants the delimiters clean; give it the block with trailing blanks removed.
  const block = lines
    .slice(1, close)
    .map((l) => l.replace(/[ \t]+$/, ''))
    .join('\n');
  const body = bodyStart > text.length ? '' : text.slice(bodyStart);
  const keyLines = new Map<string, number>();
  for (let i = 1; i < close; i++) {
    const m = /^([^\s#:][^:]*?)\s*:(\s|$)/.exec(lines[i]!);
    // A quoted key (`"ft.audience": partner`) is the key without its quotes.
    const key = m?.[1]!.replace(/^(["'])(.*)\1$/, '$2');
    if (key !== undefined && !keyLines.has(key)) keyLines.set(key, i + 1);
  }
  const base = { keyLines, present: true, body, bodyLine: close + 2, endLine: close + 1 };
  try {
    const parsed = matter(`---\n${block}\n---\n`, { engines: { yaml: yamlEngine } });
    const data = parsed.data;
    if (Array.isArray(data) || typeof data !== 'object' || data === null) {
      return {
        ...base,
        data: {},
        error: { line: 2, message: 'front matter must be a list of "key: value" lines' },
      };
    }
    return { ...base, data: data as Record<string, unknown> };
  } catch (e) {
    const err = e as { mark?: { line?: number }; reason?: string; message?: string };
    const line = typeof err.mark?.line === 'number' ? err.mark.line + 1 : 2; // gray-matter hands js-yaml the block after one leading newline
    return {
      ...base,
      data: {},
      error: { line, message: err.reason ?? String(err.message ?? e).split('\n')[0]! },
    };
  }
}
