import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EnvError, audienceOf, githubActions, readEnv } from './env.ts';

test('env: unset means defaults; set values arrive typed', () => {
  const none = readEnv({});
  assert.equal(none.audience, undefined);
  assert.equal(none.buildWithErrors, false);
  assert.equal(none.repository, undefined);
  const some = readEnv({
    PLAYBOOK_AUDIENCE: 'Internal',
    PLAYBOOK_THREADS: '3',
    PLAYBOOK_REPOSITORY: '',
    PLAYBOOK_BUILD_WITH_ERRORS: '1',
  });
  assert.equal(some.audience, 'internal');
  assert.equal(some.threads, 3);
  assert.equal(some.repository, '', 'set but empty: no repository');
  assert.equal(some.buildWithErrors, true);
});

test('env: a bad value is an error naming the variable', () => {
  assert.throws(
    () => readEnv({ PLAYBOOK_AUDIENCE: 'public' }),
    (e) =>
      e instanceof EnvError &&
      /PLAYBOOK_AUDIENCE must be partner or internal, not "public"/.test(e.message),
  );
  assert.throws(
    () => readEnv({ PLAYBOOK_THREADS: '0' }),
    /PLAYBOOK_THREADS must be a whole number/,
  );
});

test('env: the error names the variable (or option) it is about', () => {
  assert.throws(
    () => readEnv({ PLAYBOOK_THREADS: 'two' }),
    (e) =>
      e instanceof EnvError && e.variable === 'PLAYBOOK_THREADS' && /not "two"/.test(e.message),
  );
  assert.throws(
    () => readEnv({ PLAYBOOK_AUDIENCE: 'both' }),
    (e) => e instanceof EnvError && e.variable === 'PLAYBOOK_AUDIENCE',
  );
  assert.throws(
    () => audienceOf('everyone', '--audience'),
    (e) =>
      e instanceof EnvError &&
      e.variable === '--audience' &&
      /^--audience must be partner or internal/.test(e.message),
  );
});

test('env: GITHUB_ACTIONS is true only for "true"; GITHUB_SHA is the commit', () => {
  assert.equal(githubActions({ GITHUB_ACTIONS: 'true' }), true);
  assert.equal(githubActions({ GITHUB_ACTIONS: '1' }), false);
  assert.equal(readEnv({ GITHUB_ACTIONS: 'true' }).githubActions, true);
  assert.equal(readEnv({ GITHUB_SHA: 'abc' }).commit, 'abc');
  assert.equal(readEnv({}).commit, '');
});
