/**
 * The declared rate: the percentage of RGAA criteria respected now, as the « Résultats des
 * tests » section gives it. A declaration may hold other percentages about its criteria: the
 * average rate (« taux moyen »), a target or a threshold (« ne permet pas d'atteindre un niveau
 * supérieur à 50 % des critères », « au moins 50 % des critères »), an earlier audit (« le
 * premier audit révélait 37,5 % … 95,08 % sont désormais respectés »). Each is set aside with
 * why. When several rates for now remain and nothing tells which is the global one, the rate
 * is null: a wrong rate changes the verdict, a missing one only sends a human to read.
 */
import type { SetAsideWhy } from '../model/reasons.js';
import { contentSpans, headingOf, section, type Page } from './page-text.js';
import { fold } from '../model/text.js';
import type { RateReading } from '../model/declaration.js';

export type { RateEvidence, RateReading, SetAsideRate } from '../model/declaration.js';

const NUM = String.raw`(?<n>\d{1,3}(?:[.,]\d{1,3})?)\s*%`;
/** Between the number and the verb: no other percentage, no word that already ends the phrase. */
const GAP = String.raw`(?:(?!respecte|conforme|satisfait|%)[^\n]){0,120}?`;
const GAP_EN = String.raw`(?:(?!\bmet\b|respected|fulfilled|complied|satisfied|compliant|%)[^\n]){0,120}?`;
const NOW_WORDS = String.raw`(?:desormais|maintenant|actuellement|aujourd'hui|a ce jour|bien|tous|now|currently|all)`;

const RATE_PATTERNS: RegExp[] = [
  // « 67,16 % des critères du RGAA version 4.1 sont respectés », « 37,5 % de critères respectés »
  new RegExp(
    String.raw`${NUM}\s*(?:des|de|du)\s+criteres?\b${GAP}(?:\b(?:sont|est|ont ete|etaient|etait|seront)\s+)?(?:${NOW_WORDS}\s+)?(?<!\bnon[\s-])(?<!\bpas\s)(?:respectes|satisfaits|conformes)\b`,
    'gd',
  ),
  // « … 95,08 % sont désormais respectés »
  new RegExp(String.raw`${NUM}\s+(?:sont|ont ete|etaient)\s+(?:${NOW_WORDS}\s+)?respectes\b`, 'gd'),
  // « Le taux de conformité global est de 84 % », « taux global de conformité : 84 % »
  new RegExp(String.raw`\btaux\s+(?:de\s+conformite\s+)?globale?(?:\s+de\s+conformite)?(?:(?!moyen)[^%\n]){0,60}?${NUM}`, 'gd'),
  // « taux de conformité (au RGAA) est de 84 % », « taux de conformité : 84 % », « … atteint 84 % »
  new RegExp(String.raw`\btaux\s+de\s+conformite(?:\s+(?:au|du)\s+rgaa)?(?:\s+(?:est\s+de|s'eleve\s+a|atteint)|\s*:|\s+de)\s*${NUM}`, 'gd'),
  // « Le taux moyen de conformité du site s'élève à 71 % »: read to be set aside
  new RegExp(String.raw`\btaux\s+moyen(?:\s+de\s+conformite)?[^%\n]{0,60}?${NUM}`, 'gd'),
  // « les critères du RGAA sont respectés à 72 % »
  new RegExp(String.raw`\bcriteres\b[^%\n]{0,120}?\b(?:sont\s+)?respectes\s+a\s+(?:hauteur\s+de\s+)?${NUM}`, 'gd'),
  // « 72 % of the RGAA criteria are met », « 95.08 % of the criteria are now met »
  new RegExp(
    String.raw`${NUM}\s*of\s+(?:the\s+)?(?:rgaa\s+)?(?:\S+\s+)?criteria\b${GAP_EN}(?:\b(?:are|were|is|was|have\s+been)\s+)?(?:${NOW_WORDS}\s+)?(?<!\bnot\s)(?<!\bnon-)\b(?:met|respected|fulfilled|complied\s+with|satisfied|compliant)\b`,
    'gd',
  ),
  // « … 95.08 % are now met »
  new RegExp(String.raw`${NUM}\s+(?:are|were|have\s+been)\s+(?:${NOW_WORDS}\s+)?(?:met|respected|fulfilled|satisfied)\b`, 'gd'),
  // « overall compliance rate is 84 % », « the compliance rate is 84 % »
  new RegExp(String.raw`\b(?:(?:overall|global)\s+)?(?:compliance|conformance|conformity)\s+rate(?:(?!average)[^%\n]){0,40}?${NUM}`, 'gd'),
];

/** « de 37,5 % à 95,08 % », « from 37.5 % to 95.08 % »: the first is earlier, the second is now. */
const FROM_TO = /\b(?:de|from)\s+(?<a>\d{1,3}(?:[.,]\d{1,3})?)\s*%\s*(?:a|to)\s+(?<b>\d{1,3}(?:[.,]\d{1,3})?)\s*%/gd;
const RATE_WORDS = /taux|criteres|rgaa|conformite|rate\b|criteria|compliance|conformance/;

const AVERAGE = /\bmoyen(?:ne)?\b|\baverage\b|\bmean\b/;
/** Right before the number: a bound, not a result. */
const BOUND_BEFORE = /(?:au moins|au minimum|plus de|moins de|superieure?s? a|inferieure?s? a|jusqu'a|au-dela de|at least|more than|less than|above|below|over|under|up to|greater than)\s*$/;
const TARGET = /objectif|\bvis(?:e|ee|ent|er)\b|\bcible\b|atteindre|ambition|\btarget|\baim(?:s|ed)?\b|\bgoal\b|to reach|\bd'ici\b|\bwill be\b|\bseront\b/;
const EARLIER =
  /premier audit|audit initial|audit precedent|precedent audit|ancien audit|\binitial(?:e|ement)?\b|avant (?:les |la |leur )?(?:corrections?|mise en conformite|refonte)|first audit|initial audit|previous audit|earlier audit|\binitially\b|before (?:the )?(?:corrections?|fixes|remediation)|\bprevious(?:ly)?\b|\bprecedemment\b/;
const NOW = /desormais|maintenant|actuellement|aujourd'hui|a ce jour|a la suite (?:des|de la|de ces)|suite aux? corrections?|apres (?:les |la )?corrections?|\bnow\b|\bcurrently\b|to date|following (?:the )?(?:corrections?|fixes)|after (?:the )?(?:corrections?|fixes)/;
const PAST = /revelait|montrait|indiquait|etaient|etait|\bwere\b|\bwas\b|revealed|showed/;

interface Candidate {
  value: number;
  /** Index of the number in the text. */
  at: number;
  block: number;
  sentence: [number, number];
  why: SetAsideWhy | null;
  now: boolean;
  past: boolean;
}

function toNumber(s: string): number {
  return Number(s.replace(',', '.'));
}

/** The sentence around `at`: between the nearest `.`, `;`, `!`, `?` (before a space) or line ends. */
function sentenceAround(text: string, at: number): [number, number] {
  let start = at;
  while (start > 0 && text[start - 1] !== '\n' && !(/[.;!?]/.test(text[start - 1]) && /\s/.test(text[start]))) start--;
  let end = at;
  const endsHere = (i: number) => /[.;!?]/.test(text[i]) && (i + 1 >= text.length || /\s/.test(text[i + 1]));
  while (end < text.length && text[end] !== '\n' && !endsHere(end)) end++;
  if (end < text.length && text[end] !== '\n') end++;
  return [start, end];
}

function cut(s: string): string {
  const t = s.trim();
  return t.length > 300 ? `${t.slice(0, 299)}…` : t;
}

/** The global rate of the test results, with where it was read and what was set aside. */
export function readRate(page: Page): RateReading & { rate: number | null } {
  const { text, spans } = contentSpans(page);
  const folded = fold(text);
  const blockAt = (i: number) => spans.find((s) => i >= s.start && i <= s.end)?.block ?? -1;
  const byAt = new Map<number, Candidate>();

  const add = (at: number, value: number, matchStart: number, matchEnd: number, forced?: { why: SetAsideWhy | null; now: boolean }) => {
    if (!Number.isFinite(value) || value > 100 || byAt.has(at)) return;
    const sentence = sentenceAround(folded, at);
    // The candidate's own words: from the previous percentage of its sentence (or its start) to the end of the match.
    const head = folded.slice(sentence[0], matchStart);
    const prev = head.lastIndexOf('%');
    const own = folded.slice(prev >= 0 ? sentence[0] + prev + 1 : sentence[0], Math.max(matchEnd, at));
    const beforeNumber = folded.slice(prev >= 0 ? sentence[0] + prev + 1 : sentence[0], at);
    const now = forced?.now ?? NOW.test(own);
    let why: SetAsideWhy | null = forced ? forced.why : null;
    if (!forced) {
      if (AVERAGE.test(own)) why = 'average';
      else if (BOUND_BEFORE.test(beforeNumber) || TARGET.test(own)) why = 'target';
      else if (!now && EARLIER.test(own)) why = 'earlier';
    }
    byAt.set(at, { value, at, block: blockAt(at), sentence, why, now, past: PAST.test(own) });
  };

  for (const m of folded.matchAll(FROM_TO)) {
    const sentence = sentenceAround(folded, m.index);
    if (!RATE_WORDS.test(folded.slice(sentence[0], sentence[1]))) continue;
    const [aStart] = m.indices!.groups!.a;
    const [bStart] = m.indices!.groups!.b;
    add(aStart, toNumber(m.groups!.a), m.index, m.index + m[0].length, { why: 'earlier', now: false });
    add(bStart, toNumber(m.groups!.b), m.index, m.index + m[0].length, { why: null, now: true });
  }
  for (const re of RATE_PATTERNS) {
    for (const m of folded.matchAll(re)) {
      const [at] = m.indices!.groups!.n;
      add(at, toNumber(m.groups!.n), m.index, m.index + m[0].length);
    }
  }

  const all = [...byAt.values()].sort((a, b) => a.at - b.at);
  const setAside = all
    .filter((c) => c.why)
    .map((c) => ({ value: c.value, why: c.why as SetAsideWhy, text: cut(text.slice(c.sentence[0], c.sentence[1])) }));
  let kept = all.filter((c) => !c.why);
  const results = section(page, /^(?:[\d.\s]*)?(?:resultats? des tests|resultats? de l'audit|test results|results of the (?:tests|audit))/);
  if (results) {
    const inResults = kept.filter((c) => c.block > results.from && c.block < results.to);
    if (inResults.length) kept = inResults;
  }
  const distinct = (cs: Candidate[]) => [...new Set(cs.map((c) => c.value))];
  let chosen: Candidate | null = null;
  if (distinct(kept).length === 1) chosen = kept[0];
  else if (kept.length) {
    const now = kept.filter((c) => c.now);
    const present = kept.filter((c) => !c.past);
    if (distinct(now).length === 1) chosen = now[0];
    else if (!now.length && distinct(present).length === 1) chosen = present[0];
  }
  if (!chosen) return { rate: null, evidence: null, setAside, conflicting: distinct(kept) };
  return {
    rate: chosen.value,
    evidence: { text: cut(text.slice(chosen.sentence[0], chosen.sentence[1])), section: headingOf(page, chosen.block) },
    setAside,
    conflicting: [],
  };
}
