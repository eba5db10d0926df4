import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ConfigError, readConfig } from './config.ts';
import { DEFAULT_LIMITS } from './config.ts';

const ROOT = resolve(import.meta.dirname, '../..');

function withEnv(env: Record<string, string | undefined>, fn: () => void): void {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  for (const [k, v] of Object.entries(env))
    v === undefined ? delete process.env[k] : (process.env[k] = v);
  try {
    fn();
  } finally {
    for (const [k, v] of Object.entries(saved))
      v === undefined ? delete process.env[k] : (process.env[k] = v);
  }
}

test('the project config has what the checker and site need', () => {
  withEnv({ PLAYBOOK_SITE: undefined, PLAYBOOK_BASE: undefined }, () => {
    const c = readConfig(ROOT);
    assert.equal(c.contentDir, 'content');
    assert.equal(c.defaultLocale, 'en');
    assert.ok(c.owners.includes('pagrim'));
    assert.ok(c.base.endsWith('/'));
    assert.match(c.site, /^https?:\/\//);
  });
});

test('PLAYBOOK_SITE and PLAYBOOK_BASE override the file; base always ends in "/"', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cfg-'));
  try {
    writeFileSync(
      join(dir, 'playbook.config.json'),
      JSON.stringify({
        siteTitle: 'T',
        site: 'https://a.example',
        base: '/docs',
        repository: 'https://github.com/o/r',
        editBranch: 'main',
        contentDir: 'c',
        defaultLocale: 'en',
        owners: [],
      }),
    );
    withEnv({ PLAYBOOK_SITE: undefined, PLAYBOOK_BASE: undefined }, () => {
      const c = readConfig(dir);
      assert.equal(c.site, 'https://a.example');
      assert.equal(c.base, '/docs/');
    });
    withEnv({ PLAYBOOK_SITE: 'https://b.example', PLAYBOOK_BASE: '/pr-7' }, () => {
      const c = readConfig(dir);
      assert.equal(c.site, 'https://b.example');
      assert.equal(c.base, '/pr-7/');
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

const GOOD = {
  siteTitle: 'T',
  site: 'https://a.example',
  base: '/',
  repository: '',
  editBranch: 'main',
  contentDir: 'c',
  defaultLocale: 'en',
  owners: ['a'],
};

/** The ConfigError message for a config file holding `json` (a string is written as is). */
function configError(json: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'cfg-'));
  try {
    if (json !== undefined)
      writeFileSync(
        join(dir, 'playbook.config.json'),
        typeof json === 'string' ? json : JSON.stringify(json),
      );
    try {
      readConfig(dir, {});
    } catch (e) {
      assert.ok(e instanceof ConfigError, `a ConfigError, not ${String(e)}`);
      return e.message;
    }
    assert.fail('expected a ConfigError');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('a missing config file is an error naming the file, not a silent default', () => {
  assert.match(configError(undefined), /playbook\.config\.json: not found/);
});

test('a config that is not JSON says so', () => {
  assert.match(configError('{ "site": '), /playbook\.config\.json: not valid JSON/);
});

test('each wrong field is named with what it should be', () => {
  const { owners: _owners, ...noOwners } = GOOD;
  const cases: [Record<string, unknown>, RegExp][] = [
    [{ ...GOOD, site: 'example.com' }, /site: must be the site URL/],
    [{ ...GOOD, base: 'docs' }, /base: must start with "\/"/],
    [{ ...GOOD, repository: 'r' }, /repository: must be the repository URL/],
    [{ ...GOOD, siteTitle: ' ' }, /siteTitle: is empty/],
    [{ ...GOOD, defaultLocale: 'fr' }, /defaultLocale: "fr" is not a playbook locale \(en, de/],
    [
      { ...GOOD, defaultLocale: 'de' },
      /defaultLocale: "de" is not the playbook's source locale "en"/,
    ],
    [noOwners, /owners: must be a list of owner aliases/],
    [{ ...GOOD, owner: ['a'] }, /unknown field\(s\) "owner"/],
  ];
  for (const [json, re] of cases) assert.match(configError(json), re);
});

test('a valid config loads; every field arrives', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cfg-'));
  try {
    writeFileSync(join(dir, 'playbook.config.json'), JSON.stringify(GOOD));
    // Limits left out: every one at its default.
    assert.deepEqual(readConfig(dir, {}), { ...GOOD, limits: DEFAULT_LIMITS, rules: {} });
    writeFileSync(
      join(dir, 'playbook.config.json'),
      JSON.stringify({ ...GOOD, limits: { linksPerPage: 10 } }),
    );
    assert.equal(readConfig(dir, {}).limits.linksPerPage, 10);
    writeFileSync(
      join(dir, 'playbook.config.json'),
      JSON.stringify({ ...GOOD, limits: { linksPerPage: -1 } }),
    );
    assert.throws(() => readConfig(dir, {}), /limits\.linksPerPage/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('"rules" sets the severity of the parity rules; a typo or a wrong severity is an error that says what to write', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cfg-'));
  const write = (rules: unknown) =>
    writeFileSync(
      join(dir, 'playbook.config.json'),
      JSON.stringify({
        siteTitle: 'T',
        site: 'https://a.example',
        base: '/',
        repository: '',
        editBranch: 'main',
        contentDir: 'c',
        defaultLocale: 'en',
        owners: [],
        rules,
      }),
    );
  try {
    write({ 'i18n/parity': 'warning', 'i18n/parity-target': 'error' });
    assert.deepEqual(readConfig(dir).rules, {
      'i18n/parity': 'warning',
      'i18n/parity-target': 'error',
    });
    write(undefined);
    assert.deepEqual(readConfig(dir).rules, {});
    write({ 'i18n/paritty': 'warning' });
    assert.throws(
      () => readConfig(dir),
      /"i18n\/paritty", which is not a rule whose severity can be set.*"i18n\/parity": "warning"/,
    );
    write({ 'i18n/parity': 'off' });
    assert.throws(() => readConfig(dir), /severity "off"/);
    write(['i18n/parity']);
    assert.throws(() => readConfig(dir), /must be an object/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
