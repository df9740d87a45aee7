/**
 * The official RGAA files shipped in `official/` (Licence Ouverte 2.0, see official/README.md):
 * the audit grid template and the official wording of criteria and themes. Only the formats that
 * reproduce an official document use this wording (`grid`, `ods`, `declaration`); every other
 * output keeps the project's own short titles.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const OFFICIAL_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'official');
export const GRID_TEMPLATE = join(OFFICIAL_DIR, 'rgaa4.1.2.modele-de-grille-d-audit.ods');
export const CRITERIA_FILE = join(OFFICIAL_DIR, 'criteres.json');
/** Credit required by the Licence Ouverte, written in every output that reuses the official text. */
export const OFFICIAL_CREDIT = 'DINUM – RGAA 4.1.2, https://accessibilite.numerique.gouv.fr (Licence Ouverte 2.0)';

export interface OfficialCriterion {
  id: string;
  theme: number;
  /** The theme as the RGAA names it: « Images », « Structuration de l’information »… */
  themeName: string;
  /** The criterion's question, as plain text (the glossary links of the source removed). */
  title: string;
}

interface CriteriaFile {
  topics: { number: number; topic: string; criteria: { criterium: { number: number; title: string } }[] }[];
}

/** `[texte](#ancre)` → `texte`: the source's titles are Markdown with links to the glossary. */
export function plainTitle(markdown: string): string {
  return markdown.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\s+/g, ' ').trim();
}

let cache: Map<string, OfficialCriterion> | undefined;

/** Criterion id → its official wording, in RGAA order. */
export function officialCriteria(): Map<string, OfficialCriterion> {
  if (cache) return cache;
  const data = JSON.parse(readFileSync(CRITERIA_FILE, 'utf8')) as CriteriaFile;
  cache = new Map();
  for (const t of data.topics) {
    for (const { criterium: c } of t.criteria) {
      const id = `${t.number}.${c.number}`;
      cache.set(id, { id, theme: t.number, themeName: t.topic, title: plainTitle(c.title) });
    }
  }
  return cache;
}
