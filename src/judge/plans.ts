/**
 * The multi-year plan (« schéma pluriannuel de mise en accessibilité », three years at most)
 * and the yearly action plans: the declaration links to both (« liens vers le schéma
 * pluriannuel et vers le plan d'action de l'année en cours », model of the declaration; « Le
 * schéma pluriannuel et le plan d'action de l'année en cours sont accessibles en ligne »,
 * obligations, schéma pluriannuel). Read from the declaration's links and text, with the years
 * they cover.
 */
import { reason, type Reason } from '../model/reasons.js';
import { headingOf, resolve, type Page } from './page-text.js';
import { fold } from '../model/text.js';
import type { PlanKind, PlanRef, PlansCheck } from '../model/declaration.js';

export type { PlanKind, PlanRef, PlansCheck } from '../model/declaration.js';

const KINDS: [PlanKind, RegExp][] = [
  ['schema', /schema (?:pluri-?annuel|directeur (?:de |d')?(?:mise en )?accessibilite)|multi-?(?:year|annual) (?:accessibility )?(?:plan|scheme|strategy)|pluri-?annual (?:plan|scheme)/],
  ['actionPlan', /plans? (?:annuels? )?d'actions?|plan annuel|(?:annual |yearly )?action plans?/],
];

/** The maximum length of a multi-year plan (article 47, III; obligations, schéma pluriannuel). */
export const SCHEMA_YEARS = 3;

function kindsOf(folded: string): PlanKind[] {
  return KINDS.filter(([, re]) => re.test(folded)).map(([k]) => k);
}

/** « 2022-2024 », « 2022 – 2024 », « 2022 à 2024 », « 2022/2024 », « 2024 ». */
export function yearsIn(text: string): number[] {
  const m = /(?<!\d)(20\d{2})(?:\s*(?:-|\/|a|au|to)\s*(20\d{2}))?(?!\d)/.exec(fold(text));
  if (!m) return [];
  const a = +m[1];
  const b = m[2] ? +m[2] : null;
  return b !== null && b > a && b - a <= 10 ? [a, b] : [a];
}

function decoded(href: string): string {
  try {
    return decodeURIComponent(href);
  } catch {
    return href;
  }
}

function cut(s: string): string {
  return s.length > 200 ? `${s.slice(0, 199)}…` : s;
}

/** Every multi-year plan and action plan the declaration names or links to. */
export function findPlans(page: Page, url: string): PlanRef[] {
  const out: PlanRef[] = [];
  const seen = new Set<string>();
  const add = (r: PlanRef) => {
    const key = `${r.kind} ${r.href ?? r.text} ${r.years.join('-')}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(r);
    }
  };
  const linksOf = (i: number) => page.links.filter((l) => l.block === i && !l.excluded && !/^\s*(?:#|mailto:|tel:|javascript:)/i.test(l.href));
  const headings: { at: number; kind: PlanKind; section: string | null }[] = [];
  page.blocks.forEach((b, i) => {
    if (b.excluded) return;
    const section = headingOf(page, i);
    if (b.kind === 'heading') {
      for (const kind of kindsOf(fold(b.text))) headings.push({ at: i, kind, section: b.text });
      return;
    }
    const links = linksOf(i);
    let linked = false;
    for (const l of links) {
      const own = kindsOf(fold(`${l.text} ${l.title}`));
      const byPath = own.length ? own : kindsOf(fold(decoded(l.href).replace(/[-_/.]+/g, ' ')));
      // A link named « télécharger (PDF) » next to « Schéma pluriannuel 2022-2024 »: the item names it.
      const kinds = byPath.length ? byPath : links.length === 1 ? kindsOf(fold(b.text)) : [];
      for (const kind of kinds) {
        linked = true;
        const years = yearsIn(l.text).length ? yearsIn(l.text) : links.length === 1 ? yearsIn(b.text) : [];
        const text = links.length > 1 ? l.text : b.text;
        add({ kind, years: years.length ? years : yearsIn(decoded(l.href)), text: cut(text), href: resolve(l.href, url), section });
      }
    }
    if (linked) return;
    for (const kind of kindsOf(fold(b.text))) add({ kind, years: yearsIn(b.text), text: cut(b.text), href: null, section });
  });
  // « <h3>Schéma pluriannuel 2023-2025</h3><p><a>Télécharger (PDF)</a></p> »: the section is the plan,
  // unless what it holds already named one.
  for (const h of headings) {
    if (out.some((r) => r.kind === h.kind && r.section === h.section)) continue;
    let href: string | null = null;
    for (let i = h.at + 1; i < page.blocks.length && page.blocks[i].kind !== 'heading' && !href; i++) {
      const l = linksOf(i)[0];
      if (l) href = resolve(l.href, url);
    }
    const text = page.blocks[h.at].text;
    add({ kind: h.kind, years: yearsIn(text), text: cut(text), href, section: h.section });
  }
  return out;
}

/** The plans judged at `asOf`: the multi-year plan's age, and this year's action plan. */
export function checkPlans(plans: PlanRef[], asOf: string): PlansCheck {
  const year = +asOf.slice(0, 4);
  const flags: Reason[] = [];
  const schemas = plans.filter((p) => p.kind === 'schema');
  const end = (p: PlanRef) => (p.years.length === 2 ? p.years[1] : p.years[0] + SCHEMA_YEARS - 1);
  const dated = schemas.filter((p) => p.years.length).sort((a, b) => end(b) - end(a));
  let schema: PlansCheck['schema'];
  if (!schemas.length) {
    schema = 'missing';
    flags.push(reason('planMissing', {}));
  } else if (!dated.length) {
    schema = 'undated';
    flags.push(reason('planUndated', {}));
  } else if (end(dated[0]) < year) {
    schema = 'outdated';
    flags.push(reason('planOutdated', { years: dated[0].years, asOfYear: year }));
  } else schema = 'current';
  const actions = plans.filter((p) => p.kind === 'actionPlan');
  const covers = (p: PlanRef) => (p.years.length === 2 ? p.years[0] <= year && year <= p.years[1] : p.years[0] === year);
  const thisYearPlan = actions.some((p) => p.years.length > 0 && covers(p));
  if (!thisYearPlan) flags.push(reason('actionPlanMissing', { year, found: actions.filter((p) => p.years.length).map((p) => p.years) }));
  return { schema, schemaYears: dated[0]?.years ?? [], thisYearPlan, year, flags };
}
