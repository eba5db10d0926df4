import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readLegacyAddresses } from './legacy.ts';

const dir = (json: string) => {
  const d = mkdtempSync(join(tmpdir(), 'legacy-'));
  writeFileSync(join(d, 'legacy-addresses.json'), json);
  return d;
};

test('legacy addresses: good entries are read; unsafe or malformed ones are findings, never thrown', () => {
  const r = readLegacyAddresses(
    dir(
      JSON.stringify({
        'german-playbook/l1l2l3-blocked-de.md': 'de/l1l2l3-blocked',
        '../../outside/evil.md': 'de/l1l2l3-blocked',
        '/etc/evil.md': 'de/l1l2l3-blocked',
        'a/<script>.md': 'de/l1l2l3-blocked',
        'x.md': 'no-slash',
      }),
    ),
  );
  assert.deepEqual([...r.addresses.keys()], ['german-playbook/l1l2l3-blocked-de.md']);
  assert.deepEqual(
    r.diagnostics.map((d) => d.rule),
    ['legacy/address', 'legacy/address', 'legacy/address', 'legacy/address'],
  );
  assert.match(r.diagnostics[0]!.message, /"\.\.\/\.\.\/outside\/evil\.md" is not a safe address/);
  assert.match(readLegacyAddresses(dir('{ broken')).diagnostics[0]!.message, /not valid JSON/);
});

test('legacy addresses: a symbolic link is not followed', () => {
  const d = mkdtempSync(join(tmpdir(), 'legacy-'));
  symlinkSync('/etc/hostname', join(d, 'legacy-addresses.json'));
  const r = readLegacyAddresses(d);
  assert.equal(r.addresses.size, 0);
  assert.match(r.diagnostics[0]!.message, /symbolic link/);
});
