/**
 * Raw HTML in Markdown. Astro passes it through unchanged (a `<script>` runs), so the site renders
 * every raw HTML node as text (src/markdown/escape-html.ts) and the checker says so: dangerous
 * markup is an error, harmless markup a warning.
 */
import type { Diagnostic } from './diagnostics.ts';
import { diag } from './diagnostics.ts';
import type { RawHtml } from './markdown.ts';

const DANGEROUS: [RegExp, string][] = [
  [/<\s*script\b/i, '<script>'],
  [/<\s*iframe\b/i, '<iframe>'],
  [/<\s*(object|embed|applet)\b/i, '<object>/<embed>'],
  [/<\s*style\b/i, '<style>'],
  [/<\s*(form|input|button|meta|link|base)\b/i, 'form or document-level element'],
  [/\son[a-z]+\s*=/i, 'event-handler attribute (on…=)'],
  [
    /(href|src|action|formaction)\s*=\s*["']?\s*(javascript|vbscript|data):/i,
    'javascript:/data: URL',
  ],
];

export function auditHtml(h: RawHtml, file: string): Diagnostic[] {
  const value = h.value.trim();
  // Only a single comment is harmless: `<!-- a --><script>…</script><!-- b -->` is not one.
  if (/^<!--(?:(?!-->)[\s\S])*-->$/.test(value)) return [];
  for (const [re, what] of DANGEROUS) {
    if (re.test(value)) {
      return [
        diag(
          file,
          h.line,
          'error',
          'security/unsafe-html',
          `raw HTML with ${what} is not allowed: ${value.slice(0, 60)}`,
          'use Markdown instead; the site shows raw HTML as text',
          h.column,
        ),
      ];
    }
  }
  return [
    diag(
      file,
      h.line,
      'warning',
      'content/raw-html',
      `raw HTML "${value.slice(0, 40)}" is shown as text on the site`,
      'use Markdown instead (e.g. a blank line instead of <br>)',
      h.column,
    ),
  ];
}
