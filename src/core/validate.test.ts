import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFrontMatter } from './frontmatter.ts';
import { unknownOwners, validateFrontMatter } from './validate.ts';

const OWNERS = ['pagrim', 'v-cekenn', 'ftplaybook'];
const REQUIRED = [
  'title: Blocked',
  'description: One sentence.',
  'ms.date: 11/24/2026',
  'ft.audience: partner',
];
const page = (lines: string[]) => ['---', ...lines, '---', '', 'Body.'].join('\n');
const run = (lines: string[], owners: readonly string[] = OWNERS) =>
  validateFrontMatter(parseFrontMatter(page(lines)), 'en/x.md', owners);
const brief = (r: ReturnType<typeof run>) =>
  r.diagnostics.map((d) => `${d.line} ${d.severity} ${d.rule}`);

test('a valid page gives meta and no diagnostics', () => {
  const r = run(REQUIRED);
  assert.deepEqual(r.diagnostics, []);
  assert.equal(r.meta?.title, 'Blocked');
  assert.equal(r.meta?.date, '2026-11-24');
  assert.deepEqual(r.meta?.audience, ['partner']);
});

test('no front matter: one error on line 1', () => {
  const r = validateFrontMatter(parseFrontMatter('# Just text\n'), 'en/x.md', OWNERS);
  assert.equal(r.meta, undefined);
  assert.deepEqual(brief(r), ['1 error frontmatter/missing']);
  assert.equal(r.diagnostics[0]!.file, 'en/x.md');
  assert.ok(r.diagnostics[0]!.hint);
});

test('broken YAML and duplicate keys: one error with the YAML line', () => {
  assert.deepEqual(brief(run([...REQUIRED, 'ms.date: 1/1/2020'])), [
    '6 error frontmatter/duplicate-key',
  ]);
  const y = run(['title: [oops', ...REQUIRED.slice(1)]);
  assert.equal(y.diagnostics.length, 1);
  assert.equal(y.diagnostics[0]!.rule, 'frontmatter/yaml');
  assert.match(y.diagnostics[0]!.message, /^front matter is not valid YAML: /);
  assert.equal(y.meta, undefined);
});

test('unknown ft.* key is an error with "did you mean"', () => {
  const r = run([...REQUIRED.slice(0, 3), 'ft.audeince: partner']);
  const d = r.diagnostics.find((x) => x.rule === 'schema/unknown-ft-key');
  assert.ok(d);
  assert.equal(d.severity, 'error');
  assert.equal(d.line, 5);
  assert.equal(d.message, 'unknown key "ft.audeince" (did you mean "ft.audience"?)');
  assert.equal(d.hint, 'rename it to "ft.audience"');
  // and ft.audience itself is then missing, reported at the closing `---`
  const missing = r.diagnostics.find((x) => x.rule === 'schema/ft.audience');
  assert.equal(missing?.line, 6);
  assert.equal(missing?.message, 'required key "ft.audience" is missing');
  assert.equal(r.meta, undefined);
});

test('unknown ft.* key with nothing close lists the known keys', () => {
  const d = run([...REQUIRED, 'ft.colour: blue']).diagnostics[0]!;
  assert.equal(d.rule, 'schema/unknown-ft-key');
  assert.equal(d.message, 'unknown key "ft.colour"');
  assert.match(d.hint!, /^known keys: title, description/);
});

test('unknown non-ft key is a warning; the page still validates', () => {
  const r = run([...REQUIRED, 'colour: blue', 'titel: x']);
  assert.deepEqual(brief(r), ['6 warning schema/unknown-key', '7 warning schema/unknown-key']);
  assert.equal(r.diagnostics[0]!.hint, 'remove it if nothing reads it');
  assert.equal(r.diagnostics[1]!.message, 'unknown key "titel" (did you mean "title"?)');
  assert.ok(r.meta);
});

test('owner not in the list: warning suggesting the close alias (pargim → pagrim)', () => {
  const r = run([...REQUIRED, 'ft.owner: pargim', 'ms.author: Celia Kennedy']);
  assert.deepEqual(brief(r), ['6 warning schema/unknown-owner', '7 warning schema/unknown-owner']);
  assert.equal(
    r.diagnostics[0]!.message,
    'ft.owner "pargim" is not in the owners list (did you mean "pagrim"?)',
  );
  assert.equal(
    r.diagnostics[0]!.hint,
    'write "pagrim", or add "pargim" to owners in playbook.config.json',
  );
  assert.equal(r.diagnostics[1]!.message, 'ms.author "Celia Kennedy" is not in the owners list');
  assert.ok(r.meta, 'owner warnings do not drop the page');
});

test('owners are matched case-insensitively; an empty owners list checks nothing', () => {
  assert.deepEqual(run([...REQUIRED, 'ft.owner: PaGrim']).diagnostics, []);
  assert.deepEqual(run([...REQUIRED, 'ft.owner: anyone'], []).diagnostics, []);
});

test('audience: "internal, partner" and list forms', () => {
  assert.deepEqual(
    run([...REQUIRED.slice(0, 3), 'ft.audience: internal, partner']).meta?.audience,
    ['internal', 'partner'],
  );
  assert.deepEqual(
    run([...REQUIRED.slice(0, 3), 'ft.audience:', '  - partner', '  - internal']).meta?.audience,
    ['internal', 'partner'],
  );
  assert.deepEqual(run([...REQUIRED.slice(0, 3), 'ft.audience: [internal]']).meta?.audience, [
    'internal',
  ]);
});

test("bad values: error on the key's own line, with allowed values", () => {
  const r = run([
    ...REQUIRED.slice(0, 3),
    'ft.audience: partners',
    'ft.level: L4',
    'ft.order: 1.5',
  ]);
  assert.deepEqual(brief(r), [
    '5 error schema/ft.audience',
    '6 error schema/ft.level',
    '7 error schema/ft.order',
  ]);
  assert.equal(r.diagnostics[0]!.message, 'unknown audience "partners" (did you mean "partner"?)');
  assert.equal(r.diagnostics[0]!.hint, 'allowed: partner, internal');
  assert.equal(r.diagnostics[1]!.message, 'unknown level "L4" (did you mean "L1"?)');
  assert.equal(r.diagnostics[1]!.hint, 'allowed: L1, L2, L3, none');
  assert.equal(r.meta, undefined);
});

test('bad ms.date forms are errors on the ms.date line', () => {
  for (const v of ['13/45/2019', '2/30/2020', 'yesterday']) {
    const r = run(['title: T', 'description: D', `ms.date: ${v}`, 'ft.audience: partner']);
    assert.deepEqual(brief(r), ['4 error schema/ms.date'], v);
    assert.ok(r.diagnostics[0]!.message.includes(v));
  }
});

test('missing required keys: one error each, at the closing `---`, with a hint', () => {
  const r = run(['ft.audience: partner']);
  assert.deepEqual(brief(r).sort(), [
    '3 error schema/description',
    '3 error schema/ms.date',
    '3 error schema/title',
  ]);
  for (const d of r.diagnostics) {
    assert.match(d.message, /^required key "(title|description|ms\.date)" is missing$/);
    assert.ok(d.hint);
  }
});

test('numeric title stays the text "42"; `True` stays "True"', () => {
  const r = run(['title: 42', 'description: True', 'ms.date: 2020-01-31', 'ft.audience: partner']);
  assert.deepEqual(r.diagnostics, []);
  assert.equal(r.meta?.title, '42');
  assert.equal(r.meta?.description, 'True');
  assert.equal(r.meta?.date, '2020-01-31');
});

test('an optional key left empty counts as not set; a required one left empty is "empty"', () => {
  const r = run([
    ...REQUIRED,
    'ft.parent:',
    'ft.label:',
    'ms.custom:',
    'ft.level:',
    'ft.keywords:',
  ]);
  assert.deepEqual(r.diagnostics, []);
  assert.equal(r.meta?.parent, undefined);
  assert.equal(r.meta?.label, undefined);
  assert.equal(r.meta?.level, null);
  assert.deepEqual(r.meta?.keywords, []);
  const t = run(['title:', ...REQUIRED.slice(1)]);
  assert.deepEqual(brief(t), ['2 error schema/title']);
  assert.equal(t.diagnostics[0]!.message, 'title is empty');
});

test('a value of the wrong shape is an error, not a crash', () => {
  const r = run(['title:', '  nested: map', ...REQUIRED.slice(1)]);
  assert.deepEqual(brief(r), ['2 error schema/title']);
  assert.equal(r.diagnostics[0]!.message, 'title must be text');
});

test('unknownOwners: the owner check on its own (for the scaffold), with the close alias', () => {
  assert.deepEqual(unknownOwners({ owner: 'pargim', msAuthor: 'PAGRIM' }, ['pagrim']), [
    { key: 'ft.owner', value: 'pargim', suggestion: 'pagrim' },
  ]);
  assert.deepEqual(unknownOwners({ msAuthor: 'zzz' }, ['pagrim']), [
    { key: 'ms.author', value: 'zzz', suggestion: undefined },
  ]);
  assert.deepEqual(unknownOwners({ owner: 'anyone' }, []), []);
});
