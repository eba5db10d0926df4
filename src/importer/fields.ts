/**
 * Adds front-matter keys to a page without touching what the author wrote: the new `key: value`
 * lines go just before the closing `---`, every other line stays as it was (comments, order,
 * spacing). Values are written as YAML scalars that the core's failsafe reader gives back as is.
 */
import { parseFrontMatter } from '../core/frontmatter.ts';
import { yamlList, yamlScalar } from '../core/yaml-text.ts';

export { yamlList, yamlScalar };

const valueOf = (v: string | readonly string[]) =>
  typeof v === 'string' ? yamlScalar(v) : yamlList(v);

/**
 * `text` must be normalised (normaliseSource) and have a valid front-matter block; keys already
 * present are not written again. Returns the new text.
 */
export function addFields(
  text: string,
  fields: readonly (readonly [string, string | readonly string[]])[],
): string {
  const fm = parseFrontMatter(text);
  if (!fm.present || fm.error) throw new Error('addFields needs a page with valid front matter');
  const add = fields.filter(([k]) => !(k in fm.data));
  if (add.length === 0) return text;
  const lines = text.split('\n');
  const close = fm.endLine - 1; // index of the closing `---`
  lines.splice(close, 0, ...add.map(([k, v]) => `${k}: ${valueOf(v)}`));
  return lines.join('\n');
}

/**
 * Gives an existing key a new single-line value (the importer's title decisions); the key's line
 * and any indented continuation lines are replaced, every other line stays as it was.
 */
export function replaceField(text: string, key: string, value: string): string {
  const fm = parseFrontMatter(text);
  const line = fm.keyLines.get(key);
  if (!fm.present || fm.error || line === undefined)
    throw new Error(`replaceField needs a page with valid front matter and a ${key} line`);
  const lines = text.split('\n');
  let end = line; // index after the key's line
  while (end < fm.endLine - 1 && /^\s+\S/.test(lines[end]!)) end++;
  lines.splice(line - 1, end - line + 1, `${key}: ${yamlScalar(value)}`);
  return lines.join('\n');
}
