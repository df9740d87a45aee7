import type { CheckResult, SamplePage } from '../define.js';
import { defineCheck, emptyResult } from '../define.js';
import type { MessageRef } from '../../../model/message.js';
import { navOf, pageNode, PLACE_MESSAGES, posRef, regionRef, type NavFacts } from './navigation-facts.js';

function jaccard(a: string[], b: string[]): number {
  const A = new Set(a);
  const B = new Set(b);
  let inter = 0;
  for (const x of A) if (B.has(x)) inter++;
  return inter / Math.max(1, A.size + B.size - inter);
}

/** 12.2.1: the same menu keeps its place (landmark region and order relative to main). Pure. */
export function menuConsistency(pages: SamplePage[]): Record<string, CheckResult> {
  const out: Record<string, CheckResult> = {};
  const navs = pages.map((p) => ({ url: p.url, f: navOf(p) }));
  for (const n of navs) out[n.url] = emptyResult(!n.f || n.f.isHome ? 0 : n.f.menus.length + n.f.linkLists);
  const cmp = navs.filter((n): n is { url: string; f: NavFacts } => !!n.f && !n.f.isHome && n.f.menus.length > 0);
  for (let i = 0; i < cmp.length; i++) {
    for (let j = 0; j < cmp.length; j++) {
      if (i === j) continue;
      const A = cmp[i];
      const B = cmp[j];
      for (const ma of A.f.menus) {
        // The same menu may be in the page twice (desktop and mobile copies): it has kept its place
        // when any copy on the other page is where this one is.
        const same = B.f.menus.filter((x) => jaccard(ma.links, x.links) >= 0.6);
        if (!same.length || same.some((x) => x.pos === ma.pos && x.region === ma.region)) continue;
        const mb = same.find((x) => x.visible === ma.visible) || same[0];
        const name: MessageRef = ma.name ? { id: 'named', params: { name: ma.name } } : { id: 'of-links', params: { n: ma.links.length } };
        const r = out[A.url];
        const sides = ['before-main', 'after-main'];
        if (sides.includes(ma.pos) && sides.includes(mb.pos) && ma.pos !== mb.pos) {
          r.failures.push(pageNode(A.url, 'moved-pos', { name, here: posRef(ma.pos), there: posRef(mb.pos), url: B.url }));
        } else if (['banner', 'contentinfo'].includes(ma.region) && ['banner', 'contentinfo'].includes(mb.region) && ma.region !== mb.region) {
          r.failures.push(pageNode(A.url, 'moved-region', { name, here: regionRef(ma.region), there: regionRef(mb.region), url: B.url }));
        } else if (ma.visible && mb.visible && Math.abs(ma.left - mb.left) > 400) {
          r.doubts.push(pageNode(A.url, 'shifted', { name, here: ma.left, there: mb.left, url: B.url }));
        }
      }
    }
  }
  for (const r of Object.values(out)) {
    r.failures = r.failures.slice(0, 20);
    r.doubts = r.doubts.slice(0, 20);
  }
  return out;
}


export default defineCheck({
  meta: {
    id: 'nav-menu-consistency',
    decides: ['12.2.1'],
    scopes: ['12.2'],
    returns: ['NC', 'NA', 'review'],
    needs: ['navigation'],
    sample: true,
    description:
      '12.2.1: the same menu (60 % of its links in common) on two pages of the sample that are not the home page: NC when it comes before the main content on one and after it on the other, or in the header on one and the footer on the other; a horizontal shift of more than 400 px is a doubt. Pages without a menu and the home page → NA (RGAA particular case).',
    messages: {
      ...PLACE_MESSAGES,
      named: {
        en: '« {name} »',
        fr: '« {name} »',
      },
      'of-links': {
        en: 'of {n} links',
        fr: 'de {n} liens',
      },
      'moved-pos': {
        en: 'the menu {name} comes {here} here but {there} on {url}',
        fr: 'le menu {name} est placé {here} ici mais {there} sur {url}',
      },
      'moved-region': {
        en: 'the menu {name} is in the {here} here but in the {there} on {url}',
        fr: 'le menu {name} est {here} ici mais {there} sur {url}',
      },
      shifted: {
        en: 'the menu {name} is at x={here} here but x={there} on {url}: check that it is at the same place',
        fr: 'le menu {name} est à x={here} ici mais à x={there} sur {url} : vérifier qu’il est au même endroit',
      },
    },
  },
  runSample: menuConsistency,
});
