/**
 * "Often confused with": which statuses a partner might mix up with a given one, read from the
 * invalid-scenario tables (the last column names the status that applies instead). A row on page
 * A pointing to B tells both pages something: on A, "use B when …"; on B, "A's page sends this
 * case here". Built once per taxonomy from every page's tables (a reverse index).
 */
import type { TableCell, MdTable } from './tables.ts';
import { findStatus } from './status-names.ts';
import { flatten, type TaxNode, type Taxonomy } from './taxonomy.ts';

/** One table row: on the page of `from`, `scenario` is a case where `target` applies. */
export interface ScenarioRow {
  from: string;
  target: string;
  scenario: string;
}

export interface ConfusedScenario {
  text: string;
  /** `other`: the other status applies in this case; `this`: the page's own status does. */
  applies: 'other' | 'this';
}

export interface Confusion {
  status: TaxNode;
  scenarios: ConfusedScenario[];
}

/**
 * The status a table cell names: the first link that resolves to a status page, else the cell's
 * text as a status name of the locale (`names`, then `fallbackNames`).
 */
export function statusOfCell(
  cell: TableCell,
  resolveLink: (url: string) => string | undefined,
  names: ReadonlyMap<string, TaxNode>,
  fallbackNames?: ReadonlyMap<string, TaxNode>,
): string | undefined {
  for (const url of cell.links) {
    const id = resolveLink(url);
    if (id) return id;
  }
  return (findStatus(names, cell.text) ?? (fallbackNames && findStatus(fallbackNames, cell.text)))
    ?.id;
}

/** Rows of a page's tables whose last cell names another status. */
export function scenarioRows(
  from: string,
  tables: MdTable[],
  statusOf: (cell: TableCell) => string | undefined,
): ScenarioRow[] {
  const rows: ScenarioRow[] = [];
  for (const t of tables) {
    for (const r of t.rows) {
      if (r.cells.length < 2) continue;
      const target = statusOf(r.cells[r.cells.length - 1]!);
      const scenario = r.cells[0]!.text;
      if (target && target !== from && scenario) rows.push({ from, target, scenario });
    }
  }
  return rows;
}

/** Per status id: the statuses it is confused with, those its own page names first. */
export function confusionIndex(tax: Taxonomy, rows: ScenarioRow[]): Map<string, Confusion[]> {
  const order = new Map(flatten(tax).map((n, i) => [n.id, i]));
  const byStatus = new Map<string, Map<string, Confusion>>();
  const add = (at: string, other: string, s: ConfusedScenario) => {
    const node = tax.byId.get(other);
    if (!node || !tax.byId.has(at)) return;
    let m = byStatus.get(at);
    if (!m) byStatus.set(at, (m = new Map()));
    let c = m.get(other);
    if (!c) m.set(other, (c = { status: node, scenarios: [] }));
    if (!c.scenarios.some((x) => x.text === s.text && x.applies === s.applies)) c.scenarios.push(s);
  };
  for (const r of rows) add(r.from, r.target, { text: r.scenario, applies: 'other' });
  for (const r of rows) add(r.target, r.from, { text: r.scenario, applies: 'this' });
  const out = new Map<string, Confusion[]>();
  for (const [id, m] of byStatus) {
    const list = [...m.values()];
    const own = (c: Confusion) => (c.scenarios.some((s) => s.applies === 'other') ? 0 : 1);
    list.sort((a, b) => own(a) - own(b) || order.get(a.status.id)! - order.get(b.status.id)!);
    out.set(id, list);
  }
  return out;
}
