/**
 * Content-Security-Policy for every built page, as a <meta> tag: scripts only from the site itself
 * plus the exact inline scripts Starlight and Astro put in that page (sha256 hashes, computed here
 * after the build — Astro's `security.csp` does not hash Starlight's is:inline scripts,
 * withastro/astro#16678). No 'unsafe-inline' for scripts. Only scripts the caller says are the
 * site's own are hashed (src/site/site-scripts.ts): a `<script>` that content smuggled into the
 * page is never in the policy, so the browser blocks it.
 */
import { createHash } from 'node:crypto';

/**
 * An inline `<script>` (no src) — its attributes (group 1) and its code (group 2) — or any other
 * tag, whole, with its quoted attribute values (no groups). Matching every tag from its `<` means
 * `<script>` written inside an attribute value (`<meta content="<script>…">`: Astro leaves `<` in
 * attributes as it is) is part of that tag, never taken for a script.
 */
export const INLINE_SCRIPT =
  /<script(?![^>]*\bsrc=)((?:[^"'>]|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/script>|<[a-zA-Z](?:[^"'>]|"[^"]*"|'[^']*')*>/gi;

/** How a `<script>` with these attributes runs: as a classic script, a module, or not at all (a data block such as JSON-LD). */
export function scriptKind(attrs: string): 'classic' | 'module' | 'data' {
  const type = /\btype=["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
  if (!type || type === 'text/javascript' || type === 'application/javascript') return 'classic';
  return type === 'module' ? 'module' : 'data';
}

/** Says whether an inline script's code is one the site itself emits. */
export type SiteScriptTest = (code: string) => boolean;

const none: SiteScriptTest = () => false;

export function inlineScriptHashes(html: string, isSiteScript: SiteScriptTest = none): string[] {
  const hashes = new Set<string>();
  for (const m of html.matchAll(INLINE_SCRIPT)) {
    if (m[2] === undefined) continue; // another tag
    if (scriptKind(m[1] ?? '') === 'data') continue; // data blocks (JSON-LD) do not run
    if (!isSiteScript(m[2] ?? '')) continue;
    hashes.add(
      `'sha256-${createHash('sha256')
        .update(m[2] ?? '', 'utf8')
        .digest('base64')}'`,
    );
  }
  return [...hashes].sort();
}

export function cspFor(html: string, isSiteScript: SiteScriptTest = none): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${inlineScriptHashes(html, isSiteScript).join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** Adds (or replaces) the CSP meta tag right after <meta charset>, before any script. */
export function withCsp(html: string, isSiteScript: SiteScriptTest = none): string {
  const cleaned = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/i, '');
  const tag = `<meta http-equiv="Content-Security-Policy" content="${cspFor(cleaned, isSiteScript)}">`;
  const charset = /<meta charset="?[^">]*"?\s*\/?>/i.exec(cleaned);
  if (charset)
    return (
      cleaned.slice(0, charset.index + charset[0].length) +
      tag +
      cleaned.slice(charset.index + charset[0].length)
    );
  return cleaned.replace(/<head[^>]*>/i, (h) => h + tag);
}
