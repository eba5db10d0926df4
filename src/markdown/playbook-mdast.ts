/**
 * Sätteri mdast plugin for playbook pages: links become page URLs (the core's resolver), raw HTML
 * is shown as text, DocFX alerts become Starlight asides, and the status named in the last column
 * of an example-scenarios table links to that status's page.
 */
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition, PluginFactoryContext } from 'satteri';
import { isUnsafeUrl, pageHref } from '../core/links.ts';
import { findStatus, statusIndex } from '../core/status-names.ts';
import { site } from '../site/corpus.ts';
import { strings } from '../site/strings.ts';

const ALERTS: Record<
  string,
  {
    variant: 'note' | 'tip' | 'caution' | 'danger';
    key: 'note' | 'tip' | 'important' | 'warning' | 'caution';
  }
> = {
  NOTE: { variant: 'note', key: 'note' },
  TIP: { variant: 'tip', key: 'tip' },
  IMPORTANT: { variant: 'note', key: 'important' },
  WARNING: { variant: 'caution', key: 'warning' },
  CAUTION: { variant: 'danger', key: 'caution' },
};

type Any = any; // eslint-disable-line @typescript-eslint/no-explicit-any

function para(tagName: string, props: Record<string, unknown>, children: Any[]): Any {
  return { type: 'paragraph', data: { hName: tagName, hProperties: props }, children };
}

export function playbookMdastPlugin(ctx: PluginFactoryContext): MdastPluginDefinition | undefined {
  if (!ctx.fileURL) return undefined;
  const path = fileURLToPath(ctx.fileURL);
  const state = site();
  const page = state.byPath.get(path);
  if (!page) return undefined;
  const base = state.config.base;
  const tax = state.corpus.taxonomies.get(page.locale);
  const statuses = tax ? statusIndex(tax) : new Map();
  const t = strings(page.locale);
  const unsafeRefs = new Set(page.unsafeDefinitions);
  const UNSAFE = '\0unsafe';
  /** The site URL a link target written in this page becomes, UNSAFE for a script URL, undefined to leave it. */
  const siteUrl = (url: string): string | undefined => {
    if (isUnsafeUrl(url)) return UNSAFE;
    const r = state.corpus.resolve(page, url);
    if (r.kind === 'page')
      return pageHref(r.fallback ? page.locale : r.target.locale, r.target.slug, base, r.anchor);
    if (r.kind === 'route') return `${base}${page.locale}/${r.path}/`;
    if (r.kind === 'asset') return `${base}_content/${r.path}`;
    return undefined;
  };

  return {
    name: 'fasttrack-playbook',
    options: { position: true } as Any,
    // URLs are changed in place (setProperty): returning a changed copy of each link made the
    // renderer's work grow with the square of the links in a paragraph.
    link(node: Any, c: Any) {
      const url = siteUrl(node.url);
      if (url === UNSAFE) return { type: 'emphasis', children: node.children };
      if (url !== undefined) c.setProperty(node, 'url', url);
      return undefined;
    },
    image(node: Any, c: Any) {
      const url = siteUrl(node.url);
      if (url === UNSAFE) return { type: 'text', value: node.alt ?? '' };
      if (url !== undefined) c.setProperty(node, 'url', url);
      return undefined;
    },
    // `[x][r]` + `[r]: url`: the definition gives the URL, so it is rewritten and checked like a
    // link; a reference to an unsafe definition (found in the rendered body, includes and all)
    // is shown as its text, and the definition loses its URL.
    definition(node: Any, c: Any) {
      const url = siteUrl(node.url);
      if (url === UNSAFE) c.setProperty(node, 'url', '');
      else if (url !== undefined) c.setProperty(node, 'url', url);
      return undefined;
    },
    linkReference(node: Any) {
      if (unsafeRefs.has(String(node.identifier ?? '').toLowerCase()))
        return { type: 'emphasis', children: node.children };
      return undefined;
    },
    imageReference(node: Any) {
      if (unsafeRefs.has(String(node.identifier ?? '').toLowerCase()))
        return { type: 'text', value: node.alt ?? '' };
      return undefined;
    },
    html(node: Any) {
      // Only HTML written by the author (it has a position); plugin-made markup is left alone.
      if (!node.position) return undefined;
      return { type: 'text', value: node.value };
    },
    blockquote(node: Any) {
      const first = node.children?.[0];
      const text = first?.type === 'paragraph' ? first.children?.[0] : undefined;
      const m =
        text?.type === 'text'
          ? /^\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]\s*/i.exec(text.value)
          : null;
      if (!m) return undefined;
      const alert = ALERTS[m[1]!.toUpperCase()]!;
      const title = t[alert.key];
      const rest = text.value.slice(m[0].length);
      const firstChildren = rest
        ? [{ ...text, value: rest }, ...first.children.slice(1)]
        : first.children.slice(1);
      const content = [
        ...(firstChildren.length ? [{ ...first, children: firstChildren }] : []),
        ...node.children.slice(1),
      ];
      return para(
        'aside',
        { 'aria-label': title, class: `starlight-aside starlight-aside--${alert.variant}` },
        [
          para('p', { class: 'starlight-aside__title', 'aria-hidden': 'true' }, [
            { type: 'text', value: title },
          ]),
          para('div', { class: 'starlight-aside__content' }, content),
        ],
      );
    },
    tableCell(node: Any, c: Any) {
      const row = c.parent(node);
      const table = row ? c.parent(row) : undefined;
      if (!row || !table || c.indexOf(row) === 0) return undefined;
      if (c.indexOf(node) !== row.children.length - 1 || row.children.length < 2) return undefined;
      if (node.children.some((k: Any) => k.type === 'link')) return undefined;
      const status = findStatus(statuses, c.textContent(node));
      if (!status || status.id === page.id) return undefined;
      const target = state.corpus.get(status.page.locale, status.id);
      if (!target) return undefined;
      return {
        ...node,
        children: [
          { type: 'link', url: pageHref(page.locale, target.slug, base), children: node.children },
        ],
      };
    },
  } as MdastPluginDefinition;
}
