import type { CheckResult, SamplePage } from '../define.js';
import { defineCheck } from '../define.js';

/** Framework and editor default titles: they never identify a page. */
const PLACEHOLDER_TITLES = new Set([
  'react app', 'vite app', 'vite + react', 'vite + react + ts', 'vite + vue', 'vite + vue + ts', 'vite + svelte', 'vue app',
  'angular', 'my app', 'app', 'document', 'untitled', 'untitled document', 'sans titre', 'new tab', 'nouvel onglet',
  'welcome to nginx!', 'apache2 ubuntu default page: it works', 'index', 'index.html', 'title', 'titre', 'page title',
  'titre de la page', 'test', 'home page', 'my website', 'mon site',
]);

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * 8.6.1, pure. A page title is not relevant when it is a framework default ("React App",
 * "Document"), or when another page of the sample with different content (a different first
 * heading) has exactly the same title: a title must identify its page. Pages that share a title
 * and whose headings are equal or missing are listed for a human. A single page with a title of
 * its own is NT (a human judges relevance); a page without a title is out of scope (8.5).
 */
export function titleRelevance(pages: SamplePage[]): Record<string, CheckResult> {
  const info = pages.map((p) => {
    const title = typeof p.facts.title === 'string' ? norm(p.facts.title) : '';
    const ctx = (p.facts.titleContext ?? {}) as { h1?: string | null; path?: string };
    return { url: p.url, title, key: title.toLowerCase(), h1: ctx.h1 ? norm(ctx.h1).toLowerCase() : '', h1Text: ctx.h1 ? norm(ctx.h1) : '' };
  });
  const out: Record<string, CheckResult> = {};
  const snippet = (t: string) => `<title>${t.slice(0, 120)}</title>`;
  for (const p of info) {
    const res: CheckResult = { applicable: 0, failures: [], doubts: [] };
    out[p.url] = res;
    if (!p.title) continue;
    res.applicable = 1;
    if (PLACEHOLDER_TITLES.has(p.key)) {
      res.failures.push({ selector: 'title', snippet: snippet(p.title), messageId: 'placeholder', params: { title: p.title } });
      continue;
    }
    const peers = info.filter((q) => q.url !== p.url && q.key === p.key);
    if (!peers.length) continue;
    const different = peers.find((q) => p.h1 && q.h1 && q.h1 !== p.h1);
    if (different) {
      res.failures.push({
        selector: 'title',
        snippet: snippet(p.title),
        messageId: 'same-title-different-content',
        params: { title: p.title, url: different.url, theirs: different.h1Text.slice(0, 60), ours: p.h1Text.slice(0, 60) },
      });
    } else {
      const params = { title: p.title, url: peers[0].url, others: peers.length - 1 };
      res.doubts.push({ selector: 'title', snippet: snippet(p.title), messageId: peers.length > 1 ? 'shared-title-many' : 'shared-title', params });
    }
  }
  return out;
}

export default defineCheck({
  meta: {
    id: 'req-title-relevance',
    decides: ['8.6.1'],
    scopes: ['8.6'],
    returns: ['NC', 'NA', 'review'],
    needs: ['titleContext'],
    sample: true,
    description: '8.6.1: default placeholder titles, and the same title on sample pages with different content (first heading). Scope of 8.6: pages with a title.',
    messages: {
      placeholder: {
        en: 'The page title "{title}" is a default placeholder: it does not identify the page.',
        fr: 'Le titre de page « {title} » est un titre par défaut : il n’identifie pas la page.',
      },
      'same-title-different-content': {
        en: 'The page title "{title}" is also the title of {url}, whose content differs (first heading "{theirs}" here "{ours}"): the title does not identify the page.',
        fr: 'Le titre de page « {title} » est aussi celui de {url}, dont le contenu diffère (premier titre « {theirs} », ici « {ours} ») : le titre n’identifie pas la page.',
      },
      'shared-title': {
        en: 'The page title "{title}" is shared with {url}: check it identifies each page.',
        fr: 'Le titre de page « {title} » est aussi celui de {url} : vérifier qu’il identifie chaque page.',
      },
      'shared-title-many': {
        en: 'The page title "{title}" is shared with {url} and {others} other page(s): check it identifies each page.',
        fr: 'Le titre de page « {title} » est aussi celui de {url} et de {others} autre(s) page(s) : vérifier qu’il identifie chaque page.',
      },
    },
  },
  runSample: titleRelevance,
});
