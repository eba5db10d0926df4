import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildAudience, envProblem } from './corpus.ts';

test('the audience built: partner by default, any case; a wrong one says how to build each', () => {
  assert.equal(buildAudience({}), 'partner');
  assert.equal(buildAudience({ PLAYBOOK_AUDIENCE: ' Internal ' }), 'internal');
  assert.equal(envProblem({ PLAYBOOK_AUDIENCE: 'partner' }), undefined);
  assert.equal(
    envProblem({ PLAYBOOK_AUDIENCE: 'both' }),
    'PLAYBOOK_AUDIENCE must be partner or internal, not "both": the site is built for one audience at a time (a page for both is in both builds). Run the build once with PLAYBOOK_AUDIENCE=partner and once with PLAYBOOK_AUDIENCE=internal.',
  );
  assert.match(
    envProblem({ PLAYBOOK_THREADS: '0' }) ?? '',
    /^PLAYBOOK_THREADS must be a whole number/,
  );
});
