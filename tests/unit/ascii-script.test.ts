/**
 * The in-page script is sent to every page as one-byte text (src/gather/inpage.ts `asciiOnly`):
 * every non-ASCII character of axe-core, of our bundle and of the plan (axe-core's French locale)
 * is written as a `\uXXXX` escape, and the escaped program does what the original does.
 */
import { describe, it, expect } from 'vitest';
import { asciiOnly, InPageScript, axeLocale } from '../../src/gather/inpage.js';
import type { InPagePlan } from '../../src/gather/inpage-api.js';

const ASCII = /^[^\u0080-\uffff]*$/;

describe('the in-page script as one-byte text', () => {
  it('has no non-ASCII character in the init script, the per-page call or the whole script, with the French locale', () => {
    const plan: InPagePlan = { axeRules: ['image-alt'], selectors: ['img'], checks: [], facts: [], snippetMax: 10, nodeMax: 1, axeLocale: axeLocale('fr') };
    // The locale and the bundle do hold non-ASCII characters: the escaping is what removes them.
    expect(JSON.stringify(plan.axeLocale)).not.toMatch(ASCII);
    const s = new InPageScript(plan);
    for (const [name, text] of Object.entries({ init: s.init, call: s.call, full: s.full })) expect(ASCII.test(text), name).toBe(true);
  });

  it('escapes into the same program: strings, regular expressions (u flag too), identifiers, identity escapes, astral characters', () => {
    const source = String.raw`
      var ε = 'é';
      var o = { ε: 1 };
      return [
        'Accessibilité : partiellement conforme',
        ε + o.ε,
        /vid[eé]o/.test('vidéo'),
        /[\s.:!?…»›>→]+$/u.exec('suite »')[0],
        '\é',
        '\\é',
        '😀'.length,
        /^😀$/u.test('😀'),
        ${'`'}modèle ${'$'}{ε}${'`'},
      ];`;
    const escaped = asciiOnly(source);
    expect(escaped).toMatch(ASCII);
    expect(new Function(escaped)()).toEqual(new Function(source)());
    expect(new Function(escaped)()).toEqual(['Accessibilité : partiellement conforme', 'é1', true, ' »', 'é', '\\é', 2, true, 'modèle é']);
  });
});
