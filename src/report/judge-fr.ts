/**
 * The judge stage's sentences in French: the same shape as `en` in src/judge/messages.ts, so
 * that `verdict(…, fr)`, `validity(…, fr)` and `contradictions(…, fr)` give French reasons.
 */
import type { Messages, MissingItem, RateSource, Method } from '../judge/messages.js';

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** 2025-09-01 → « 1er septembre 2025 »; anything else is returned as is. */
export function frenchDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m || +m[2] < 1 || +m[2] > 12) return iso;
  const day = +m[3];
  return `${day === 1 ? '1er' : day} ${MONTHS[+m[2] - 1]} ${m[1]}`;
}

/** A rate as published or measured, never rounded up: at most two decimals, cut, decimal comma. */
export function formatRateFr(n: number): string {
  const s = String(n);
  const m = /^(-?\d+\.\d{2})\d+$/.exec(s);
  return `${(m ? m[1] : s).replace('.', ',')} %`;
}

const MISSING_FR: Record<MissingItem, string> = {
  state: 'le niveau de conformité',
  contact: 'un moyen de contact',
  rate: 'le taux global de conformité',
  validity: 'une date de moins de 3 ans',
};

const STATE_FR: Record<string, string> = {
  totalement: '« totalement conforme »',
  partiellement: '« partiellement conforme »',
  non: '« non conforme »',
};

/** The expected ranges the verdict stage writes in English (see stateFitsRate). */
const EXPECTED_FR: Record<string, string> = {
  '100 %': '100 %',
  '50 % to under 100 %': 'de 50 % à moins de 100 %',
  'under 50 %': 'moins de 50 %',
};

// `Messages` is inferred from the English catalogue, where these two return string literals.
const rateLabel = ((source: RateSource): string => (source === 'declared' ? 'Taux déclaré' : 'Taux mesuré')) as Messages['rateLabel'];

export const fr: Messages = {
  noDeclaration: () => 'Aucune déclaration d’accessibilité trouvée',
  declarationUndated: (url: string) =>
    `La déclaration trouvée à ${url} ne donne aucune date (établissement, mise à jour ou audit) : sa validité ne peut pas être établie`,
  declarationValid: (url: string, ref: string, expires: string) =>
    `Déclaration trouvée à ${url}, datée du ${frenchDate(ref)}, valide jusqu’au ${frenchDate(expires)}`,
  declarationExpired: (url: string, ref: string, expires: string) =>
    `La déclaration trouvée à ${url}, datée du ${frenchDate(ref)}, a expiré le ${frenchDate(expires)} (une déclaration doit être refaite après 3 ans)`,
  declarationInFuture: (url: string, ref: string, asOf: string) =>
    `La déclaration trouvée à ${url} est datée du ${frenchDate(ref)}, après la date de cette vérification (${frenchDate(asOf)})`,

  rateLabel,
  noRate: ((source: RateSource): string =>
    source === 'declared' ? 'La déclaration ne donne pas de taux global de conformité' : 'Aucun taux de conformité mesuré n’est disponible') as Messages['noRate'],
  rateAtLeast: (source: RateSource, rate: number, threshold: number) =>
    `${rateLabel(source)} de ${formatRateFr(rate)} : au moins ${threshold} %`,
  rateBelow: (source: RateSource, rate: number, threshold: number) =>
    `${rateLabel(source)} de ${formatRateFr(rate)} : moins de ${threshold} %`,
  rateFull: (source: RateSource, rate: number) => `${rateLabel(source)} de ${formatRateFr(rate)} : 100 %`,

  notReceivable: (missing: MissingItem[]) =>
    `La déclaration n’est pas recevable : il lui manque ${missing.map((m) => MISSING_FR[m]).join(', ')}`,
  receivable: () =>
    'La déclaration est recevable : elle indique le niveau de conformité, un moyen de contact et le taux global, et date de moins de 3 ans',

  conclusion: (method: Method, value: 'Oui' | 'Partiel' | 'Non') => {
    const rule =
      method === '2020'
        ? 'Oui = déclaration valide et taux d’au moins 75 % ; Partiel = déclaration valide seulement ; Non = pas de déclaration valide'
        : 'Oui = 100 % ; Partiel = de 50 à 99 % ; Non = moins de 50 % ou pas de déclaration recevable';
    return `Méthode ${method} : ${value} (${rule})`;
  },

  stateRateMismatch: (state: string, rate: number, expected: string) =>
    `La déclaration se dit ${STATE_FR[state] ?? state} mais affiche un taux de ${formatRateFr(rate)} (${EXPECTED_FR[expected] ?? expected} attendu)`,
  mentionsDisagree: (states: string[]) =>
    `Les mentions d’accessibilité se contredisent : ${states.map((s) => STATE_FR[s] ?? s).join(' contre ')}`,
  mentionVsDeclaration: (mention: string, page: string, declared: string) =>
    `La mention sur ${page} indique ${STATE_FR[mention] ?? mention} mais la déclaration indique ${STATE_FR[declared] ?? declared}`,
  fullClaimButNC: (claim: string, nc: number) =>
    `La déclaration affirme ${claim} mais l’outil a trouvé ${nc} critères non conformes`,
  mentionFullButNC: (page: string, nc: number) =>
    `La mention sur ${page} indique « totalement conforme » mais l’outil a trouvé ${nc} critères non conformes`,
  rateAboveBound: (rate: number, bound: number, nc: number, total: number) =>
    `Le taux déclaré de ${formatRateFr(rate)} dépasse le taux le plus élevé possible avec ${nc} critères non conformes sur ${total} (${formatRateFr(bound)})`,
};
