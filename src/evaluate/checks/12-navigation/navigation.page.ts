/**
 * The navigation facts of a page, for the checks over the sample (12.1, 12.2, 12.4, 12.5): its
 * menus, site search, site map link, and signs of a step in a process.
 */
import type { NavFacts, NavMenu, NavPlace } from './navigation-facts.js';
import { NATIVE_FIELDS } from '../lib/fields.page.js';

function navFacts(): NavFacts {
  const norm = (s: string | null) => (s || '').replace(/\s+/g, ' ').trim();
  const main = document.querySelector('main, [role=main]');
  const sx = scrollX;
  const sy = scrollY;
  const LAND = 'article, aside, main, nav, section, [role=article], [role=complementary], [role=main], [role=navigation], [role=region]';
  const region = (el: Element): string => {
    if (el.closest('[role=banner]')) return 'banner';
    const hd = el.closest('header');
    if (hd && !hd.parentElement?.closest(LAND)) return 'banner';
    if (el.closest('[role=contentinfo]')) return 'contentinfo';
    const ft = el.closest('footer');
    if (ft && !ft.parentElement?.closest(LAND)) return 'contentinfo';
    if (el.closest('main, [role=main]')) return 'main';
    if (el.closest('aside, [role=complementary]')) return 'aside';
    return 'other';
  };
  const place = (el: Element) => {
    const rc = el.getBoundingClientRect();
    const he = el as HTMLElement;
    const visible =
      rc.width > 0 && rc.height > 0 && (typeof he.checkVisibility !== 'function' || he.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions));
    let pos: NavPlace['pos'] = 'no-main';
    if (main) pos = el === main || main.contains(el) ? 'in-main' : el.compareDocumentPosition(main) & Node.DOCUMENT_POSITION_FOLLOWING ? 'before-main' : 'after-main';
    return { region: region(el), pos, top: Math.round(rc.top + sy), left: Math.round(rc.left + sx), visible };
  };
  const key = (a: Element): string => {
    try {
      const u = new URL((a as HTMLAnchorElement).href, location.href);
      return (u.origin === location.origin ? '' : u.host) + u.pathname.replace(/\/+$/, '') + (u.search || '');
    } catch {
      return a.getAttribute('href') || '';
    }
  };
  const menus: NavMenu[] = [];
  const navs = Array.from(document.querySelectorAll('nav, [role=navigation], [role=menubar]'));
  for (const nav of navs) {
    if (navs.some((o) => o !== nav && o.contains(nav))) continue;
    const links = Array.from(nav.querySelectorAll('a[href]'));
    if (links.length < 2) continue;
    const label = nav.getAttribute('aria-label') || (nav.getAttribute('aria-labelledby') ? norm(document.getElementById(nav.getAttribute('aria-labelledby')!.split(/\s+/)[0])?.textContent ?? '') : '');
    menus.push({ name: norm(label), links: links.slice(0, 60).map(key), ...place(nav) });
    if (menus.length >= 12) break;
  }
  let linkLists = 0;
  for (const list of Array.from(document.querySelectorAll('ul, ol')).slice(0, 300)) {
    if (list.querySelectorAll(':scope > li > a[href], :scope > li > * > a[href]').length >= 3 && region(list) !== 'contentinfo') linkLists++;
  }
  // Site search: the first candidate, visible first.
  const SEARCH = /recherch|search|chercher/i;
  const searchCands: { el: Element; kind: 'field' | 'control' }[] = [];
  for (const el of Array.from(document.querySelectorAll('[role=search], search, form, input[type=search], input[type=text], input:not([type])'))) {
    if (el.matches('[role=search], search')) {
      searchCands.push({ el, kind: el.querySelector('input:not([type=hidden]), [role=searchbox], [role=combobox]') ? 'field' : 'control' });
    } else if (el.localName === 'form') {
      const action = el.getAttribute('action') || '';
      if (SEARCH.test(action) && el.querySelector('input:not([type=hidden])')) searchCands.push({ el, kind: 'field' });
    } else {
      const input = el as HTMLInputElement;
      const text = `${input.type} ${input.name} ${input.id} ${input.placeholder} ${input.getAttribute('aria-label') || ''} ${input.title}`;
      if (input.type === 'search' || SEARCH.test(text) || /^(q|s|query|keywords?|motcles?|mots?-?cles?|recherche)$/i.test(input.name)) searchCands.push({ el: input.closest('form') || input, kind: 'field' });
    }
  }
  if (!searchCands.length) {
    for (const el of Array.from(document.querySelectorAll('button, [role=button], a[href]')).slice(0, 500)) {
      const text = norm(`${el.textContent} ${el.getAttribute('aria-label') || ''} ${el.getAttribute('title') || ''}`);
      if (/^(rechercher|recherche|search|chercher)\b/i.test(text) || (el.localName !== 'a' && SEARCH.test(text) && text.length < 40)) {
        searchCands.push({ el, kind: 'control' });
        break;
      }
    }
  }
  const bestSearch = searchCands.find((c) => place(c.el).visible) || searchCands[0];
  // Site map link.
  const SITEMAP = /plan\s+d[ue]\s+site|site\s*-?\s*map/i;
  let sitemap: NavFacts['sitemap'] = null;
  const maps = Array.from(document.querySelectorAll('a[href], area[href]')).filter((a) => {
    const t = norm(`${a.textContent} ${a.getAttribute('aria-label') || ''} ${a.getAttribute('title') || ''}`);
    const href = a.getAttribute('href') || '';
    return SITEMAP.test(t) || (/plan-du-site|plan_du_site|plandusite|sitemap(?!\.xml)/i.test(href) && t.length < 40);
  });
  const m = maps.find((a) => place(a).visible) || maps[0];
  if (m) sitemap = { text: norm(m.textContent).slice(0, 60), href: key(m), ...place(m) };
  // Process signs.
  let process = !!document.querySelector('[aria-current=step], progress, [role=progressbar]');
  if (!process) {
    for (const f of Array.from(document.querySelectorAll('form')).slice(0, 20)) {
      if (f.matches('[role=search]') || f.closest('[role=search], search')) continue;
      const fields = Array.from(f.querySelectorAll(NATIVE_FIELDS)).filter(
        (x) => (x as HTMLElement).getClientRects().length > 0,
      );
      if (fields.length >= 2) {
        process = true;
        break;
      }
    }
  }
  if (!process) {
    const STEP = /([ée]tape|step)\s*\d+\s*(sur|\/|of)\s*\d+/i;
    for (const el of Array.from(document.querySelectorAll('h1, h2, h3, legend, p, li, [class*=step], [class*=etape]')).slice(0, 200)) {
      if (STEP.test((el.textContent || '').slice(0, 200))) {
        process = true;
        break;
      }
    }
  }
  const path = location.pathname;
  return {
    path,
    isHome: /^\/(index\.(html?|php|aspx?))?$/i.test(path) || /^\/(fr|en|accueil|home)\/?$/i.test(path),
    menus,
    linkLists,
    search: bestSearch ? { kind: bestSearch.kind, ...place(bestSearch.el) } : null,
    sitemap,
    process,
  };
}

export const facts = { navigation: navFacts };
