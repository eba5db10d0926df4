/**
 * The rule registry (src/core/rules.ts) and CONTRIBUTING.md's "What each check rule means" list the
 * same rules, with the same severity, each under the section its `doc` anchor names.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { RULES } from '../../src/core/rules.ts';
import { ROOT } from '../helpers/build.ts';

const guide = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8');
const part = guide.slice(
  guide.indexOf('## What each check rule means'),
  guide.indexOf('## Before you open a pull request'),
);

/** Rule rows of CONTRIBUTING: id → { severity, section anchor }. */
function documented(): Map<string, { severity: string; section: string }> {
  const slugger = new GithubSlugger();
  const out = new Map<string, { severity: string; section: string }>();
  let section = '';
  for (const line of part.split('\n')) {
    if (line.startsWith('### ')) section = slugger.slug(line.slice(4).trim());
    const m = /^\| `([^`]+)`(?:, e\.g\.[^|]*)? \| (error|warning)¹? \|/.exec(line);
    if (m && !out.has(m[1]!)) out.set(m[1]!, { severity: m[2]!, section });
  }
  return out;
}

test('every rule of the registry has a row in CONTRIBUTING, and every row is a rule of the registry', () => {
  const docs = documented();
  const registry = Object.keys(RULES);
  assert.deepEqual(
    registry.filter((id) => !docs.has(id)),
    [],
    'rules without a row in CONTRIBUTING.md',
  );
  assert.deepEqual(
    [...docs.keys()].filter((id) => id !== 'schema/<field>' && !registry.includes(id)),
    [],
    'rows of CONTRIBUTING.md that are no rule',
  );
});

test('severity and section agree between the registry and CONTRIBUTING', () => {
  const docs = documented();
  for (const [id, info] of Object.entries(RULES)) {
    const d = docs.get(id)!;
    assert.equal(info.severity, d.severity, `${id}: severity`);
    assert.equal(
      info.doc,
      d.section,
      `${id}: documented under #${d.section}, the registry says #${info.doc}`,
    );
  }
});
