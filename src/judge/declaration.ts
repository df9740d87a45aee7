/**
 * The accessibility declaration: recognise the page (on its content only, never its URL),
 * parse what it states, and find the links that lead to it.
 */
import { load } from 'cheerio';
import type { MentionState } from '../model/types.js';
import type { Declaration, DeclarationContact } from '../model/declaration.js';
import { findDates } from './dates.js';
import { cleanSpaces, fold } from '../model/text.js';

export type { Declaration, DeclarationContact } from '../model/declaration.js';

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
// The page as a flat list of text blocks and links.

interface DomNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: DomNode[];
  parent?: DomNode | null;
}

interface Block {
  kind: 'heading' | 'text' | 'li';
  /** 1–6 for headings, 7 otherwise. */
  level: number;
  /** Text, link text included. */
  text: string;
  /** Text without the text of links. */
  plain: string;
  /** Inside navigation, footer, banner: not the declaration's own content. */
  excluded: boolean;
  /** The ul/ol of a list item. */
  list: DomNode | null;
}

interface Link {
  href: string;
  text: string;
  title: string;
  inFooter: boolean;
  excluded: boolean;
  /** Index of the block it belongs to (the next one flushed). */
  block: number;
}

interface Page {
  title: string;
  blocks: Block[];
  links: Link[];
}

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html',
  'legend', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul', 'br', 'option', 'button',
]);
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'iframe', 'object', 'select']);

interface Ctx {
  excluded: boolean;
  inFooter: boolean;
  inMain: boolean;
  inLink: boolean;
  kind: Block['kind'];
  level: number;
  list: DomNode | null;
}

function isElement(n: DomNode): boolean {
  return n.type === 'tag' || n.type === 'script' || n.type === 'style';
}

function nodeText(n: DomNode): string {
  if (n.type === 'text') return n.data ?? '';
  if (isElement(n) && SKIP_TAGS.has(n.name ?? '')) return '';
  let s = '';
  for (const c of n.children ?? []) s += nodeText(c);
  return s;
}

function linearise(html: string): Page {
  const $ = load(html);
  const root = $.root()[0] as unknown as DomNode;
  const blocks: Block[] = [];
  const links: Link[] = [];
  let buf = '';
  let plainBuf = '';
  let bufCtx: Ctx | null = null;

  const flush = () => {
    const text = cleanSpaces(buf);
    if (text && bufCtx) {
      blocks.push({
        kind: bufCtx.kind,
        level: bufCtx.kind === 'heading' ? bufCtx.level : 7,
        text,
        plain: cleanSpaces(plainBuf),
        excluded: bufCtx.excluded,
        list: bufCtx.list,
      });
    }
    buf = '';
    plainBuf = '';
    bufCtx = null;
  };

  const walk = (n: DomNode, ctx: Ctx) => {
    if (n.type === 'text') {
      const data = n.data ?? '';
      if (!bufCtx && data.trim()) bufCtx = ctx;
      buf += data;
      if (!ctx.inLink) plainBuf += data;
      return;
    }
    if (n.type === 'root') {
      for (const c of n.children ?? []) walk(c, ctx);
      return;
    }
    if (!isElement(n)) return;
    const name = (n.name ?? '').toLowerCase();
    const at = n.attribs ?? {};
    if (SKIP_TAGS.has(name) || 'hidden' in at) return;
    const role = (at.role ?? '').toLowerCase();
    const block = BLOCK_TAGS.has(name);
    const c: Ctx = { ...ctx };
    if (name === 'main' || name === 'article' || role === 'main') c.inMain = true;
    if (name === 'footer' || role === 'contentinfo') {
      c.inFooter = true;
      c.excluded = true;
    }
    if (name === 'nav' || role === 'navigation' || role === 'banner' || (name === 'header' && !c.inMain)) {
      c.excluded = true;
    }
    const heading = /^h[1-6]$/.exec(name) ? +name[1] : role === 'heading' ? +(at['aria-level'] ?? '2') || 2 : 0;
    if (heading) {
      c.kind = 'heading';
      c.level = heading;
    } else if (name === 'li') {
      c.kind = 'li';
      c.list = ctx.list;
    } else if (name === 'ul' || name === 'ol') {
      c.list = n;
    }
    if (name === 'a' && at.href !== undefined) {
      links.push({
        href: at.href,
        text: cleanSpaces(nodeText(n)),
        title: cleanSpaces(`${at.title ?? ''} ${at['aria-label'] ?? ''}`),
        inFooter: c.inFooter,
        excluded: c.excluded,
        block: blocks.length,
      });
      c.inLink = true;
    }
    if (block || heading) flush();
    for (const child of n.children ?? []) walk(child, c);
    if (block || heading) flush();
    else if (name === 'img' && at.alt) {
      // An image link's alternative is its text.
      if (!bufCtx) bufCtx = c;
      buf += ` ${at.alt} `;
      if (!c.inLink) plainBuf += ` ${at.alt} `;
    }
  };

  walk(root, { excluded: false, inFooter: false, inMain: false, inLink: false, kind: 'text', level: 7, list: null });
  flush();
  return { title: cleanSpaces($('title').first().text()), blocks, links };
}

function contentText(page: Page): string {
  return page.blocks
    .filter((b) => !b.excluded)
    .map((b) => b.text)
    .join('\n');
}

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

const NUM = String.raw`(?<n>\d{1,3}(?:[.,]\d{1,3})?)\s*%`;
const RATE_PATTERNS: RegExp[] = [
  // « 67,16 % des critères du RGAA version 4.1 sont respectés »
  new RegExp(String.raw`${NUM}\s*(?:des|de)\s+criteres\b[^%\n]{0,120}?\b(?:sont|est|ont ete)\s+(?:respectes|satisfaits|conformes)\b`, 'g'),
  // « Le taux de conformité global est de 84 % », « taux global de conformité : 84 % »
  new RegExp(String.raw`\btaux\s+(?:de\s+conformite\s+)?globale?(?:\s+de\s+conformite)?(?:(?!moyen)[^%\n]){0,60}?${NUM}`, 'g'),
  // « taux de conformité (au RGAA) est de 84 % », « taux de conformité : 84 % »
  new RegExp(String.raw`\btaux\s+de\s+conformite(?:\s+(?:au|du)\s+rgaa)?(?:\s+(?:est\s+de|s'eleve\s+a|atteint)|\s*:|\s+de)\s*${NUM}`, 'g'),
  // « les critères du RGAA sont respectés à 72 % »
  new RegExp(String.raw`\bcriteres\b[^%\n]{0,120}?\b(?:sont\s+)?respectes\s+a\s+(?:hauteur\s+de\s+)?${NUM}`, 'g'),
  // « 72 % of the RGAA criteria are met »
  new RegExp(String.raw`${NUM}\s*of\s+(?:the\s+)?(?:rgaa\s+)?(?:\S+\s+)?criteria\b[^%\n]{0,120}?\b(?:are|were|have\s+been)\s+(?:met|respected|fulfilled|complied|satisfied)\b`, 'g'),
  // « overall compliance rate is 84 % »
  new RegExp(String.raw`\b(?:overall|global)\s+(?:compliance|conformance|conformity)\s+rate(?:(?!average)[^%\n]){0,40}?${NUM}`, 'g'),
];

/** The global rate; never the « taux moyen » nor another percentage. */
function parseRate(folded: string): number | null {
  let best: { index: number; value: number } | null = null;
  for (const re of RATE_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(folded); m; m = re.exec(folded)) {
      // The same sentence must not be about the average rate.
      const before = folded.slice(Math.max(0, m.index - 80), m.index);
      const sentence = before.split(/[.;!?](?=\s)|\n/).pop() ?? '';
      if (/moyen|average|mean\b/.test(sentence + m[0])) continue;
      const value = Number((m.groups?.n ?? '').replace(',', '.'));
      if (!Number.isFinite(value) || value > 100) continue;
      if (!best || m.index < best.index) best = { index: m.index, value };
      break;
    }
  }
  return best?.value ?? null;
}

function parseRgaaVersion(folded: string): string | null {
  const re = /\brgaa\b[\s,()]*(?:version|v\.?)?\s*([1-9](?:\.\d{1,2}){0,2}(?:-\d{4})?)(?![\d])/g;
  const m = re.exec(folded);
  return m ? m[1] : null;
}

const ESTABLISHED: RegExp[] = [
  /\b(?:etablie?s?|redigee?s?)\s+(?:le|en date du|au)\b/g,
  /\bdate (?:de (?:la |cette )?declaration|d'etablissement)\s*:?/g,
  /\b(?:statement|declaration)\s+(?:was\s+)?(?:prepared|drawn up|established|made|created|issued|written)\s+on\b/g,
  /\b(?:prepared|drawn up|established)\s+on\b/g,
];
const UPDATED: RegExp[] = [
  /\b(?:mise?s?\s+a\s+jour|actualisee?s?|revisee?s?)\s+(?:le|en date du|au)\b/g,
  /\bderniere\s+(?:mise\s+a\s+jour|actualisation|revision)\s*:?(?:\s*le)?/g,
  /\b(?:last\s+)?(?:updated|reviewed|revised)\s*(?:on|:)/g,
  /\blast update\s*:?(?:\s*on)?/g,
];
const AUDIT: RegExp[] = [
  /\baudit\b[^.\n]{0,80}?\b(?:realise|effectue|mene|conduit|termine)e?s?\s+(?:le|en date du|du)\b/g,
  /\bdate\s+(?:de\s+l'|d')audit\s*:?/g,
  /\baudit\b[^.\n]{0,80}?\b(?:carried out|conducted|performed|completed|done)\s+on\b/g,
  /\baudit date\s*:?/g,
];

/** The first date written right after one of the triggers (at most 15 characters after it). */
function dateAfter(text: string, folded: string, triggers: RegExp[]): string | null {
  for (const re of triggers) {
    re.lastIndex = 0;
    for (let m = re.exec(folded); m; m = re.exec(folded)) {
      const end = m.index + m[0].length;
      const window = text.slice(end, end + 60);
      const d = findDates(window).find((f) => f.index <= 15);
      if (d) return d.date;
    }
  }
  return null;
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

function resolve(href: string, base: string): string | null {
  try {
    return new URL(href.trim(), base).href;
  } catch {
    return null;
  }
}

function isFormLink(link: Link): boolean {
  if (/^\s*(?:mailto:|tel:|javascript:|#)/i.test(link.href)) return false;
  const both = fold(`${link.text} ${link.title} ${link.href}`);
  if (/defenseur|defenseurdesdroits|delegue|dilcrah/.test(both)) return false;
  return /contact|formulaire|\bform\b/.test(both);
}

/** Blocks from a marker (a heading if possible) up to the next heading of the same or higher rank. */
function section(page: Page, marker: RegExp): { from: number; to: number } | null {
  const matches = (b: Block) => !b.excluded && b.text.length <= 200 && marker.test(fold(b.text));
  let start = page.blocks.findIndex((b) => b.kind === 'heading' && matches(b));
  if (start < 0) start = page.blocks.findIndex(matches);
  if (start < 0) return null;
  const level = page.blocks[start].level;
  let end = start + 1;
  while (end < page.blocks.length) {
    const b = page.blocks[end];
    if (b.kind === 'heading' && b.level <= (level === 7 ? 6 : level)) break;
    end++;
  }
  return { from: start, to: end };
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

function parsePagesChecked(page: Page): string[] | null {
  const sec = section(
    page,
    /pages (?:du site |du service )?ayant fait l'objet de la verification|pages (?:du site )?verifiees|echantillon (?:de|des) pages|pages (?:of the (?:web)?site )?(?:that (?:were|have been) )?(?:checked|audited|verified)|sample of pages/,
  );
  if (!sec) return null;
  const li = page.blocks.slice(sec.from + 1, sec.to).find((b) => b.kind === 'li' && b.list);
  if (!li || !li.list) return null;
  const items = (li.list.children ?? [])
    .filter((c) => isElement(c) && c.name === 'li')
    .map((c) => cleanSpaces(nodeText(c)))
    .filter(Boolean);
  return items.length ? items : null;
}

/** Everything the declaration states; a field is null when the page does not state it. */
export function parseDeclaration(html: string, url: string): Declaration {
  const page = linearise(html);
  const text = contentText(page);
  const folded = fold(text);
  return {
    url,
    evidence: evidenceOf(page),
    state: parseState(folded),
    rate: parseRate(folded),
    rgaaVersion: parseRgaaVersion(folded),
    establishedOn: dateAfter(text, folded, ESTABLISHED),
    updatedOn: dateAfter(text, folded, UPDATED),
    auditDate: dateAfter(text, folded, AUDIT),
    contact: parseContact(page, url),
    defenseurDesDroits:
      /defenseur des droits/.test(folded) ||
      page.links.some((l) => !l.excluded && /defenseurdesdroits/i.test(l.href)),
    pagesChecked: parsePagesChecked(page),
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
