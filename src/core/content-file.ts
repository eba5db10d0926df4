/**
 * Reading one of a locale folder's own data files (`_which-status.yml`, `_synonyms.yml`): like
 * every content file it is never read through a symbolic link (the link could point outside the
 * content folder), and a file that cannot be read is a finding, not an exception.
 */
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { diag, type Diagnostic } from './diagnostics.ts';
import type { RuleId } from './rules.ts';

const isLink = (p: string) => {
  try {
    return lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
};

/**
 * The text of `abs`; `undefined` when there is no such file; a finding (on line 1 of the file as
 * `show` writes it) when it is a link or cannot be read. `what` names the file in the message
 * ("the synonyms file").
 */
export function readDataFile(
  abs: string,
  show: (abs: string) => string,
  what: string,
  unreadable: RuleId,
): { raw: string } | { diagnostic: Diagnostic } | undefined {
  if (isLink(abs)) {
    return {
      diagnostic: diag(
        show(abs),
        1,
        'error',
        'file/symlink',
        `${what} is a symbolic link; it is not read`,
        'replace the link with the file itself',
      ),
    };
  }
  if (!existsSync(abs)) return undefined;
  try {
    return { raw: readFileSync(abs, 'utf8') };
  } catch (e) {
    return {
      diagnostic: diag(
        show(abs),
        1,
        'error',
        unreadable,
        `${what} cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`,
        'check its permissions',
      ),
    };
  }
}
