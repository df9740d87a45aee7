import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';

/** In the page: see ./nav-skip-link.ts. */
export default function run(h: PageContext): CheckResult {
  const { r, bt, add } = h.perTest(['12.7.1', '12.7.2']);
  const t1 = bt['12.7.1'];
  const t2 = bt['12.7.2'];
  const SKIP = /(contenu|content|principal|main|navigation|menu|recherche|search|aller|skip|passer|acc[eè]s|[ée]viter|pied de page|footer|jump)/i;
  const MAINISH = /(contenu|content|principal|main)/i;
  const FOCUSABLE = 'a[href], area[href], button, input:not([type=hidden]), select, textarea, summary, iframe, [tabindex]:not([tabindex^="-"]), [contenteditable]:not([contenteditable=false])';
  const here = location.href.split('#')[0];
  const main = h.all('main, [role=main]').find((m) => h.visible(m)) || null;
  const focusables = h.all(FOCUSABLE).filter((el) => !(el as HTMLButtonElement).disabled);
  const inPageLinks: { a: Element; id: string; target: Element | null }[] = [];
  for (const a of h.all('a[href]')) {
    const raw = a.getAttribute('href') || '';
    let hash = '';
    if (raw.startsWith('#')) hash = raw;
    else {
      try {
        const u = new URL(raw, location.href);
        if (u.href.split('#')[0] === here && u.hash) hash = u.hash;
      } catch {
        hash = '';
      }
    }
    if (hash.length < 2 || /^#!|^#\//.test(hash)) continue;
    let id = hash.slice(1);
    try {
      id = decodeURIComponent(id);
    } catch {
      /* keep raw */
    }
    const target = document.getElementById(id) || document.getElementsByName(id)[0] || null;
    inPageLinks.push({ a, id, target });
  }
  const reachesMain = (t: Element | null): boolean => {
    if (!t || !main) return false;
    if (t === main || main.contains(t)) return true;
    if (t.contains(main)) {
      // A wrapper of main: fine when no focusable element lies between its start and main.
      return !focusables.some((f) => t.contains(f) && !main.contains(f) && !!(f.compareDocumentPosition(main) & Node.DOCUMENT_POSITION_FOLLOWING));
    }
    if (t.compareDocumentPosition(main) & Node.DOCUMENT_POSITION_FOLLOWING) {
      return !focusables.some((f) => !!(t.compareDocumentPosition(f) & Node.DOCUMENT_POSITION_FOLLOWING) && !!(f.compareDocumentPosition(main) & Node.DOCUMENT_POSITION_FOLLOWING));
    }
    return false;
  };
  // 12.7.2: skip / quick-access links, functional or not.
  for (const l of inPageLinks) {
    const text = `${h.name(l.a)} ${l.a.textContent || ''}`;
    const early = focusables.indexOf(l.a) >= 0 && focusables.indexOf(l.a) < 5;
    const outside = !main || !main.contains(l.a);
    // A skip link sits before the main content (a link inside it skips nothing).
    if (!outside || (!(SKIP.test(text) && (early || MAINISH.test(text))) && !reachesMain(l.target))) continue;
    t2.applicable++;
    if (!l.target) add('failures', '12.7.2', l.a, 'no-target', { id: l.id });
  }
  // 12.7.1: a way to reach or skip the main content (nothing to skip in a page with no focusable element).
  if (main && focusables.length) {
    t1.applicable = 1;
    const before = focusables.filter((f) => !main.contains(f) && !!(f.compareDocumentPosition(main) & Node.DOCUMENT_POSITION_FOLLOWING));
    const ok = inPageLinks.some((l) => !main.contains(l.a) && reachesMain(l.target));
    if (!ok) {
      const skipLike = h.all('button, [role=link], [role=button]').find((b) => MAINISH.test(h.name(b)) && /(aller|skip|passer|acc[eè]s|[ée]viter)/i.test(h.name(b)));
      const toMain = inPageLinks.filter((l) => !main.contains(l.a) && MAINISH.test(`${h.name(l.a)} ${l.a.textContent || ''}`));
      const broken = toMain.find((l) => !l.target);
      // A link named for the content whose target is not the <main> element: the main content zone
      // (RGAA glossary) may start elsewhere (a wrapper holding the breadcrumb and main): a human's call.
      const elsewhere = toMain.find((l) => l.target);
      if (skipLike) add('doubts', '12.7.1', skipLike, 'skip-like');
      else if (elsewhere) add('doubts', '12.7.1', elsewhere.a, 'skip-elsewhere', { id: elsewhere.id });
      else if (broken) add('failures', '12.7.1', broken.a, 'broken', { id: broken.id });
      else if (before.length >= 3) add('failures', '12.7.1', main, 'none', { n: before.length });
      else add('doubts', '12.7.1', main, 'none-few', { n: before.length });
    }
  } else if (!main && focusables.length) {
    t1.applicable = 1;
    add('doubts', '12.7.1', document.body, 'no-main');
  }
  r.applicable = t1.applicable + t2.applicable;
  return r;
}
