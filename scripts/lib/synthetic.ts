/**
 * Synthetic playbooks for the benchmarks (scripts/bench.ts, scripts/bench-check.ts).
 *
 * `writePlaybook` writes a valid content tree shaped like the real one: flat `<locale>/<id>.md`
 * files, an index page, five L1 statuses, L2 reasons under them and L3 sub-reasons under the L2s,
 * every page ~3 KB with the real front-matter keys, headings, lists, a table whose last column
 * names another status, a note, and relative links (`x.md`, `x.md#anchor`) to parent, siblings,
 * children and another L1. The same ids exist in every locale (translations of the default
 * locale), so `loadContent` reports 0 errors and 0 warnings. Output is deterministic (seeded).
 *
 * `writeStarlightDocs` converts such a tree for a plain Starlight site: front matter reduced to
 * title and description, files under `<docsDir>/<locale>/…`.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { parseFrontMatter } from '../../src/core/frontmatter.ts';
import { yamlList, yamlScalar } from '../../src/core/yaml-text.ts';

export type SynthLevel = 'L1' | 'L2' | 'L3';

export interface SyntheticOptions {
  /** Total pages over all locales (the default locale gets any remainder). */
  pages: number;
  /** Locale folders; the first is the source language. Default en, de. */
  locales?: string[];
  /** L3 sub-reasons per L2 reason (on average). Default 8. */
  l3PerL2?: number;
  /** Seed for the text choices. Default 1. */
  seed?: number;
}

export interface PlanNode {
  id: string;
  level: SynthLevel | null;
  parent?: PlanNode;
  children: PlanNode[];
  order: number;
  /** Index of the title words (same in every locale). */
  n: number;
  area: number;
  qual: number;
}

export interface SyntheticResult {
  root: string;
  locales: string[];
  /** Pages written per locale. */
  perLocale: Record<string, number>;
  files: number;
  bytes: number;
  levels: Record<'index' | SynthLevel, number>;
}

/** mulberry32: small, fast, deterministic. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const L1_KEYS = [
  'status-unknown',
  'in-progress',
  'no-intent',
  'blocked',
  'duplicate-invalid',
] as const;

interface LocaleText {
  l1: string[];
  l1Desc: string[];
  areas: string[];
  quals: string[];
  title(area: string, qual: string, n: number): string;
  headings: {
    definition: string;
    use: string;
    notUse: string;
    valid: string;
    invalid: string;
    questions: string;
    related: string;
  };
  tableHead: [string, string];
  intro: string[];
  definition: string[];
  use: string[];
  notUse: string[];
  valid: string[];
  invalid: string[];
  questions: string[];
  seeParent: string;
  seeAlso: string;
  docs: string;
  note: string;
  home: { title: string; description: string; lead: string; statuses: string };
  desc(title: string, parent: string | undefined): string;
  keywords: string[];
  date: string;
}

const EN: LocaleText = {
  l1: ['Status Unknown', 'In Progress', 'No Intent', 'Blocked', 'Duplicate/Invalid'],
  l1Desc: [
    'The customer has not yet confirmed whether they intend to use the workload.',
    'The customer has confirmed intent and is deploying, migrating or driving adoption.',
    'The customer does not plan to use the service, now or in the foreseeable future.',
    'The customer intends to use the workload, but obstacles must be removed with help from others first.',
    'The record is a duplicate, or the entitlement is not valid for FastTrack.',
  ],
  areas: [
    'Network',
    'Identity',
    'Licensing',
    'Security',
    'Compliance',
    'Migration',
    'Adoption',
    'Hardware',
    'Desktop',
    'Mailbox',
    'Teams',
    'SharePoint',
    'Intune',
    'Budget',
    'Training',
    'Change Management',
    'Tenant',
    'Subscription',
    'Partner',
    'Legal',
    'Privacy',
    'Reliability',
    'Infrastructure',
    'Application',
    'Data',
    'Archive',
    'Endpoint',
    'Directory',
    'Firewall',
    'Proxy',
    'Bandwidth',
    'Governance',
    'Retention',
    'Sponsorship',
    'Resourcing',
    'Procurement',
    'Readiness',
    'Compatibility',
    'Onboarding',
    'Deployment',
  ],
  quals: [
    'Remediation',
    'Readiness',
    'Review',
    'Approval',
    'Dependency',
    'Constraint',
    'Escalation',
    'Assessment',
    'Delay',
    'Gap',
    'Issue',
    'Requirement',
    'Planning',
    'Validation',
    'Rollout',
  ],
  title: (a, q, n) => `${a} ${q} ${n}`,
  headings: {
    definition: 'Definition',
    use: 'When to use it',
    notUse: 'When not to use it',
    valid: 'Valid example scenarios',
    invalid: 'Invalid example scenarios',
    questions: 'Questions to ask the customer',
    related: 'Related statuses',
  },
  tableHead: ['Scenario', 'Status that applies'],
  intro: [
    'Use this status when the customer wants the service but cannot move forward until a specific problem is solved.',
    'Choose this reason when the workload cannot move forward until something the customer owns is corrected.',
    'Use this sub-reason when the cause is known precisely enough for someone else to act on it.',
    'Pick this entry when the engagement stalls for a reason the partner can name and follow up.',
  ],
  definition: [
    'The customer intends to use the workload, but one or more issues prevent deployment or adoption from continuing.',
    'Removing them needs help beyond the normal deployment work, typically from the account team, engineering or licensing specialists.',
    'The notes should describe the obstacle precisely enough for someone else to act on it, including who owns the next step.',
    'Agree the target date with whoever owns the resolution and update it whenever the forecast changes.',
    'Once the obstacle is removed, move the entitlement back to an active status and set a new target date for onboarding.',
    'Record the date on which the issue was first raised, so that the age of the blocker is visible in reports.',
    'If several issues apply, choose the one that stops progress first and mention the others in the notes.',
  ],
  use: [
    'The customer has confirmed intent, but deployment has stopped because of a specific, identifiable issue.',
    'Resolving the issue needs action from someone other than the team doing the deployment.',
    'The obstacle lies in the customer environment, the IT organization or the licensing agreement.',
    'The customer has named an owner for the problem and a date by which it should be solved.',
    'The partner has escalated the problem and is waiting for an answer from the responsible team.',
  ],
  notUse: [
    'The customer is simply scheduling the work for later and nothing stands in the way:',
    'Remediation is planned and carried out as a normal part of onboarding:',
    'The customer has decided not to use the service at all:',
    'The customer has not responded, so you do not know whether anything blocks them:',
  ],
  valid: [
    'The customer will not deploy until a new agreement has been signed.',
    'Licenses were bought for the wrong cloud and must be replaced before the rollout.',
    'The network team must upgrade the proxy before users can be migrated.',
    'A required feature is included only in a higher plan, and the upgrade is still being negotiated.',
    'The security review has not approved the service for production use yet.',
    'The directory must be cleaned up before accounts can be synchronized.',
  ],
  invalid: [
    'The company has been acquired and its tenant will be retired.',
    'The statement of work covers only some of the workloads.',
    'The budget is approved but will not be released until next fiscal year.',
    'The customer has stopped answering emails and calls.',
    'The workload is already fully deployed and used.',
  ],
  questions: [
    'Do your licenses include every workload and feature you plan to deploy?',
    'Who owns the resolution of this issue, and when do you expect it to be solved?',
    'Which teams must approve the change before the rollout can continue?',
    'Are there dependencies on other projects that could delay the deployment?',
    'What would you need from Microsoft or the partner to move forward?',
    'Has the issue been escalated, and to whom?',
  ],
  seeParent: 'This entry refines',
  seeAlso: 'See also',
  docs: 'the product documentation',
  note: 'Keep the notes short and factual: what blocks the work, who owns it and when it will be solved.',
  home: {
    title: 'FastTrack Partner Playbook',
    description:
      'How partners classify a FastTrack engagement with an L1 status, an L2 reason and, where one exists, an L3 sub-reason.',
    lead: 'This playbook helps FastTrack partners record where each customer service entitlement stands, so that partners, FastTrack Managers and account teams read every status the same way.',
    statuses: 'L1 statuses',
  },
  desc: (t, p) =>
    p
      ? `${t}: a reason under ${p} that explains why the engagement does not move forward as planned.`
      : `${t}: the customer's intent and where the engagement stands.`,
  keywords: [
    'deployment',
    'remediation',
    'escalation',
    'target date',
    'license',
    'tenant',
    'network',
    'adoption',
    'budget',
    'security',
  ],
  date: '11/20/2026',
};

const DE: LocaleText = {
  l1: ['Status unbekannt', 'In Bearbeitung', 'Keine Absicht', 'Blockiert', 'Duplikat/Ungültig'],
  l1Desc: [
    'Der Kunde hat noch nicht bestätigt, ob er den Workload nutzen will.',
    'Der Kunde hat seine Absicht bestätigt und führt Bereitstellung, Migration oder Einführung durch.',
    'Der Kunde plant nicht, den Dienst jetzt oder in absehbarer Zeit zu nutzen.',
    'Der Kunde will den Dienst nutzen, doch ein Hindernis muss zuerst mit Unterstützung beseitigt werden.',
    'Der Datensatz ist ein Duplikat oder die Berechtigung gilt nicht für FastTrack.',
  ],
  areas: [
    'Netzwerk',
    'Identität',
    'Lizenzierung',
    'Sicherheit',
    'Compliance',
    'Migration',
    'Einführung',
    'Hardware',
    'Arbeitsplatz',
    'Postfach',
    'Teams',
    'SharePoint',
    'Intune',
    'Budget',
    'Schulung',
    'Änderungsmanagement',
    'Mandant',
    'Abonnement',
    'Partner',
    'Recht',
    'Datenschutz',
    'Zuverlässigkeit',
    'Infrastruktur',
    'Anwendung',
    'Daten',
    'Archiv',
    'Endgerät',
    'Verzeichnis',
    'Firewall',
    'Proxy',
    'Bandbreite',
    'Governance',
    'Aufbewahrung',
    'Sponsoring',
    'Ressourcen',
    'Beschaffung',
    'Bereitschaft',
    'Kompatibilität',
    'Onboarding',
    'Bereitstellung',
  ],
  quals: [
    'Behebung',
    'Bereitschaft',
    'Prüfung',
    'Freigabe',
    'Abhängigkeit',
    'Einschränkung',
    'Eskalation',
    'Bewertung',
    'Verzögerung',
    'Lücke',
    'Problem',
    'Anforderung',
    'Planung',
    'Validierung',
    'Rollout',
  ],
  title: (a, q, n) => `${a} – ${q} ${n}`,
  headings: {
    definition: 'Definition',
    use: 'Wann verwenden',
    notUse: 'Wann nicht verwenden',
    valid: 'Gültige Beispielszenarien',
    invalid: 'Ungültige Beispielszenarien',
    questions: 'Fragen an den Kunden',
    related: 'Verwandte Status',
  },
  tableHead: ['Szenario', 'Zutreffender Status'],
  intro: [
    'Dieser Status macht sichtbar, dass ein Kunde zwar will, aber nicht vorankommt.',
    'Wählen Sie diesen Grund, wenn der Workload erst weitergehen kann, nachdem beim Kunden etwas korrigiert wurde.',
    'Verwenden Sie diesen Untergrund, wenn die Ursache so genau bekannt ist, dass andere handeln können.',
    'Wählen Sie diesen Eintrag, wenn das Projekt aus einem benennbaren Grund stockt.',
  ],
  definition: [
    'Der Kunde will den Workload nutzen, aber ein oder mehrere Probleme verhindern die Fortsetzung der Bereitstellung.',
    'Für ihre Beseitigung ist Hilfe über die normale Bereitstellung hinaus nötig, meist vom Account Team, vom Engineering oder von Lizenzspezialisten.',
    'Die Notizen sollten das Hindernis so genau beschreiben, dass andere handeln können, einschließlich der Person, die den nächsten Schritt verantwortet.',
    'Stimmen Sie das Zieldatum mit der verantwortlichen Stelle ab und aktualisieren Sie es, wenn sich die Prognose ändert.',
    'Sobald das Hindernis beseitigt ist, setzen Sie die Berechtigung wieder auf einen aktiven Status und legen ein neues Zieldatum fest.',
    'Halten Sie fest, wann das Problem zuerst gemeldet wurde, damit das Alter des Hindernisses in Berichten sichtbar ist.',
    'Wenn mehrere Probleme zutreffen, wählen Sie das, welches den Fortschritt zuerst aufhält, und nennen die anderen in den Notizen.',
  ],
  use: [
    'Der Kunde hat seine Absicht bestätigt, aber die Bereitstellung steht wegen eines bestimmten Problems still.',
    'Die Lösung erfordert Maßnahmen von jemand anderem als dem Bereitstellungsteam.',
    'Das Hindernis liegt in der Umgebung des Kunden, in der IT-Organisation oder im Lizenzvertrag.',
    'Der Kunde hat eine verantwortliche Person und ein Datum für die Lösung benannt.',
    'Der Partner hat das Problem eskaliert und wartet auf eine Antwort des zuständigen Teams.',
  ],
  notUse: [
    'Der Kunde plant die Arbeit nur später ein und nichts steht im Weg:',
    'Die Behebung ist geplant und gehört zum normalen Onboarding:',
    'Der Kunde hat entschieden, den Dienst gar nicht zu nutzen:',
    'Der Kunde hat nicht geantwortet, daher ist unklar, ob etwas blockiert:',
  ],
  valid: [
    'Der Kunde stellt erst bereit, wenn ein neuer Vertrag unterschrieben ist.',
    'Lizenzen wurden für die falsche Cloud gekauft und müssen vor dem Rollout ersetzt werden.',
    'Das Netzwerkteam muss den Proxy aktualisieren, bevor Benutzer migriert werden können.',
    'Eine benötigte Funktion ist nur in einem höheren Plan enthalten, und das Upgrade wird noch verhandelt.',
    'Die Sicherheitsprüfung hat den Dienst noch nicht für den Produktivbetrieb freigegeben.',
    'Das Verzeichnis muss bereinigt werden, bevor Konten synchronisiert werden können.',
  ],
  invalid: [
    'Das Unternehmen wurde übernommen und sein Mandant wird stillgelegt.',
    'Die Leistungsbeschreibung umfasst nur einen Teil der Workloads.',
    'Das Budget ist genehmigt, wird aber erst im nächsten Geschäftsjahr freigegeben.',
    'Der Kunde beantwortet keine E-Mails und Anrufe mehr.',
    'Der Workload ist bereits vollständig bereitgestellt und wird genutzt.',
  ],
  questions: [
    'Umfassen Ihre Lizenzen jeden Workload und jede Funktion, die Sie bereitstellen wollen?',
    'Wer verantwortet die Lösung dieses Problems, und wann erwarten Sie sie?',
    'Welche Teams müssen die Änderung genehmigen, bevor der Rollout weitergehen kann?',
    'Gibt es Abhängigkeiten von anderen Projekten, die die Bereitstellung verzögern könnten?',
    'Was brauchen Sie von Microsoft oder dem Partner, um voranzukommen?',
    'Wurde das Problem eskaliert, und an wen?',
  ],
  seeParent: 'Dieser Eintrag verfeinert',
  seeAlso: 'Siehe auch',
  docs: 'die Produktdokumentation',
  note: 'Halten Sie die Notizen kurz und sachlich: was die Arbeit blockiert, wer verantwortlich ist und wann es gelöst wird.',
  home: {
    title: 'FastTrack Partner-Playbook',
    description:
      'Wie Partner ein FastTrack-Projekt mit einem L1-Status, einem L2-Grund und, wo vorhanden, einem L3-Untergrund einordnen.',
    lead: 'Dieses Playbook hilft FastTrack-Partnern festzuhalten, wo jede Kundenberechtigung steht, damit Partner, FastTrack Manager und Account Teams jeden Status gleich lesen.',
    statuses: 'L1-Status',
  },
  desc: (t, p) =>
    p
      ? `${t}: ein Grund unter ${p}, der erklärt, warum das Projekt nicht wie geplant vorankommt.`
      : `${t}: die Absicht des Kunden und wo das Projekt steht.`,
  keywords: [
    'Bereitstellung',
    'Behebung',
    'Eskalation',
    'Zieldatum',
    'Lizenz',
    'Mandant',
    'Netzwerk',
    'Einführung',
    'Budget',
    'Sicherheit',
  ],
  date: '11/24/2026',
};

const TEXTS: Record<string, LocaleText> = { en: EN, de: DE };
const textFor = (locale: string): LocaleText => TEXTS[locale] ?? EN;

const slugger = new GithubSlugger();
const slugOf = (s: string): string => {
  slugger.reset();
  return slugger.slug(s);
};

/** The tree of ids (same for every locale) for `count` pages: index, 5 L1s, then L2s and L3s. */
export function planTree(count: number, l3PerL2 = 8): PlanNode[] {
  const out: PlanNode[] = [
    { id: 'index', level: null, children: [], order: 0, n: 0, area: 0, qual: 0 },
  ];
  const l1s: PlanNode[] = L1_KEYS.map((k, i) => ({
    id: `l1l2l3-${k}`,
    level: 'L1',
    children: [],
    order: i + 1,
    n: i,
    area: 0,
    qual: 0,
  }));
  out.push(...l1s);
  const rest = Math.max(0, count - out.length);
  const l2Count = Math.min(rest, Math.ceil(rest / (1 + l3PerL2)));
  const l3Count = rest - l2Count;
  const l2s: PlanNode[] = [];
  for (let j = 0; j < l2Count; j++) {
    const parent = l1s[j % l1s.length]!;
    const n = j + 1;
    const area = (j * 7) % EN.areas.length;
    const qual = (j * 11 + 3) % EN.quals.length;
    const node: PlanNode = {
      id: `${parent.id}-${slugOf(`${EN.areas[area]} ${EN.quals[qual]}`)}-${n}`,
      level: 'L2',
      parent,
      children: [],
      order: parent.children.length + 1,
      n,
      area,
      qual,
    };
    parent.children.push(node);
    l2s.push(node);
  }
  for (let k = 0; k < l3Count && l2s.length; k++) {
    const parent = l2s[k % l2s.length]!;
    const n = k + 1;
    const area = (k * 13 + 5) % EN.areas.length;
    const qual = (k * 3 + 1) % EN.quals.length;
    // L3 ids extend the L1 id (not the L2's) so they stay short, as the real ones do.
    const node: PlanNode = {
      id: `${parent.parent!.id}-${slugOf(`${EN.areas[area]} ${EN.quals[qual]}`)}-s${n}`,
      level: 'L3',
      parent,
      children: [],
      order: parent.children.length + 1,
      n: l2Count + n,
      area,
      qual,
    };
    parent.children.push(node);
  }
  // Reading order (L1 › L2 › L3) after index and the L1s, so a shorter locale is a consistent prefix.
  const tail: PlanNode[] = [];
  const walkInto = (n: PlanNode) => {
    for (const c of n.children) {
      tail.push(c);
      walkInto(c);
    }
  };
  l1s.forEach(walkInto);
  out.push(...tail.sort((a, b) => levelRank(a) - levelRank(b)));
  return out;
}

const levelRank = (n: PlanNode) => (n.level === 'L2' ? 0 : 1);

function titleOf(node: PlanNode, t: LocaleText): string {
  if (node.id === 'index') return t.home.title;
  if (node.level === 'L1') return t.l1[node.n]!;
  return t.title(t.areas[node.area]!, t.quals[node.qual]!, node.n);
}

function pick<T>(r: () => number, list: readonly T[], count: number): T[] {
  const start = Math.floor(r() * list.length);
  const out: T[] = [];
  for (let i = 0; i < Math.min(count, list.length); i++) out.push(list[(start + i) % list.length]!);
  return out;
}

/** One page's Markdown (front matter and body). `nodes` is the plan, for titles of other pages. */
export function renderPage(node: PlanNode, locale: string, all: PlanNode[], seed = 1): string {
  const t = textFor(locale);
  const r = rng(seed * 100003 + hash(`${locale}/${node.id}`));
  const title = titleOf(node, t);
  const anchors = {
    definition: slugOf(t.headings.definition),
    questions: slugOf(t.headings.questions),
    invalid: slugOf(t.headings.invalid),
  };
  const link = (n: PlanNode, anchor?: string) =>
    `[${titleOf(n, t)}](${n.id}.md${anchor ? `#${anchor}` : ''})`;
  const l1s = all.filter((n) => n.level === 'L1');
  const fm: string[] = ['---', `title: ${yamlScalar(title)}`];
  const parentTitle = node.parent ? titleOf(node.parent, t) : undefined;
  const description =
    node.id === 'index'
      ? t.home.description
      : node.level === 'L1'
        ? t.l1Desc[node.n]!
        : t.desc(title, parentTitle);
  fm.push(`description: ${yamlScalar(description)}`);
  fm.push(
    'author: ftplaybook',
    'ms.author: ftplaybook',
    'manager: pagrim',
    `ms.date: ${t.date}`,
    'ms.topic: playbook',
    'ms.prod: non-product-specific',
    'ms.custom: partner-playbook',
    'ft.audience: partner',
    'ft.owner: pagrim',
  );
  if (node.level) fm.push(`ft.level: ${node.level}`);
  if (node.parent) fm.push(`ft.parent: ${node.parent.id}`);
  if (node.level) fm.push(`ft.order: ${node.order}`);
  fm.push(`ft.keywords: ${yamlList(pick(r, t.keywords, 5))}`);
  fm.push('---', '', '');

  const b: string[] = [];
  if (node.id === 'index') {
    b.push(t.home.lead, '', `## ${t.home.statuses}`, '');
    for (const l1 of l1s) b.push(`- ${link(l1)} – ${t.l1Desc[l1.n]}`);
    b.push(
      '',
      `## ${t.headings.definition}`,
      '',
      ...pick(r, t.definition, 4).join(' ').split('\n'),
      '',
    );
    return fm.join('\n') + b.join('\n');
  }
  const siblings = node.parent ? node.parent.children : l1s;
  const i = siblings.indexOf(node);
  const next = siblings[(i + 1) % siblings.length]!;
  const prev = siblings[(i - 1 + siblings.length) % siblings.length]!;
  const otherL1 = l1s[(l1s.findIndex((l) => l === rootOf(node)) + 1) % l1s.length]!;
  // Statuses named in the table: siblings and other L1s (the site links them).
  const named = [next, prev, otherL1, rootOf(node)].map((n) => titleOf(n, t));

  b.push(pick(r, t.intro, 1)[0]!, '');
  b.push(`## ${t.headings.definition}`, '');
  b.push(
    `${pick(r, t.definition, 3).join(' ')}${node.parent ? ` ${t.seeParent} ${link(node.parent, anchors.definition)}.` : ''}`,
    '',
  );
  b.push(`> [!NOTE]`, `> ${t.note}`, '');
  b.push(`## ${t.headings.use}`, '');
  for (const s of pick(r, t.use, 3)) b.push(`- ${s}`);
  b.push('', `## ${t.headings.notUse}`, '');
  const alternatives = [next, prev, otherL1];
  pick(r, t.notUse, 3).forEach((s, k) =>
    b.push(`- ${s} ${link(alternatives[k]!, k === 2 ? anchors.questions : undefined)}.`),
  );
  b.push('', `## ${t.headings.valid}`, '');
  for (const s of pick(r, t.valid, 3)) b.push(`- ${s}`);
  b.push(
    '',
    `## ${t.headings.invalid}`,
    '',
    `| ${t.tableHead[0]} | ${t.tableHead[1]} |`,
    '| --- | --- |',
  );
  pick(r, t.invalid, 3).forEach((s, k) => b.push(`| ${s} | ${named[k % named.length]} |`));
  b.push('', `## ${t.headings.questions}`, '');
  pick(r, t.questions, 4).forEach((s, k) => b.push(`${k + 1}. ${s}`));
  b.push('', `## ${t.headings.related}`, '');
  for (const c of node.children.slice(0, 6)) b.push(`- ${link(c)}`);
  if (node.parent) b.push(`- ${link(node.parent, anchors.invalid)}`);
  b.push(`- ${link(otherL1, anchors.definition)}`);
  b.push(
    '',
    `${t.seeAlso} [${t.docs}](https://learn.microsoft.com/microsoft-365/fasttrack/) (\`ft.level: ${node.level}\`).`,
    '',
  );
  return fm.join('\n') + b.join('\n');
}

function rootOf(n: PlanNode): PlanNode {
  let x = n;
  while (x.parent) x = x.parent;
  return x;
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Writes a synthetic content tree (`<dir>/<locale>/<id>.md`). */
export function writePlaybook(dir: string, opts: SyntheticOptions): SyntheticResult {
  const locales = opts.locales ?? ['en', 'de'];
  const seed = opts.seed ?? 1;
  const base = Math.floor(opts.pages / locales.length);
  const counts = locales.map((_, i) => base + (i === 0 ? opts.pages - base * locales.length : 0));
  const plan = planTree(counts[0]!, opts.l3PerL2 ?? 8);
  const levels: SyntheticResult['levels'] = { index: 0, L1: 0, L2: 0, L3: 0 };
  const perLocale: Record<string, number> = {};
  let bytes = 0;
  let files = 0;
  locales.forEach((locale, li) => {
    const folder = join(dir, locale);
    mkdirSync(folder, { recursive: true });
    const nodes = plan.slice(0, counts[li]);
    for (const node of nodes) {
      const text = renderPage(node, locale, plan, seed);
      writeFileSync(join(folder, `${node.id}.md`), text);
      bytes += Buffer.byteLength(text);
      files++;
      levels[node.level ?? 'index']++;
    }
    perLocale[locale] = nodes.length;
  });
  return { root: dir, locales, perLocale, files, bytes, levels };
}

/** A fresh folder under the OS temp dir. */
export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * Copies a content tree for a plain Starlight site: `<contentDir>/<locale>/x.md` →
 * `<docsDir>/<locale>/x.md` with front matter reduced to title and description; body unchanged.
 */
export function writeStarlightDocs(contentDir: string, docsDir: string): number {
  let n = 0;
  for (const locale of readdirSync(contentDir)) {
    const from = join(contentDir, locale);
    const to = join(docsDir, locale);
    mkdirSync(to, { recursive: true });
    for (const name of readdirSync(from)) {
      if (!name.endsWith('.md')) continue;
      const fm = parseFrontMatter(readFileSync(join(from, name), 'utf8'));
      const title = String(fm.data.title ?? name);
      const description = String(fm.data.description ?? '');
      writeFileSync(
        join(to, name),
        `---\ntitle: ${JSON.stringify(title)}\ndescription: ${JSON.stringify(description)}\n---\n${fm.body}`,
      );
      n++;
    }
  }
  return n;
}
