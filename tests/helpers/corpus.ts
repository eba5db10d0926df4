/** Where the shared real-world corpus is, if this checkout has it (CI does; a user's clone may not). */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from './build.ts';

export const SHARED = resolve(ROOT, '..', 'shared', 'corpus');
export const PLAYBOOK = resolve(SHARED, 'fasttrack-partner-playbook');
export const SEED = resolve(SHARED, 'seed', 'l1l2l3-homepage-list-de.md');
export const HAS_SHARED = existsSync(PLAYBOOK);
/** Use as `{ skip: NO_SHARED }`: the reason is printed in the test report. */
export const NO_SHARED = HAS_SHARED
  ? false
  : `skipped: ../shared/corpus is not beside this checkout (${PLAYBOOK})`;
