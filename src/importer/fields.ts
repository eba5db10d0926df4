/**
 * Adds front-matter keys to a page without touching what the author wrote: the new `key: value`
 * lines go just before the closing `---`, every other line stays as it was (comments, order,
 * spacing). Values are written as YAML scalars that the core's failsafe reader gives back as is.
 */
import yaml from 'js-yaml';
import { parseFrontMatter } from '../core/frontmatter.ts';

/** A YAML scalar for `value`: plain when that reads back unchanged, else quoted by js-yaml. */
export function yamlScalar(value: string): string {
  const dumped = yaml.dump(value, { lineWidth: -1, schema: yaml.FAILSAFE_SCHEMA }).trimEnd();
  return dumped;
}

/**
 * `text` must be normalised (normaliseSource) and have a valid front-matter block; keys already
 * present are not written again. Returns the new text.
 */
export function addFields(text: string, fields: readonly (readonly [string, string])[]): string {
  const fm = parseFrontMatter(text);
  if (!fm.present || fm.error) throw new Error('addFields needs a page with valid front matter');
  const add = fields.filter(([k]) => !(k in fm.data));
  if (add.length === 0) return text;
  const lines = text.split('\n');
  const close = fm.endLine - 1; // index of the closing `---`
  lines.splice(close, 0, ...add.map(([k, v]) => `${k}: ${yamlScalar(v)}`));
  return lines.join('\n');
}
