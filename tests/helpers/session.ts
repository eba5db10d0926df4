/** One file's browser session: the built site (reused within a test run), a static server, Chromium. */
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { buildSite, FIXTURE_PLAYBOOK, OUT, type BuildOptions, type BuildResult } from './build.ts';
import { serve } from './serve.ts';
import { launch } from './browser.ts';

export const SHOTS = join(OUT, 'screenshots');

export interface Session {
  build: BuildResult;
  server: Awaited<ReturnType<typeof serve>>;
  browser: Browser;
}

/**
 * Registers before/after hooks; the returned object is filled once `before` has run. By default
 * the browser tests use the fixture playbook, never the real content/.
 */
export function browserSession(opts: BuildOptions = FIXTURE_PLAYBOOK): Session {
  const session = { build: buildSite(opts) } as Session;
  before(async () => {
    assert.equal(session.build.status, 0, session.build.output.slice(-3000));
    mkdirSync(SHOTS, { recursive: true });
    session.server = await serve(session.build.dir);
    session.browser = await launch();
  });
  after(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
