/**
 * The one link resolver: turns a link written in a page into the page (and anchor) it means,
 * or says why it can't. The checker reports its errors; the site rewrites hrefs with it.
 */
import { slug as slugOne } from 'github-slugger';
import { inLocaleOrDefault } from './fallback.ts';
import { isLocale, splitLegacySuffix } from './locales.ts';
import { didYouMean, Suggester } from './suggest.ts';
import type { RuleId } from './rules.ts';
import { ASSET_EXT } from './paths.ts';

/** What the resolver needs to know about a page. */
export interface LinkTarget {
  locale: string;
  id: string;
  slug: string;
  /** Heading ids of the rendered page. */
  anchors: ReadonlySet<string>;
}

export interface PageLookup {
  defaultLocale: string;
  get(locale: string, id: string): LinkTarget | undefined;
  /**
   * Ids of the pages of a locale, for "did you mean" suggestions: read once per lookup and locale,
   * so a lookup's pages must not change once links are resolved with it (make a new lookup).
   */
  ids(locale: string): Iterable<string>;
  /** Whether a page exists but is excluded for the audience being built. */
  hidden?(locale: string, id: string): boolean;
}

export type Resolution =
  | { kind: 'page'; target: LinkTarget; anchor?: string; fallback: boolean }
  | { kind: 'anchor'; anchor: string }
  | { kind: 'external' }
  | { kind: 'asset'; path: string }
  | { kind: 'route'; path: string }
  | { kind: 'error'; severity: 'error' | 'warning'; rule: RuleId; message: string; hint: string };

/** Routes the site generates in every locale, linkable from Markdown as `status-finder/`. */
export const GENERATED_ROUTES = ['status-finder', 'print'] as const;

const UNSAFE_SCHEME = /^\s*(javascript|vbscript|data|file):/i;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Whether a link target is a web (or other scheme) address, not a path in the playbook: `https:`, `mailto:`, `//host`. */
export function isExternalUrl(url: string): boolean {
  return SCHEME.test(url) || url.startsWith('//');
}

/** A link target split where its path ends: before the first `?` or `#` (`rest` keeps them, e.g. `#anchor`). */
export function splitUrlPath(url: string): { path: string; rest: string } {
  const cut = url.search(/[?#]/);
  return cut < 0 ? { path: url, rest: '' } : { path: url.slice(0, cut), rest: url.slice(cut) };
}

/** URL path segment for a page id: github-slugger per segment (as Astro does for file ids). */
export function idToSlug(id: string): string {
  return id
    .split('/')
    .map((seg) => slugOne(seg) || seg)
    .join('/');
}

/** Site URL of a page: `/de/l1l2l3-blocked/`; `index` is the locale's root. */
export function pageHref(locale: string, slug: string, base = '/', anchor?: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const path =
    slug === 'index' ? '' : slug.endsWith('/index') ? `${slug.slice(0, -6)}/` : `${slug}/`;
  return `${b}${locale}/${path}${anchor ? `#${anchor}` : ''}`;
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Joins `rel` onto the folder of `fromId` inside the content root; returns null if it leaves it. */
function joinInContent(fromLocale: string, fromId: string, rel: string): string[] | null {
  const parts = [fromLocale, ...fromId.split('/').slice(0, -1)];
  for (const seg of rel.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(seg);
  }
  return parts;
}

export interface ResolveOptions {
  /** Does a file exist at this path relative to the content root (`de/media/x.png`)? */
  assetExists?: (contentPath: string) => boolean;
}

/** One suggester per lookup and locale, built on the first broken link that needs it. */
const suggesters = new WeakMap<PageLookup, Map<string, Suggester>>();
function nearestId(pages: PageLookup, locale: string, id: string): string | undefined {
  let byLocale = suggesters.get(pages);
  if (!byLocale) suggesters.set(pages, (byLocale = new Map()));
  let s = byLocale.get(locale);
  if (!s) byLocale.set(locale, (s = new Suggester(pages.ids(locale))));
  return s.closest(id);
}

/**
 * Whether a URL runs script or embeds data when followed. Browsers drop tabs and newlines anywhere
 * in a URL and C0 controls before it, so `java&#x09;script:` (the parser hands us a real tab) still
 * runs: the scheme is tested as they read it.
 */
// eslint-disable-next-line no-control-regex -- the C0 controls browsers skip before a scheme
const LEADING_CONTROLS = /^[\u0000-\u0020]+/;

export function isUnsafeUrl(url: string): boolean {
  return UNSAFE_SCHEME.test(
    url
      .trim()
      .replace(/[\t\n\r]/g, '')
      .replace(LEADING_CONTROLS, ''),
  );
}

/** What the link `url` written on page `from` means: a page (maybe the default locale's), an anchor, an address, a file, a route, or an error. */
export function resolveLink(
  url: string,
  from: { locale: string; id: string; anchors: ReadonlySet<string> },
  pages: PageLookup,
  opts: ResolveOptions = {},
): Resolution {
  const raw = url.trim();
  if (isUnsafeUrl(raw)) {
    return {
      kind: 'error',
      severity: 'error',
      rule: 'security/unsafe-url',
      message: `link uses an unsafe scheme: "${raw.slice(0, 40)}"`,
      hint: 'link to an https:// address or to a page of the playbook',
    };
  }
  if (isExternalUrl(raw)) return { kind: 'external' };
  if (raw === '')
    return {
      kind: 'error',
      severity: 'error',
      rule: 'link/empty',
      message: 'link has an empty target',
      hint: 'write the page, e.g. `[Blocked](l1l2l3-blocked.md)`',
    };
  const hashAt = raw.indexOf('#');
  const pathPart = decode(splitUrlPath(raw).path);
  const anchor = hashAt >= 0 ? decode(raw.slice(hashAt + 1)) : undefined;

  if (pathPart === '') {
    if (!anchor || from.anchors.has(anchor)) return { kind: 'anchor', anchor: anchor ?? '' };
    return {
      kind: 'error',
      severity: 'error',
      rule: 'link/anchor',
      message: `no heading "#${anchor}" on this page${didYouMean(anchor, from.anchors)}`,
      hint: 'anchors are heading ids: lower case, spaces become "-", punctuation is dropped',
    };
  }
  if (pathPart.startsWith('/')) {
    return {
      kind: 'error',
      severity: 'warning',
      rule: 'link/absolute',
      message: `site-absolute link "${raw}" is not checked and breaks under a base path`,
      hint: 'link to the Markdown file instead, e.g. `l1l2l3-blocked.md`',
    };
  }
  const joined = joinInContent(from.locale, from.id, pathPart);
  if (!joined)
    return {
      kind: 'error',
      severity: 'error',
      rule: 'link/outside',
      message: `link "${raw}" points outside the content folder`,
      hint: 'link to a page of the playbook',
    };

  const last = joined[joined.length - 1] ?? '';
  if (/\.md$/i.test(last)) {
    let locale = from.locale;
    let segs = joined;
    if (segs.length > 1 && isLocale(segs[0]!)) {
      locale = segs[0]!;
      segs = segs.slice(1);
    }
    let id = segs.join('/').replace(/\.md$/i, '');
    let target = pages.get(locale, id);
    if (!target) {
      const legacy = splitLegacySuffix(segs[segs.length - 1]!.replace(/\.md$/i, ''));
      if (legacy.locale) {
        const legacyId = [...segs.slice(0, -1), legacy.id].join('/');
        const t = pages.get(legacy.locale, legacyId);
        if (t || pages.get(pages.defaultLocale, legacyId)) {
          locale = legacy.locale;
          id = legacyId;
          target = t;
        }
      }
    }
    let fallback = false;
    if (!target) {
      const shown = inLocaleOrDefault(locale, pages.defaultLocale, (l) => pages.get(l, id));
      if (shown) ({ value: target, fallback } = shown);
    }
    if (!target) {
      // `x-de.md` names page `x` of de: look for that one too (hidden, or a near miss to suggest).
      const stem = segs[segs.length - 1]!.replace(/\.md$/i, '');
      const legacy = splitLegacySuffix(stem);
      const legacyId = legacy.locale ? [...segs.slice(0, -1), legacy.id].join('/') : undefined;
      const hidden = (l: string, i: string) =>
        !!(pages.hidden?.(l, i) || pages.hidden?.(pages.defaultLocale, i));
      if (hidden(locale, id) || (legacyId !== undefined && hidden(legacy.locale!, legacyId))) {
        return {
          kind: 'error',
          severity: 'error',
          rule: 'link/audience',
          message: `link "${raw}" goes to a page that is not built for this audience (internal page)`,
          hint: 'remove the link, or make the target page `ft.audience: partner`',
        };
      }
      const near = nearestId(pages, locale, id);
      const nearLegacy =
        !near && legacyId !== undefined ? nearestId(pages, legacy.locale!, legacyId) : undefined;
      const s =
        near ??
        (nearLegacy !== undefined ? `${nearLegacy}${stem.slice(legacy.id.length)}` : undefined);
      return {
        kind: 'error',
        severity: 'error',
        rule: 'link/broken',
        message: `link "${raw}" goes to no page ("${id}" does not exist in ${locale})${s ? ` (did you mean "${s}.md"?)` : ''}`,
        hint: s ? `write "${s}.md"` : 'check the file name; links are relative to this file',
      };
    }
    if (anchor && !target.anchors.has(anchor)) {
      return {
        kind: 'error',
        severity: 'error',
        rule: 'link/anchor',
        message: `page "${target.id}" has no heading "#${anchor}"${didYouMean(anchor, target.anchors)}`,
        hint: 'anchors are heading ids: lower case, spaces become "-", punctuation is dropped',
      };
    }
    return { kind: 'page', target, anchor, fallback };
  }
  const cleaned = last.replace(/\/$/, '');
  if (
    joined.length === 2 &&
    (GENERATED_ROUTES as readonly string[]).includes(cleaned) &&
    joined[0] === from.locale
  ) {
    return { kind: 'route', path: cleaned };
  }
  if (
    pathPart.endsWith('/') &&
    joined.length === 2 &&
    (GENERATED_ROUTES as readonly string[]).includes(joined[1]!)
  ) {
    return { kind: 'route', path: joined[1]! };
  }
  const contentPath = joined.join('/');
  if (ASSET_EXT.test(last)) {
    if (opts.assetExists && !opts.assetExists(contentPath)) {
      return {
        kind: 'error',
        severity: 'error',
        rule: 'link/missing-file',
        message: `file "${pathPart}" does not exist`,
        hint: `add it at content/${contentPath} or fix the path`,
      };
    }
    return { kind: 'asset', path: contentPath };
  }
  return {
    kind: 'error',
    severity: 'warning',
    rule: 'link/unknown-target',
    message: `link "${raw}" is neither a page (.md), a file nor a web address`,
    hint: 'link to the .md file of the page',
  };
}
