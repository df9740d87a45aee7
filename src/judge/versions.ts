/**
 * The 18-month rule: a declaration resting on an RGAA version must be redone 18 months after
 * a newer version of the référentiel is published. The versions and their dates are data, in
 * rules/rgaa-versions.yaml (with their sources).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { RULES_DIR } from '../model/rules.js';
import { addMonths, isIsoDate } from './dates.js';
import type { VersionRule } from '../model/declaration.js';

export type { VersionRule } from '../model/declaration.js';

export interface RgaaVersion {
  version: string;
  aliases: string[];
  /** YYYY-MM-DD; null when no source gives it (an erratum folded into a later edition). */
  published: string | null;
  /** A corrective edition: not a new version, it starts no 18-month clock. */
  errata: boolean;
  source: string;
}

export const VERSION_MONTHS = 18;

export function loadRgaaVersions(file = join(RULES_DIR, 'rgaa-versions.yaml')): RgaaVersion[] {
  const raw = parse(readFileSync(file, 'utf8')) as { versions: Record<string, unknown>[] };
  return raw.versions.map((v, i) => {
    const published = v.published == null ? null : String(v.published);
    if (published !== null && !isIsoDate(published)) throw new Error(`${file}: versions[${i}].published: not a YYYY-MM-DD date: ${published}`);
    return {
      version: String(v.version),
      aliases: Array.isArray(v.aliases) ? v.aliases.map(String) : [],
      published,
      errata: v.errata === true,
      source: String(v.source ?? ''),
    };
  });
}

let cached: RgaaVersion[] | undefined;
export function rgaaVersions(): RgaaVersion[] {
  return (cached ??= loadRgaaVersions());
}

/**
 * The 18-month rule for a declaration on `declared` (as written after « RGAA »), judged at
 * `asOf`; null when the version is current, unknown, or only a major version that does not say
 * which edition (« RGAA 4 », the model's own wording, may be 4.0 or 4.1).
 */
export function versionRule(declared: string | null, asOf: string, versions: RgaaVersion[] = rgaaVersions()): VersionRule | null {
  if (!declared) return null;
  const v = declared.trim().toLowerCase();
  let i = versions.findIndex((x) => x.version === v || x.aliases.includes(v));
  if (i < 0) {
    const major = Number(/^(\d+)/.exec(v)?.[1]);
    const firstMajor = Number(/^(\d+)/.exec(versions[0]?.version ?? '')?.[1]);
    if (!(major < firstMajor)) return null;
    i = -1; // older than every version in the data: the first one superseded it
  }
  const next = versions.slice(i + 1).find((x) => !x.errata && x.published);
  if (!next?.published) return null;
  const redoBy = addMonths(next.published, VERSION_MONTHS);
  return { version: declared, next: next.version, published: next.published, redoBy, lapsed: asOf >= redoBy };
}
