/**
 * The accessibility declaration: recognise the page (on its content only, never its URL),
 * parse what it states, and find the links that lead to it.
 */
import type { MentionState } from '../model/types.js';
import type { Declaration, DeclarationContact, WrittenDate } from '../model/declaration.js';
import { findDates } from './dates.js';
import { readRate } from './rate.js';
import { pageKinds } from './sample.js';
import { findPlans } from './plans.js';
import { contentText, isElement, linearise, nodeText, resolve, section, type DomNode, type Link, type Page } from './page-text.js';
import { cleanSpaces, fold } from '../model/text.js';

export type { Declaration, DeclarationContact, WrittenDate } from '../model/declaration.js';

/** Where declarations usually live, to try when no link leads to one. */
export const DECLARATION_PATHS = [
  '/accessibilite',
  '/accessibilite/',
  '/declaration-accessibilite',
  '/declaration-d-accessibilite',
  '/accessibility',
];

/** Sections and phrases of the declaration template (patterns on folded text). */
export const DECLARATION_MARKERS: { label: string; pattern: RegExp }[] = [
  { label: 'État de conformité', pattern: /etat de (?:la )?conformite/ },
  { label: 'Résultats des tests', pattern: /resultats? des tests/ },
  { label: 'Établissement de cette déclaration', pattern: /etablissement de (?:cette|la) declaration/ },
  { label: 'Voies de recours', pattern: /voies? de recours/ },
  { label: 'Défenseur des droits', pattern: /defenseur des droits/ },
  { label: "Retour d'information et contact", pattern: /retour d'information et (?:de )?contact/ },
  { label: "Déclaration d'accessibilité", pattern: /declaration d'accessibilite|declaration accessibilite/ },
  { label: 'Technologies utilisées', pattern: /technologies utilisees/ },
  { label: 'Environnement de test', pattern: /environnements? de tests?/ },
  {
    label: "Pages du site ayant fait l'objet de la vérification de conformité",
    pattern: /pages (?:du site |du service )?ayant fait l'objet de la verification/,
  },
  { label: 'Contenus non accessibles', pattern: /contenus non accessibles/ },
  { label: "Outils pour évaluer l'accessibilité", pattern: /outils pour evaluer l'accessibilite/ },
  { label: 'Compliance status', pattern: /(?:compliance|conformance|conformity) status/ },
  { label: 'Test results', pattern: /test results/ },
  { label: 'Accessibility statement', pattern: /accessibility (?:statement|declaration)/ },
  { label: 'Feedback and contact', pattern: /feedback and contact/ },
  { label: 'Remedies', pattern: /\b(?:legal )?remedies\b|\bredress\b/ },
  { label: 'Non-accessible content', pattern: /non-accessible content|inaccessible content|content (?:that is )?not accessible/ },
  { label: 'Preparation of this statement', pattern: /(?:preparation|establishment) of this (?:accessibility )?statement/ },
  { label: 'Technologies used', pattern: /technologies used/ },
  { label: 'Test environment', pattern: /test(?:ing)? environment/ },
  {
    label: 'Pages checked',
    pattern: /pages (?:of the (?:web)?site )?(?:that (?:were|have been) )?(?:checked|audited|verified) for compliance/,
  },
];

// ---------------------------------------------------------------------------------------
// Evidence

function evidenceOf(page: Page): string[] {
  const folded = fold(
    [page.title, ...page.blocks.filter((b) => !b.excluded).map((b) => b.plain)].join('\n'),
  );
  return DECLARATION_MARKERS.filter((m) => m.pattern.test(folded)).map((m) => m.label);
}

/** The template markers found in the page's own text (navigation, footer and link texts left out). */
export function declarationEvidence(html: string): string[] {
  return evidenceOf(linearise(html));
}

/** True when the page shows at least two distinct template markers. */
export function isDeclaration(html: string): boolean {
  return declarationEvidence(html).length >= 2;
}

// ---------------------------------------------------------------------------------------
// Fields

const STATE_WORD: Record<string, MentionState> = {
  totalement: 'totalement', entierement: 'totalement', pleinement: 'totalement', fully: 'totalement', totally: 'totalement',
  totale: 'totalement', full: 'totalement',
  partiellement: 'partiellement', partially: 'partiellement', partly: 'partiellement', partielle: 'partiellement',
  partial: 'partiellement',
  non: 'non', not: 'non', pas: 'non',
};

const STATE_PATTERNS: RegExp[] = [
  // « X est partiellement conforme avec le RGAA », « … is partially compliant with … »
  /\b(?:est|sont|is|are)\b(?<gap>[^.\n]{0,40}?)\b(?<w>totalement|entierement|pleinement|partiellement|fully|totally|partially|partly|non|not)\s*-?\s*(?:conformes?|compliant|conformant)\b/g,
  // « n'est pas conforme »
  /\bn'(?:est|sont)\s+(?<w>pas)\s+conformes?\b/g,
  // « en conformité totale | partielle », « in full | partial compliance »
  /\ben (?:conformite|conformance) (?<w>totale|partielle)\b/g,
  /\bin (?<w>full|partial) (?:compliance|conformance|conformity)\b/g,
  // « partially conforms », « does not conform »
  /\b(?<w>fully|partially|not) conforms?\b/g,
];

function parseState(folded: string): MentionState | null {
  const anchor = folded.search(/etat de (?:la )?conformite|(?:compliance|conformance|conformity) status/);
  const search = (from: number): MentionState | null => {
    let best: { index: number; state: MentionState } | null = null;
    for (const re of STATE_PATTERNS) {
      re.lastIndex = from;
      for (let m = re.exec(folded); m; m = re.exec(folded)) {
        const gap = m.groups?.gap ?? '';
        const w = m.groups?.w ?? '';
        // « n'est pas totalement conforme » says nothing certain: skip it.
        if (/\b(?:pas|not|jamais|never)\b/.test(gap) && w !== 'non' && w !== 'not') continue;
        if (!best || m.index < best.index) best = { index: m.index, state: STATE_WORD[w] };
        break;
      }
    }
    return best?.state ?? null;
  };
  return (anchor >= 0 ? search(anchor) : null) ?? search(0);
}

function parseRgaaVersion(folded: string): string | null {
  const re = /\brgaa\b[\s,()]*(?:version|v\.?)?\s*([1-9](?:\.\d{1,2}){0,2}(?:-\d{4})?)(?![\d])/g;
  const m = re.exec(folded);
  return m ? m[1] : null;
}

const ESTABLISHED: RegExp[] = [
  /\b(?:etablie?s?|redigee?s?)\s+(?:le|en date du|au|en)\b/g,
  /\bdate (?:de (?:la |cette )?declaration|d'etablissement)\s*:?/g,
  /\b(?:statement|declaration)\s+(?:was\s+)?(?:prepared|drawn up|established|made|created|issued|written)\s+(?:on|in)\b/g,
  /\b(?:prepared|drawn up|established)\s+(?:on|in)\b/g,
];
const UPDATED: RegExp[] = [
  /\b(?:mise?s?\s+a\s+jour|actualisee?s?|revisee?s?)\s+(?:le|en date du|au|en)\b/g,
  /\bderniere\s+(?:mise\s+a\s+jour|actualisation|revision)\s*:?(?:\s*le)?/g,
  /\b(?:last\s+)?(?:updated|reviewed|revised)\s*(?:on|in|:)/g,
  /\blast update\s*:?(?:\s*on)?/g,
];
const AUDIT: RegExp[] = [
  /\baudit\b[^.\n]{0,80}?\b(?:realise|effectue|mene|conduit|termine)e?s?\s+(?:le|en date du|du|en)\b/g,
  /\bdate\s+(?:de\s+l'|d')audit\s*:?/g,
  /\baudit\b[^.\n]{0,80}?\b(?:carried out|conducted|performed|completed|done)\s+(?:on|in)\b/g,
  /\baudit date\s*:?/g,
];
/** « un audit sera réalisé en juin 2026 »: a date to come is not the declaration's. */
const FUTURE = /\b(?:sera|seront|prevue?s?|planifiee?s?|programmee?s?|a venir|prochain(?:e|ement)?|will be|scheduled|planned|next|upcoming)\b/;

interface DateFound extends WrittenDate {
  date: string;
}

/** The dates written right after one of the triggers (at most 15 characters after it), in trigger order. */
function datesAfter(text: string, folded: string, triggers: RegExp[]): DateFound[] {
  const out: DateFound[] = [];
  for (const re of triggers) {
    re.lastIndex = 0;
    for (let m = re.exec(folded); m; m = re.exec(folded)) {
      const end = m.index + m[0].length;
      const lead = folded.slice(Math.max(0, m.index - 40), m.index).split(/[.;!?](?=\s)|\n/).pop() ?? '';
      if (FUTURE.test(lead + folded.slice(m.index, end))) continue;
      const window = text.slice(end, end + 60);
      const d = findDates(window, { months: true }).find((f) => f.index <= 15);
      if (d) out.push({ date: d.date, written: d.raw.trim(), precision: d.precision });
    }
  }
  return out;
}

/** The most recent of the dates (a declaration updated, or audited, more than once). */
function latest(found: DateFound[]): DateFound | null {
  return found.reduce<DateFound | null>((a, b) => (!a || b.date > a.date ? b : a), null);
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;

function emailOf(link: Link): string | null {
  if (!/^\s*mailto:/i.test(link.href)) return null;
  let addr = link.href.trim().slice(7).split('?')[0].split(',')[0];
  try {
    addr = decodeURIComponent(addr);
  } catch {
    /* keep as is */
  }
  const m = EMAIL.exec(addr) ?? EMAIL.exec(link.text);
  return m ? m[0] : null;
}

function isFormLink(link: Link): boolean {
  if (/^\s*(?:mailto:|tel:|javascript:|#)/i.test(link.href)) return false;
  const both = fold(`${link.text} ${link.title} ${link.href}`);
  if (/defenseur|defenseurdesdroits|delegue|dilcrah/.test(both)) return false;
  return /contact|formulaire|\bform\b/.test(both);
}

function parseContact(page: Page, url: string): DeclarationContact | null {
  const find = (links: Link[], text: string): DeclarationContact => {
    let email: string | null = null;
    for (const l of links) {
      email = emailOf(l);
      if (email) break;
    }
    if (!email) email = EMAIL.exec(text)?.[0] ?? null;
    const form = links.find(isFormLink);
    return { email, formUrl: form ? resolve(form.href, url) : null };
  };
  const sec = section(page, /retour d'information|feedback and contact|^contact(?:ez-nous)?$|^nous contacter$/);
  if (sec) {
    const links = page.links.filter((l) => !l.excluded && l.block > sec.from && l.block < sec.to);
    const text = page.blocks.slice(sec.from + 1, sec.to).filter((b) => !b.excluded).map((b) => b.text).join('\n');
    const c = find(links, text);
    if (c.email || c.formUrl) return c;
  }
  const c = find(page.links.filter((l) => !l.excluded), contentText(page));
  return c.email || c.formUrl ? c : null;
}

/** The list of pages checked: each item's text, and its link (or the URL written in it). */
function parsePagesChecked(page: Page, url: string): { text: string; href: string | null }[] | null {
  const sec = section(
    page,
    /pages (?:du site |du service )?ayant fait l'objet de la verification|pages (?:du site )?verifiees|echantillon (?:de|des) pages|pages (?:of the (?:web)?site )?(?:that (?:were|have been) )?(?:checked|audited|verified)|sample of pages/,
  );
  if (!sec) return null;
  const li = page.blocks.slice(sec.from + 1, sec.to).find((b) => b.kind === 'li' && b.list);
  if (!li || !li.list) return null;
  const items = (li.list.children ?? [])
    .filter((c) => isElement(c) && c.name === 'li')
    .map((c) => {
      const text = cleanSpaces(nodeText(c));
      const a = firstLink(c);
      const written = /https?:\/\/[^\s<>"«»]+/.exec(text)?.[0]?.replace(/[.,;:)\]]+$/, '') ?? null;
      return { text, href: (a && resolve(a, url)) ?? (written && resolve(written, url)) };
    })
    .filter((i) => i.text);
  return items.length ? items : null;
}

function firstLink(n: DomNode): string | null {
  for (const c of n.children ?? []) {
    if (!isElement(c)) continue;
    if (c.name === 'a' && c.attribs?.href && !/^\s*(?:#|mailto:|tel:|javascript:)/i.test(c.attribs.href)) return c.attribs.href;
    const inner = firstLink(c);
    if (inner) return inner;
  }
  return null;
}

/** Everything the declaration states; a field is null when the page does not state it. */
export function parseDeclaration(html: string, url: string): Declaration {
  const page = linearise(html);
  const text = contentText(page);
  const folded = fold(text);
  const { rate, ...rateReading } = readRate(page);
  const checked = parsePagesChecked(page, url);
  const established = datesAfter(text, folded, ESTABLISHED)[0] ?? null;
  const updated = latest(datesAfter(text, folded, UPDATED));
  const audit = latest(datesAfter(text, folded, AUDIT));
  const written = (d: DateFound | null): WrittenDate | null => (d ? { written: d.written, precision: d.precision } : null);
  return {
    url,
    evidence: evidenceOf(page),
    state: parseState(folded),
    rate,
    rateReading,
    rgaaVersion: parseRgaaVersion(folded),
    establishedOn: established?.date ?? null,
    updatedOn: updated?.date ?? null,
    auditDate: audit?.date ?? null,
    dateEvidence: {
      establishedOn: written(established),
      updatedOn: written(updated),
      auditDate: written(audit),
    },
    contact: parseContact(page, url),
    defenseurDesDroits:
      /defenseur des droits/.test(folded) ||
      page.links.some((l) => !l.excluded && /defenseurdesdroits/i.test(l.href)),
    pagesChecked: checked?.map((i) => i.text) ?? null,
    sample: checked?.map((i) => ({ ...i, kinds: pageKinds(i.text, i.href) })) ?? null,
    plans: findPlans(page, url),
  };
}

// ---------------------------------------------------------------------------------------
// Links to the declaration

/**
 * Links that may lead to the declaration, best first: links whose text or title names the
 * declaration or accessibility (footer links first, « Déclaration d'accessibilité » before
 * « Accessibilité »), then links whose address alone suggests it. Absolute, without
 * fragment, deduplicated.
 */
export function findDeclarationLinks(html: string, baseUrl: string): string[] {
  const page = linearise(html);
  const scored: { url: string; tier: number; score: number; order: number }[] = [];
  page.links.forEach((l, order) => {
    if (/^\s*(?:mailto:|tel:|javascript:|data:)/i.test(l.href) || /^\s*#?\s*$/.test(l.href)) return;
    const label = fold(`${l.text} ${l.title}`);
    let score = 0;
    if (/declaration d'accessibilite|declaration accessibilite|declaration de conformite|accessibility (?:statement|declaration)/.test(label)) score = 3;
    else if (/(?<![a-z])accessibilit[ey]/.test(label)) score = 2;
    else if (/accessibilit|accessibility|a11y/.test(fold(l.href))) score = 1;
    if (!score) return;
    const abs = resolve(l.href, baseUrl);
    if (!abs || !/^https?:/i.test(abs)) return;
    const u = new URL(abs);
    u.hash = '';
    scored.push({ url: u.href, tier: score >= 2 ? (l.inFooter ? 0 : 1) : 2, score, order });
  });
  scored.sort((a, b) => a.tier - b.tier || b.score - a.score || a.order - b.order);
  return [...new Set(scored.map((s) => s.url))];
}
