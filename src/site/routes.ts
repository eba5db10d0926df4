/** Static paths for the extra per-locale routes (status finder, one-page view, 404). */
import { LOCALES } from '../core/locales.ts';
import { site } from './corpus.ts';

export function localePaths() {
  const { corpus } = site();
  return LOCALES.filter((l) => corpus.locales.includes(l.folder)).map((l) => ({
    params: { locale: l.folder },
    props: { locale: l.folder, lang: l.lang },
  }));
}
