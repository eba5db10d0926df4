/**
 * MiniSearch's serialised index, packed for the status index file. Its JSON spends most of its
 * bytes on punctuation: every term a quoted key, every posting an object of objects
 * (`["vpn",{"2":{"7":1}}]`). Packed, the terms are one string, a line each, and their postings
 * another, a line per term in the same order: `field:doc,doc*tf;field:doc` (a term frequency of 1
 * is left out). The rest of the plain object (document ids, field lengths) is kept as it is.
 */
import type { AsPlainObject } from 'minisearch';

/** MiniSearch's plain object with its term table packed. */
export interface PackedIndex extends Omit<AsPlainObject, 'index'> {
  /** The index's terms, one per line. */
  terms: string;
  /** Per line (the term on the same line of `terms`): `field:doc,doc*tf;…`. */
  postings: string;
}

type Postings = AsPlainObject['index'][number][1];

function packPostings(fields: Postings): string {
  return Object.entries(fields)
    .map(
      ([field, docs]) =>
        `${field}:${Object.entries(docs)
          .map(([doc, tf]) => (tf === 1 ? doc : `${doc}*${tf}`))
          .join(',')}`,
    )
    .join(';');
}

function unpackPostings(line: string): Postings {
  const fields: Postings = {};
  if (!line) return fields;
  for (const entry of line.split(';')) {
    const [field, docs] = entry.split(':') as [string, string];
    const byDoc: Record<string, number> = {};
    for (const posting of docs.split(',')) {
      const [doc, tf] = posting.split('*') as [string, string | undefined];
      byDoc[doc] = tf === undefined ? 1 : Number(tf);
    }
    fields[field] = byDoc;
  }
  return fields;
}

/** Packs MiniSearch's `toJSON()` output. Throws on a term holding a line break (the tokenizer never makes one). */
export function packIndex(plain: AsPlainObject): PackedIndex {
  const { index, ...rest } = plain;
  const bad = index.find(([t]) => t.includes('\n'));
  if (bad) throw new Error(`index term ${JSON.stringify(bad[0])} holds a line break`);
  return {
    ...rest,
    terms: index.map(([t]) => t).join('\n'),
    postings: index.map(([, fields]) => packPostings(fields)).join('\n'),
  };
}

/** The plain object `MiniSearch.loadJS` takes, from a packed index. */
export function unpackIndex(packed: PackedIndex): AsPlainObject {
  const { terms, postings, ...rest } = packed;
  const termList = terms ? terms.split('\n') : [];
  const postingLines = postings ? postings.split('\n') : [];
  if (termList.length !== postingLines.length)
    throw new Error(
      `status index: ${termList.length} terms but ${postingLines.length} posting lines: rebuild the site`,
    );
  return { ...rest, index: termList.map((t, i) => [t, unpackPostings(postingLines[i]!)]) };
}
