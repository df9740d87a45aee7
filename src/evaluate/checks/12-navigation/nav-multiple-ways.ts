import type { CheckResult, SamplePage } from '../define.js';
import { defineCheck, emptyResult } from '../define.js';
import { navOf, pageNode, type NavFacts } from './navigation-facts.js';

/** 12.1.1: the sample offers two navigation systems (menu, search, site map). Pure. */
export function multipleWays(pages: SamplePage[]): Record<string, CheckResult> {
  const out: Record<string, CheckResult> = {};
  const navs = pages.map((p) => ({ url: p.url, f: navOf(p) }));
  const known = navs.filter((n): n is { url: string; f: NavFacts } => !!n.f);
  const has = {
    menu: known.some((n) => n.f.menus.length > 0 || n.f.linkLists > 0),
    search: known.some((n) => !!n.f.search),
    sitemap: known.some((n) => !!n.f.sitemap),
  };
  const count = Number(has.menu) + Number(has.search) + Number(has.sitemap);
  const yes = (b: boolean) => (b ? { id: 'yes' } : { id: 'no' });
  const found = { id: 'found', params: { menu: yes(has.menu), search: yes(has.search), sitemap: yes(has.sitemap) } };
  const processLike = known.some((n) => n.f.process);
  for (const n of navs) {
    const r = emptyResult(1);
    out[n.url] = r;
    if (!n.f || count >= 2) continue;
    // Never NC: 12.1 exempts pages that are part of a process and sites of very few pages, and
    // neither can be proven absent (a first step may hold a single field and no step indicator).
    if (known.length < 2) r.doubts.push(pageNode(n.url, 'one-page', { count, found }));
    else if (processLike) r.doubts.push(pageNode(n.url, 'process', { count, n: known.length, found }));
    else r.doubts.push(pageNode(n.url, 'too-few', { count, n: known.length, found }));
  }
  return out;
}


export default defineCheck({
  meta: {
    id: 'nav-multiple-ways',
    decides: ['12.1.1'],
    scopes: [],
    returns: ['review'],
    needs: ['navigation'],
    sample: true,
    description:
      '12.1.1: over the sample, at least two of: a menu (nav/role=navigation with links, or a list of 3+ links outside the footer), a site search (role=search, search field, search form), a link to the site map. Fewer → a doubt, never NC: the particular cases of 12.1 (pages of a process, a site of very few pages) cannot be ruled out by a machine (a first step may hold one field and no step indicator).',
    messages: {
      found: {
        en: 'menu: {menu}, search: {search}, site map link: {sitemap}',
        fr: 'menu : {menu}, recherche : {search}, lien vers le plan du site : {sitemap}',
      },
      yes: {
        en: 'yes',
        fr: 'oui',
      },
      no: {
        en: 'no',
        fr: 'non',
      },
      'one-page': {
        en: 'only {count} navigation system found on this page ({found}): check the other pages of the site',
        fr: 'seulement {count} système de navigation trouvé sur cette page ({found}) : vérifier les autres pages du site',
      },
      process: {
        en: 'only {count} navigation system found in the {n} pages ({found}); some pages look like steps of a process, where 12.1 does not apply',
        fr: 'seulement {count} système de navigation trouvé dans les {n} pages ({found}) ; certaines pages semblent être des étapes d’un processus, où 12.1 ne s’applique pas',
      },
      'too-few': {
        en: 'the {n} pages of the sample offer only {count} navigation system ({found}); two are required unless they are pages of a process or the site has very few pages (RGAA 12.1, particular cases): check which',
        fr: 'les {n} pages de l’échantillon n’offrent que {count} système de navigation ({found}) ; il en faut deux, sauf pour les pages d’un processus ou un site de très peu de pages (RGAA 12.1, cas particuliers) : vérifier',
      },
    },
  },
  runSample: multipleWays,
});
