/**
 * Hostile content (issue 12): tests/fixtures/hostile holds one case per defect (see its CASES.txt);
 * what git cannot hold (links to outside the content folder, unreadable files, NUL bytes, a huge
 * include, a page with thousands of links) is added here to a copy. Then: `check` refuses each case
 * with file:line and rule, also under GitHub Actions without forged commands; the partner build
 * (with PLAYBOOK_BUILD_WITH_ERRORS=1, to prove the build is harmless even past `check`) holds no
 * internal text, no outside file, no NUL, no script from content; and in Chromium no page of it
 * runs anything, while the CSP blocks a script injected at run time.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { allText } from '../helpers/site-checks.ts';
import { buildSite, OUT, ROOT, type BuildResult } from '../helpers/build.ts';
import { serve } from '../helpers/serve.ts';
import { launch } from '../helpers/browser.ts';

const WORK = join(OUT, 'hostile-work');
const CONTENT = join(WORK, 'content');
const OUTSIDE = join(WORK, 'outside');
const STACK = /^\s+at .+:\d+:\d+\)?$/m;

/** The fixture copy with what git cannot hold. */
function prepare(): void {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(OUTSIDE, { recursive: true });
  cpSync(join(ROOT, 'tests/fixtures/hostile'), CONTENT, { recursive: true });
  const fm = (title: string, extra = '') =>
    `---\ntitle: ${title}\ndescription: A page of the hostile fixture.\nms.date: 11/20/2026\nft.audience: partner\n${extra}---\n`;
  // 3, 14: links to outside the content folder, a dangling link, a linked page
  writeFileSync(
    join(OUTSIDE, 'secret.md'),
    'HOSTILE-OUTSIDE-3 text of a file outside the content folder\n',
  );
  writeFileSync(join(OUTSIDE, 'secret.pdf'), '%PDF-1.4 HOSTILE-OUTSIDE-3 pdf\n');
  writeFileSync(
    join(OUTSIDE, 'page.md'),
    `${fm('Linked page')}HOSTILE-OUTSIDE-14 a page that is a link\n`,
  );
  symlinkSync(join(OUTSIDE, 'secret.md'), join(CONTENT, 'en/_includes/outside.md'));
  symlinkSync(join(OUTSIDE, 'secret.pdf'), join(CONTENT, 'en/media/outside.pdf'));
  symlinkSync(join(OUTSIDE, 'page.md'), join(CONTENT, 'en/linked-page.md'));
  symlinkSync(join(OUTSIDE, 'no-such-file.md'), join(CONTENT, 'en/dangling.md'));
  // 14: an unreadable file and folder (only unreadable for a user other than root)
  writeFileSync(join(CONTENT, 'en/unreadable.md'), `${fm('Unreadable')}text\n`);
  mkdirSync(join(CONTENT, 'en/locked'));
  writeFileSync(join(CONTENT, 'en/locked/inside.md'), `${fm('Locked')}text\n`);
  // 10: thousands of links in one page
  writeFileSync(
    join(CONTENT, 'en/many-links.md'),
    `${fm('Many links')}${Array.from({ length: 6000 }, (_, i) => `[link ${i}](l1l2l3-root.md)`).join(' ')}\n`,
  );
  // 18: a 480 KB include, included six times
  writeFileSync(
    join(CONTENT, 'en/_includes/big.md'),
    'Big include text. '.repeat(Math.ceil((480 * 1024) / 18)) + '\n',
  );
  // 22: an include with NUL bytes
  writeFileSync(join(CONTENT, 'en/_includes/nul.md'), 'before\u0000HOSTILE-NUL-22\u0000after\n');
  // The checker runs as another user for the unreadable cases: it must be able to walk the copy.
  spawnSync('chmod', ['-R', 'a+rX', WORK]);
  chmodSync(join(CONTENT, 'en/unreadable.md'), 0o000);
  chmodSync(join(CONTENT, 'en/locked'), 0o000);
}

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function check(args: string[], env: Record<string, string | undefined> = {}, as?: number): Run {
  const base: Record<string, string | undefined> = { ...process.env };
  for (const k of ['GITHUB_ACTIONS', 'GITHUB_STEP_SUMMARY', 'PLAYBOOK_AUDIENCE']) delete base[k];
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/check.ts'), CONTENT, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...base, ...env, PLAYBOOK_CHECK_BUNDLE: '0', HOME: WORK },
    ...(as !== undefined ? { uid: as, gid: as } : {}),
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** `file rule` of every finding of the human output (file relative to the content copy). */
function findings(out: string): string[] {
  return [...out.matchAll(/^(\S.*?):(\d+):\d+ (error|warning) (\S+) /gm)].map(
    (m) => `${m[1]!.replace(/^.*?hostile-work\/content\//, '')}:${m[2]} ${m[3]} ${m[4]}`,
  );
}

let human: Run;
let build: BuildResult;
let dist: Map<string, string>;
let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;

before(async () => {
  prepare();
  human = check([]);
  build = buildSite({
    name: 'fx-hostile',
    content: CONTENT,
    env: { PLAYBOOK_BUILD_WITH_ERRORS: '1' },
  });
  assert.equal(build.status, 0, build.output.slice(-3000));
  dist = allText(build.dir);
  server = await serve(build.dir);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  spawnSync('chmod', ['-R', 'u+rwX', WORK]);
});

test('check refuses every case with file, line and rule, and still reports all the others', () => {
  assert.equal(human.status, 1);
  assert.doesNotMatch(human.stdout + human.stderr, STACK, 'no stack trace');
  const got = findings(human.stdout);
  const expected = [
    'en/l1l2l3-root-x"><img src=x onerror=window.__pwn=2>.md:1 error page/id-chars', // 2
    'en/_includes/outside.md:1 error file/symlink', // 3
    'en/media/outside.pdf:1 error file/symlink', // 3
    'en/l1l2l3-root-symlinks.md:17 error security/outside-content', // 3
    'en/l1l2l3-root-symlinks.md:19 error link/missing-file', // 3: a link is not a file of the playbook
    'en/l1l2l3-root-internal-include.md:17 error security/include-audience', // 4
    'en/l1l2l3-root-internal-include.md:19 error security/include-audience', // 4
    'en/l1l2l3-root-reference-links.md:17 error security/unsafe-url', // 9
    'en/l1l2l3-root-reference-links.md:18 error security/unsafe-url', // 9
    'en/l1l2l3-root-reference-links.md:20 error security/unsafe-url', // 9, across the include
    'en/many-links.md:1 error limit/links', // 10
    'en/l1l2l3-root-huge-order.md:11 error schema/ft.order', // 12
    'en/dup/index.md:1 error page/duplicate-url', // 13
    'en/linked-page.md:1 error file/symlink', // 14
    'en/dangling.md:1 error file/symlink', // 14
    'de/index.md:7 error page/home-audience', // 15
    'en/l1l2l3-root-heading-html.md:15 error link/anchor', // 16
    'en/big-includes.md:20 error limit/include-size', // 18: the fifth 480 KB include passes 2 MB
    'de/l1l2l3-root-heading-html.md:10 error i18n/structure', // 21
    'en/nul-include.md:12 error file/binary', // 22
    'en/svg-script.md:10 error security/unsafe-svg', // variant: an SVG that runs script when opened
  ];
  for (const e of expected) assert.ok(got.includes(e), `expected "${e}" among:\n${got.join('\n')}`);
  assert.ok(
    !got.some((g) => g.includes('l1l2l3-root-heading-html.md:15') && !g.includes('link/anchor')),
    'the anchor the site makes (#target-spandatespan) is accepted',
  );
  assert.match(human.stdout, /hint: /);
});

test(
  'check as a user who cannot read a file or a folder: findings, not a crash, and every other finding still reported',
  { skip: process.getuid?.() !== 0 ? 'needs root to run the checker as another user' : false },
  () => {
    const r = check([], {}, 65534);
    assert.equal(r.status, 1, r.stderr);
    assert.doesNotMatch(r.stdout + r.stderr, /failed unexpectedly|EACCES:/);
    const got = findings(r.stdout);
    assert.ok(got.includes('en/unreadable.md:1 error file/unreadable'), got.join('\n'));
    assert.ok(got.includes('en/locked:1 error file/unreadable'), got.join('\n'));
    assert.ok(
      got.includes('en/l1l2l3-root-huge-order.md:11 error schema/ft.order'),
      'the other findings are there too',
    );
  },
);

test('under GitHub Actions no text from content forges a workflow command (7)', () => {
  const r = check([], { GITHUB_ACTIONS: 'true' });
  const commands = r.stdout.split('\n').filter((l) => l.trimStart().startsWith('::'));
  assert.ok(commands.length > 10, 'the annotations are printed');
  for (const l of commands)
    assert.match(
      l,
      /^::(error|warning) file=[^,:]*,line=\d+,col=\d+,title=[^:]*::/,
      `only our annotations are commands: ${l}`,
    );
  assert.ok(!commands.some((l) => /^\s*::\w+ file=README\.md/.test(l)), 'no forged annotation');
  assert.match(
    r.stdout,
    /colour%0A::error file=README\.md/,
    'the key is printed, its newline encoded',
  );
});

test('PLAYBOOK_AUDIENCE=both: a clear message, no stack trace, for check and build (24)', () => {
  const c = check([], { PLAYBOOK_AUDIENCE: 'both' });
  assert.equal(c.status, 2);
  assert.match(c.stderr, /AUDIENCE must be partner or internal, not "both"/i);
  const b = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', join(WORK, 'dist-both')],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        PLAYBOOK_AUDIENCE: 'both',
        PLAYBOOK_CONTENT: CONTENT,
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      timeout: 120_000,
    },
  );
  const out = `${b.stdout}${b.stderr}`;
  assert.notEqual(b.status, 0);
  assert.match(out, /PLAYBOOK_AUDIENCE must be partner or internal, not "both"/);
  assert.doesNotMatch(out, STACK, out);
});

test('the partner build holds no internal text, no outside file, no NUL and no script from content', () => {
  assert.doesNotMatch(build.output, STACK, 'no stack trace in the build output');
  const leaks: string[] = [];
  for (const [f, text] of dist) {
    for (const marker of ['HOSTILE-INTERNAL', 'HOSTILE-OUTSIDE', 'HOSTILE-NUL'])
      if (text.includes(marker)) leaks.push(`${f}: ${marker}`);
    if (f.endsWith('.html') && text.includes('\u0000')) leaks.push(`${f}: NUL byte`);
    // Outside attribute values (where `<` is harmless and Astro leaves it), markup from content would be real markup.
    const markup = text.replace(/="[^"]*"/g, '=""');
    if (f.endsWith('.html') && /<script>window\.__pwn|<img [^>]*onerror/i.test(markup))
      leaks.push(`${f}: script or handler from content as markup`);
  }
  assert.deepEqual(leaks, []);
  const files = [...dist.keys()];
  assert.ok(
    files.includes('_content/en/media/public.pdf'),
    'an asset a partner page links is copied',
  );
  assert.ok(
    !files.some((f) => f.includes('internal-only.pdf')),
    'an asset only an internal page links is not (5)',
  );
  assert.ok(
    !files.some((f) => f.includes('outside.pdf')),
    'a link to a file outside is not copied (3)',
  );
  assert.ok(!files.some((f) => f.includes('evil.svg')), 'an SVG with script is not published');
  assert.ok(
    !files.some((f) => f.startsWith('en/linked-page')),
    'a page that is a link is not built (14)',
  );
  // 1: the title is text in <title>, everywhere (also in the fallback copy under de/)
  for (const f of [
    'en/l1l2l3-root-title-script/index.html',
    'de/l1l2l3-root-title-script/index.html',
  ]) {
    const html = dist.get(f);
    assert.ok(html, `${f} built`);
    assert.match(html, /<title>Data residency&lt;\/title&gt;&lt;script&gt;/, f);
  }
  // 16: the site's heading id is the one check accepts
  assert.match(dist.get('en/l1l2l3-root-heading-html/index.html')!, /<h2 id="target-spandatespan"/);
  // 10: the page with thousands of links is built, its links rewritten
  assert.equal(
    (dist.get('en/many-links/index.html')!.match(/href="\/en\/l1l2l3-root\/"/g) ?? []).length >=
      6000,
    true,
  );
  // 9: no javascript: href anywhere
  for (const [f, text] of dist)
    if (f.endsWith('.html')) assert.doesNotMatch(text, /href="\s*javascript:/i, f);
  // 19: the print view keeps the author's text and code
  const print = dist.get('en/print/index.html')!;
  assert.ok(
    print.includes('write id="main" and href="#top" in text') ||
      print.includes('write id=&quot;main&quot; and href=&quot;#top&quot; in text'),
    'text kept in the print view',
  );
  assert.doesNotMatch(print, /id="s-[^"]*--main"/, 'no id made from text');
  // 6: the internal TOC entry's title is nowhere (checked with the markers above); its child is kept
  assert.match(dist.get('en/public-page/index.html')!, /Public page/);
});

test('in Chromium no page of the partner build runs anything from content, and the CSP blocks an injected script', async () => {
  const pages = [...dist.keys()].filter(
    (f) =>
      f.endsWith('index.html') &&
      !f.startsWith('_') &&
      !f.includes('.md/') &&
      !f.startsWith('english-playbook') &&
      !f.startsWith('german-playbook'),
  );
  assert.ok(pages.length > 20, pages.join(' '));
  const context = await browser.newContext();
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.effectiveDirective} ${e.blockedURI || 'inline'} ${e.sample}`),
    );
  });
  const ran: string[] = [];
  try {
    const page = await context.newPage();
    page.on('dialog', (d) => {
      ran.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    for (const f of pages) {
      const path = `/${f.replace(/index\.html$/, '')}`;
      await page.goto(`${server.url}${path}`);
      await page.waitForLoadState('load');
      for (const sel of ['a', 'em']) {
        // click what was a javascript: link (now text)
        const el = page.locator(`.sl-markdown-content ${sel}:has-text("reference link")`).first();
        if (await el.count()) await el.click({ timeout: 2000 }).catch(() => {});
      }
      // a click may have started a navigation (a safe link with that text): read the page it lands on
      const read = () =>
        page.evaluate(() => ({
          pwn: (window as unknown as { __pwn?: unknown }).__pwn,
          csp: (window as unknown as { __csp: string[] }).__csp,
        }));
      const state = await read().catch(async (e: Error) => {
        if (!/Execution context was destroyed/.test(e.message)) throw e;
        await page.waitForLoadState('load');
        return read();
      });
      if (state.pwn !== undefined) ran.push(`${path}: window.__pwn = ${String(state.pwn)}`);
      if (state.csp.length)
        ran.push(
          `${path}: CSP violation (a script from content reached the page): ${state.csp.join(' | ')}`,
        );
    }
    assert.deepEqual(ran, []);
    // The control: the policy does block a script put in at run time, on the page of case 1.
    await page.goto(`${server.url}/en/l1l2l3-root-title-script/`);
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = "window.__pwn = 'runtime'";
      document.body.append(s);
    });
    await page.waitForTimeout(300);
    const after = await page.evaluate(() => ({
      pwn: (window as unknown as { __pwn?: unknown }).__pwn,
      csp: (window as unknown as { __csp: string[] }).__csp,
    }));
    assert.equal(after.pwn, undefined, 'the injected script did not run');
    assert.ok(
      after.csp.some((v) => v.startsWith('script-src')),
      `the CSP reported it: ${after.csp.join(' | ')}`,
    );
    assert.equal(
      await page.title(),
      "Data residency</title><script>window.__pwn='title'</script><title> | FastTrack Partner Playbook",
    );
  } finally {
    await context.close();
  }
});
