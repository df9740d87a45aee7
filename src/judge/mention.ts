/**
 * The accessibility mention every home page must show:
 * « Accessibilité : totalement | partiellement | non conforme ».
 */
import type { MentionState } from '../model/types.js';
import type { Mention } from '../model/declaration.js';
import { cleanSpaces, fold } from '../model/text.js';

export type { MentionState, Mention };

/** A piece of a rendered page that names accessibility (collected in the browser). */
export interface MentionCandidate {
  text: string;
  href: string | null;
  inFooter: boolean;
}

export interface MentionMatch {
  state: MentionState;
  text: string;
}

const MAX_TEXT = 120;

// All patterns run on folded text (lower case, no accent, apostrophes `'`, dashes `-`, quotes `"`).
const ACCESS = `(?<![a-z])accessibilit(?:e|y)`;
/** « du site », « de ce site internet », « du service en ligne », « of this website »… */
const QUALIFIER =
  `(?:\\s+(?:du|des|de\\s+(?:ce|cette|la|l')|of\\s+(?:the|this)|for\\s+(?:the|this))\\s*` +
  `(?:site(?:\\s+(?:internet|web))?|service(?:\\s+en\\s+ligne)?|portail|plateforme|website|web\\s+site|demarche|application|app|teleservice|procedure)s?)?`;
/** Up to three punctuation marks between the word and the state: « : », « - », « ( », « : « ». */
const SEPARATOR = `\\s*(?:[:\\-(\\[,|"]\\s*){0,3}`;
const ADJ = `(?:conformes?|compliant|conformant)`;
const STATE =
  `(?:` +
  `(?<non>(?:non|not|pas)\\s*-?\\s*${ADJ}|non\\s*-?\\s*conformite|non\\s*-?\\s*compliance)` +
  `|(?<partiellement>(?:partiellement|partially|partly)\\s+${ADJ}|conformite\\s+partielle|partial\\s+compliance)` +
  `|(?<totalement>(?:totalement|entierement|pleinement|fully|totally)\\s+${ADJ}|conformite\\s+totale|full\\s+compliance)` +
  `)(?![a-z])`;

const MENTION = new RegExp(`${ACCESS}${QUALIFIER}${SEPARATOR}${STATE}`, 'g');

/**
 * Recognises the accessibility mention in a piece of text, or returns null.
 * « non conforme » never reads as « conforme »; a sentence such as « Le site X est
 * partiellement conforme avec le RGAA » is not a mention (the word Accessibilité /
 * Accessibility must come right before the state, with at most a qualifier such as
 * « du site » and a few punctuation marks in between).
 */
export function matchMention(text: string): MentionMatch | null {
  const clean = cleanSpaces(text.normalize('NFC'));
  const folded = fold(clean);
  MENTION.lastIndex = 0;
  const m = MENTION.exec(folded);
  if (!m || !m.groups) return null;
  const state: MentionState = m.groups.non ? 'non' : m.groups.partiellement ? 'partiellement' : 'totalement';
  let end = m.index + m[0].length;
  // « Accessibilité (partiellement conforme) », « … : « non conforme » »: keep the closing bracket or quote.
  if (/[(["]/.test(m[0])) {
    const close = /^\s*[)\]"]/.exec(folded.slice(end));
    if (close) end += close[0].length;
  }
  let out = clean.slice(m.index, end).trim();
  if (out.length > MAX_TEXT) out = out.slice(0, MAX_TEXT).trimEnd();
  return { state, text: out };
}

/**
 * The mentions among the candidates collected on one page, in page order, one per
 * distinct (state, href) pair.
 */
export function mentionsFromCandidates(cands: MentionCandidate[], pageUrl: string): Mention[] {
  const out: Mention[] = [];
  const seen = new Set<string>();
  for (const c of cands) {
    const m = matchMention(c.text);
    if (!m) continue;
    const key = `${m.state}\u0000${c.href ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ state: m.state, text: m.text, page: pageUrl, href: c.href });
  }
  return out;
}

