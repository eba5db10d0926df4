/** Per-page route data: taxonomy context, prev/next among siblings, JSON-LD breadcrumbs, no search index for fallbacks. */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { pageContext } from '../site/page-context.ts';
import { site } from '../site/corpus.ts';
import { strings } from '../site/strings.ts';
import { definedTermJsonLd, definedTermSetJsonLd } from '../site/json-ld.ts';
import { escapeHtml } from '../core/escape.ts';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const locale = route.locale ?? site().corpus.defaultLocale;
  const pc = pageContext(route.entry.id, locale);
  context.locals.playbook = pc;
  // Starlight writes each head entry's content as raw HTML (`set:html`), the title from the page's
  // front matter included: a title like `x</title><script>…` would become markup. As text it is safe.
  route.head = route.head.map((h) =>
    h.tag === 'title' && typeof h.content === 'string'
      ? { ...h, content: escapeHtml(h.content) }
      : h,
  );
  const link = (n: NonNullable<typeof pc.prev>) => ({
    type: 'link' as const,
    label: n.label,
    href: pc.href(n),
    isCurrent: false,
    badge: undefined,
    attrs: {},
  });
  route.pagination = {
    prev: pc.prev ? link(pc.prev) : undefined,
    next: pc.next ? link(pc.next) : undefined,
  };
  if (route.isFallback) {
    // An untranslated page shown in another locale must not be indexed as that language.
    route.entry = { ...route.entry, data: { ...route.entry.data, pagefind: false } };
  }
  if (pc.crumbs.length) {
    const origin = new URL(context.site ?? 'https://example.invalid/');
    const t = strings(locale);
    const items = pc.crumbs.map((c, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: i === 0 ? t.home : c.label,
      item: new URL(c.href, origin).href,
    }));
    route.head.push({
      tag: 'script',
      attrs: { type: 'application/ld+json' },
      content: JSON.stringify({
        '@context': 'https://schema.org',
        '@type': 'BreadcrumbList',
        itemListElement: items,
      }).replace(/</g, '\\u003c'),
    });
  }
  // schema.org: each status a DefinedTerm of its locale's DefinedTermSet (described on the home).
  const terms = pc.node
    ? definedTermJsonLd(locale, pc.node.id)
    : pc.page?.id === 'index'
      ? definedTermSetJsonLd(locale)
      : undefined;
  if (terms)
    route.head.push({ tag: 'script', attrs: { type: 'application/ld+json' }, content: terms });
});
