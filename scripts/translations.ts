/** npm run translations: record and accept the English sections translations cover (see scripts/lib/translations.ts). */
import { resolve } from 'node:path';
import { writeLockFile } from '../src/core/freshness.ts';
import { runTranslations } from './lib/translations.ts';

const r = runTranslations(process.argv.slice(2));
for (const line of r.out) (r.code === 0 ? console.log : console.error)(line);
if (r.code === 0) {
  const dir = resolve(
    process.argv.includes('--content')
      ? process.argv[process.argv.indexOf('--content') + 1]!
      : 'content',
  );
  for (const [locale, lock] of r.locks) writeLockFile(dir, locale, lock);
}
process.exit(r.code);
