/**
 * The audit's result leaves the page as one JSON string (src/gather/inpage.ts `auditJson`, made
 * with the JSON.stringify taken at document start). A page that adds toJSON to Array.prototype
 * and String.prototype (as Prototype.js 1.6 does) or replaces JSON.stringify gets the report it
 * gets without doing so, and so does one that deletes the entry point, so that the audit is
 * evaluated whole after its scripts (that path uses Playwright's transfer). A page that adds an
 * enumerable property to Object.prototype (axe-core breaks on it) ends in one clear error.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import type { PageReport } from '../../src/model/types.js';
import { useHarness } from '../helpers/harness.js';

describe('the audit result sent as JSON', () => {
  const h = useHarness();
  let plain: PageReport;
  let tampered: PageReport;
  let whole: PageReport;
  beforeAll(async () => {
    plain = (await h.page('pages/json-tamper.html')).report;
    tampered = (await h.page('pages/json-tamper.html?tamper')).report;
    whole = (await h.page('pages/json-tamper.html?tamper&delete')).report;
  }, 60_000);

  it('the page without tampering: audited, with its failures', () => {
    expect(plain.error).toBeNull();
    expect(plain.criteria['1.1'].status).toBe('NC');
    expect(plain.criteria['11.1'].status).toBe('NC');
    expect(plain.criteria['1.1'].tests['1.1.1']).toBe('NC');
    const images = plain.criteria['1.1'].findings.map((f) => f.selector);
    expect(images).toEqual(expect.arrayContaining(['#second']));
  });

  it('prototypes with toJSON, JSON.stringify replaced: the same statuses and findings', () => {
    expect(tampered.error).toBeNull();
    // The page's URL (in the review item of 12.1) is the one difference.
    expect(JSON.parse(JSON.stringify(tampered.criteria).replaceAll('json-tamper.html?tamper', 'json-tamper.html'))).toEqual(plain.criteria);
  });

  it('the same page deleting the entry point (the audit then comes in whole, after its scripts): the same statuses and findings', () => {
    expect(whole.error).toBeNull();
    expect(JSON.parse(JSON.stringify(whole.criteria).replaceAll('json-tamper.html?tamper&delete', 'json-tamper.html'))).toEqual(plain.criteria);
  });

  it('a page adding an enumerable property to Object.prototype: one clear error naming it, on either path', async () => {
    for (const [q, name] of [['?object', 'toJSON'], ['?foo', 'foo'], ['?object&delete', 'toJSON']]) {
      const { report } = await h.page('pages/json-tamper.html' + q);
      expect(report.error, q).toBe(`page not audited: it adds enumerable properties to Object.prototype (${name}), on which axe-core cannot run`);
    }
  }, 60_000);
});
