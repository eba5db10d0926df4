import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readConfig } from './config.ts';

const ROOT = resolve(import.meta.dirname, '../..');

function withEnv(env: Record<string, string | undefined>, fn: () => void): void {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  for (const [k, v] of Object.entries(env)) v === undefined ? delete process.env[k] : (process.env[k] = v);
  try {
    fn();
  } finally {
    for (const [k, v] of Object.entries(saved)) v === undefined ? delete process.env[k] : (process.env[k] = v);
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
    writeFileSync(join(dir, 'playbook.config.json'), JSON.stringify({ siteTitle: 'T', site: 'https://a.example', base: '/docs', repository: 'r', editBranch: 'main', contentDir: 'c', defaultLocale: 'en', owners: [] }));
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

test('a missing config file is an error, not a silent default', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cfg-'));
  try {
    assert.throws(() => readConfig(dir), /ENOENT/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('"rules" sets the severity of the parity rules; a typo or a wrong severity is an error that says what to write', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cfg-'));
  const write = (rules: unknown) => writeFileSync(join(dir, 'playbook.config.json'), JSON.stringify({ siteTitle: 'T', site: 'https://a.example', base: '/', repository: 'r', editBranch: 'main', contentDir: 'c', defaultLocale: 'en', owners: [], rules }));
  try {
    write({ 'i18n/parity': 'warning', 'i18n/parity-target': 'error' });
    assert.deepEqual(readConfig(dir).rules, { 'i18n/parity': 'warning', 'i18n/parity-target': 'error' });
    write(undefined);
    assert.deepEqual(readConfig(dir).rules, {});
    write({ 'i18n/paritty': 'warning' });
    assert.throws(() => readConfig(dir), /"i18n\/paritty", which is not a rule whose severity can be set.*"i18n\/parity": "warning"/);
    write({ 'i18n/parity': 'off' });
    assert.throws(() => readConfig(dir), /severity "off"/);
    write(['i18n/parity']);
    assert.throws(() => readConfig(dir), /must be an object/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
