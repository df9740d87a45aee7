/**
 * The official files shipped in official/ (the tool needs them at run time): byte for byte the
 * ones in ../shared/rgaa when that folder is there, and read as the RGAA says.
 */
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OFFICIAL_DIR, officialCriteria, plainTitle } from '../../src/report/official.js';
import { defaultRules } from '../../src/model/rules.js';

const SHARED = join(OFFICIAL_DIR, '..', '..', 'shared', 'rgaa');
const COPIES: [string, string][] = [
  ['rgaa4.1.2.modele-de-grille-d-audit.ods', 'official/rgaa4.1.2.modele-de-grille-d-audit.ods'],
  ['modele-de-declaration.md', 'official/modele-de-declaration.md'],
  ['criteres.json', 'criteres.json'],
];

describe('official/: the vendored RGAA files', () => {
  const shared = existsSync(SHARED);
  if (!shared) console.warn(`official.test: ${SHARED} not found: the vendored copies are not compared with the source`);
  it.skipIf(!shared)('are byte for byte the ones in ../shared/rgaa', () => {
    for (const [ours, theirs] of COPIES) {
      expect(readFileSync(join(OFFICIAL_DIR, ours)).equals(readFileSync(join(SHARED, theirs))), ours).toBe(true);
    }
  });

  it('are listed in package.json "files" (shipped with the package)', () => {
    const pkg = JSON.parse(readFileSync(join(OFFICIAL_DIR, '..', 'package.json'), 'utf8')) as { files: string[] };
    expect(pkg.files).toContain('official');
  });

  it('give the 106 criteria in the rules’ order, as plain text', () => {
    const official = officialCriteria();
    expect([...official.keys()]).toEqual(defaultRules().criteria.map((c) => c.id));
    for (const o of official.values()) expect(o.title, o.id).not.toMatch(/\]\(|#/);
    expect(official.get('9.1')).toMatchObject({ themeName: 'Structuration de l’information' });
    expect(plainTitle('Chaque [image](#image) a-t-elle une [alternative](#alt-1) ?')).toBe('Chaque image a-t-elle une alternative ?');
  });
});
