/**
 * The site's single view of the content: the core's corpus, loaded once per process for the
 * audience being built (PLAYBOOK_AUDIENCE, default partner; read through src/core/env.ts) and shared by the content loader,
 * the Markdown plugins, the route middleware, the components and the extra routes.
 */
import { resolve } from 'node:path';
import { readConfig, type PlaybookConfig } from '../core/config.ts';
import { EnvError, readEnv } from '../core/env.ts';
import { localeInfo } from '../core/locales.ts';
import { loadContent, type Corpus, type Page } from '../core/corpus.ts';
import type { Audience } from '../core/schema.ts';
import { buildStore } from './build-store.ts';

const ONE_AUDIENCE =
  'the site is built for one audience at a time (a page for both is in both builds). Run the build once with PLAYBOOK_AUDIENCE=partner and once with PLAYBOOK_AUDIENCE=internal.';

/** The audience being built (PLAYBOOK_AUDIENCE, default partner); an `EnvError` saying what to do when it is wrong. */
export function buildAudience(env: NodeJS.ProcessEnv = process.env): Audience {
  try {
    return readEnv(env).audience ?? 'partner';
  } catch (e) {
    if (e instanceof EnvError && e.variable === 'PLAYBOOK_AUDIENCE')
      throw new EnvError(e.variable, `${e.message}: ${ONE_AUDIENCE}`);
    throw e;
  }
}

/** What is wrong with the environment the site is built in, in words, or undefined when it is fine (astro.config.mjs stops on it). */
export function envProblem(env: NodeJS.ProcessEnv = process.env): string | undefined {
  try {
    buildAudience(env);
    return undefined;
  } catch (e) {
    if (e instanceof EnvError) return e.message;
    throw e;
  }
}

export interface SiteState {
  key: string;
  corpus: Corpus;
  config: PlaybookConfig;
  byPath: Map<string, Page>;
  byEntry: Map<string, Page>;
}

export function contentRoot(): string {
  return resolve(readEnv().content ?? readConfig().contentDir);
}

/** Loads (once) and returns the corpus; `fresh` reloads it (dev server after an edit). */
export function site(fresh = false): SiteState {
  // In the build store: the integration's copy of this module and the bundle's share one corpus.
  const store = buildStore();
  const audience = buildAudience();
  const root = contentRoot();
  const key = `${root}|${audience}`;
  if (!fresh && store.site?.key === key) return store.site;
  const config = readConfig();
  const corpus = loadContent(root, {
    audience,
    owners: config.owners,
    limits: config.limits,
    severities: config.rules,
    defaultLocale: config.defaultLocale,
  });
  const byPath = new Map(corpus.pages.map((p) => [p.absPath, p]));
  const byEntry = new Map(
    corpus.pages.filter((p) => p.visible).map((p) => [entryId(p.locale, p.slug), p]),
  );
  store.site = { key, corpus, config, byPath, byEntry };
  return store.site;
}

/** BCP-47 tag of the default (source) locale, for its text inside a page of another language. */
export function defaultLang(): string {
  const locale = site().corpus.defaultLocale;
  return localeInfo(locale)?.lang ?? locale;
}

/** Collection entry id of a page, as Starlight expects it (`de/x`, `de` for index). */
export function entryId(locale: string, slug: string): string {
  if (slug === 'index') return locale;
  return `${locale}/${slug.replace(/\/index$/, '')}`;
}

/** The page behind a collection entry id (`de/l1l2l3-blocked`). */
export function pageForEntry(id: string): Page | undefined {
  return site().byEntry.get(id);
}
