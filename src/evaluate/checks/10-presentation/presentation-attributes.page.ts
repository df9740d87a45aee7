import type { CheckResult } from '../../../gather/inpage-api.js';
import type { PageContext } from '../../../gather/page/context.page.js';

/** In the page: see ./presentation-attributes.ts. */
export default function run(h: PageContext): CheckResult {
  const r = h.result();
  r.applicable = 1;
  const T = 'table,thead,tbody,tfoot,tr,td,th,col,colgroup';
  const map: Record<string, string> = {
    align: 'caption,col,colgroup,div,h1,h2,h3,h4,h5,h6,hr,iframe,img,input,legend,object,p,table,tbody,thead,tfoot,td,th,tr,embed,applet',
    alink: 'body',
    link: 'body',
    vlink: 'body',
    text: 'body',
    background: 'body,' + T,
    bgcolor: 'body,' + T,
    border: 'img,object,table,iframe,frameset',
    cellpadding: 'table',
    cellspacing: 'table',
    char: T,
    charoff: T,
    clear: 'br',
    color: 'font,basefont,hr',
    compact: 'dl,menu,ol,ul,dir',
    frameborder: 'iframe,frame',
    hspace: 'img,iframe,embed,object,input,applet',
    vspace: 'img,iframe,embed,object,input,applet',
    marginheight: 'body,iframe,frame',
    marginwidth: 'body,iframe,frame',
    valign: T,
    size: 'hr,font,basefont',
    width: 'hr,pre,table,td,th,col,colgroup,applet,spacer',
    height: 'td,th,tr,table,applet,spacer',
  };
  const doubtful: Record<string, string> = { size: 'input', width: 'iframe,video,source,input', height: 'iframe,video,source,input' };
  const names = Object.keys(map);
  const seen = new Set<Element>();
  for (const el of h.all(names.map((a) => `[${a}]`).join(','))) {
    if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml' || el.localName.includes('-') || seen.has(el)) continue;
    seen.add(el);
    if (r.failures.length + r.doubts.length >= 2 * h.max) break;
    const bad: string[] = [];
    const odd: string[] = [];
    for (const a of names) {
      if (!el.hasAttribute(a)) continue;
      if (map[a].split(',').includes(el.localName)) bad.push(a);
      else if (doubtful[a] && doubtful[a].split(',').includes(el.localName)) odd.push(a);
    }
    if (bad.length) r.failures.push(h.node(el, 'presentational', { n: bad.length, attrs: bad.join(', '), tag: el.localName }));
    else if (odd.length)
      r.doubts.push(h.node(el, 'glossary-presentational', { attrs: odd.join(', '), tag: el.localName }));
  }
  return r;
}
