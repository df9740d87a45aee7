import type { CheckResult } from '../define.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'presentation-css-hover-content',
    decides: [],
    scopes: ['10.14'],
    returns: ['NA', 'review'],
    needs: ['listeners'],
    description:
      '10.14.1 / 10.14.2: CSS rules showing another element or a pseudo-element on :hover (10.14.1) or :focus/:focus-within/:focus-visible (10.14.2). None in readable style sheets (font-only hosts excepted) → NA. A :hover rule with no :focus counterpart for the same target (or the reverse) is listed as a doubt (a script may still show it).',
    messages: {
      'hover-without-focus': {
        en: 'content shown on hover by CSS with no matching :focus rule: check it also appears on keyboard focus or activation',
        fr: 'contenu affiché au survol par CSS sans règle :focus correspondante : vérifier qu’il apparaît aussi à la prise de focus clavier ou à l’activation',
      },
      'focus-without-hover': {
        en: 'content shown on focus by CSS with no matching :hover rule: check it also appears on hover or activation',
        fr: 'contenu affiché à la prise de focus par CSS sans règle :hover correspondante : vérifier qu’il apparaît aussi au survol ou à l’activation',
      },
      'unreadable-sheet': {
        en: 'style sheet not readable (cross-origin): its :hover/:focus rules could not be checked',
        fr: 'feuille de style illisible (autre origine) : ses règles :hover/:focus n’ont pas pu être vérifiées',
      },
    },
  },
  run({ listeners: p }) {
    const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
    const hovers = p.css.hover.map((c) => norm(c.selector));
    const focuses = p.css.focus.map((c) => norm(c.selector));
    const focusSet = new Set(focuses);
    const hoverSet = new Set(hovers);
    const t1: CheckResult = { applicable: hovers.length + p.css.unreadable.length, failures: [], doubts: [] };
    const t2: CheckResult = { applicable: focuses.length + p.css.unreadable.length, failures: [], doubts: [] };
    const seen = new Set<string>();
    for (const s of hovers) {
      if (seen.has(s)) continue;
      seen.add(s);
      const twins = [':focus', ':focus-within', ':focus-visible'].map((f) => s.replace(/:hover/gi, f));
      if (twins.some((t) => focusSet.has(t))) continue;
      if (t1.doubts.length < 20) t1.doubts.push({ selector: s, snippet: `${s} { … }`, messageId: 'hover-without-focus' });
    }
    for (const s of focuses) {
      if (seen.has(s)) continue;
      seen.add(s);
      const twin = s.replace(/:focus(-within|-visible)?/gi, ':hover');
      if (hoverSet.has(twin)) continue;
      if (t2.doubts.length < 20) t2.doubts.push({ selector: s, snippet: `${s} { … }`, messageId: 'focus-without-hover' });
    }
    for (const u of p.css.unreadable.slice(0, 5)) {
      const d = { selector: `link[href="${u}"]`, snippet: `<link rel="stylesheet" href="${u}">`, messageId: 'unreadable-sheet' };
      t1.doubts.push(d);
      t2.doubts.push(d);
    }
    return {
      applicable: t1.applicable + t2.applicable,
      failures: [],
      doubts: [...t1.doubts, ...t2.doubts].slice(0, 20),
      byTest: { '10.14.1': t1, '10.14.2': t2 },
    };
  },
});
