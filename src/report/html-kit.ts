/**
 * Self-contained HTML for the report and the dashboard: an auto-escaping `html` template tag
 * (every interpolated value is escaped unless it is already `Html`), and a document shell
 * with a strict Content-Security-Policy: no network at all, the one inline style sheet and
 * the one inline script allowed by their SHA-256 hash, so that even a missed escape cannot
 * run a script or load anything.
 */
import { createHash } from 'node:crypto';
import type { Lang } from './i18n.js';

/** Markup that is already safe. Only `html`…`` and `raw()` make one. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/** Text (or attribute value, quoted) made inert: & < > " ' ` escaped, NUL and other C0 controls replaced. */
export function esc(s: unknown): string {
  if (s == null) return '';
  // eslint-disable-next-line no-control-regex -- control characters from a page are not allowed in HTML
  return String(s).replace(/[&<>"'`]/g, (c) => ESC[c]).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\ufffd');
}

/** Trusted markup (our own constants only; never anything from a page). */
export function raw(s: string): Html {
  return new Html(s);
}

function part(v: unknown): string {
  if (v instanceof Html) return v.value;
  if (Array.isArray(v)) return v.map(part).join('');
  if (v === null || v === undefined || v === false || v === true) return '';
  return esc(v);
}

/** The template tag: `html\`<p>${text}</p>\`` escapes `text`; arrays are joined; null/false/true render nothing. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += part(values[i]) + strings[i + 1];
  return new Html(out);
}

/** Join fragments with a separator (escaped when a string). */
export function join(items: unknown[], sep: unknown = ''): Html {
  return new Html(items.map(part).join(part(sep)));
}

export function sha256(s: string): string {
  return `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
}

/** An id fragment from any text: letters, digits and dashes only. */
export function slug(s: string, max = 40): string {
  const out = s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max);
  return out || 'x';
}

export const BASE_CSS = `
:root{--fg:#1b1b1b;--muted:#4a4a4a;--bg:#fff;--line:#c8c8c8;--link:#0b4fa8;--focus:#b34700;
--c-fg:#0b5d1e;--c-bg:#e3f4e7;--nc-fg:#a0141b;--nc-bg:#fde8e8;--na-fg:#3d3d3d;--na-bg:#ececec;--nt-fg:#6b4a00;--nt-bg:#fff3cf}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;overflow-wrap:break-word;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Ubuntu,Arial,sans-serif;color:var(--fg);background:var(--bg)}
a{color:var(--link)}
a:focus-visible,button:focus-visible,input:focus-visible,summary:focus-visible,[tabindex]:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.skip{position:absolute;left:-9999px;top:0;background:#fff;padding:.5rem 1rem;z-index:10}
.skip:focus{left:.5rem}
header,main,footer,nav{padding:0 1rem;max-width:80rem;margin:0 auto}
header{padding-top:1rem;border-bottom:1px solid var(--line)}
footer{border-top:1px solid var(--line);margin-top:2rem;padding-bottom:2rem;color:var(--muted);font-size:.9rem}
h1{font-size:1.6rem;margin:.5rem 0}
h2{font-size:1.35rem;margin:2rem 0 .5rem;padding-top:.5rem;border-top:3px solid var(--fg)}
h3{font-size:1.15rem;margin:1.5rem 0 .5rem}
h4{font-size:1rem;margin:1.2rem 0 .4rem}
.meta,.fields{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:.5rem 0}
.meta dt,.fields dt{font-weight:600}
.meta dd,.fields dd{margin:0;overflow-wrap:anywhere}
.big{font-size:1.25rem;font-weight:700}
.note{color:var(--muted)}
.scroll{overflow-x:auto;max-width:100%;margin:.5rem 0;border:1px solid var(--line)}
table{border-collapse:collapse;width:100%;font-size:.95rem}
caption{text-align:left;font-weight:600;padding:.4rem .5rem}
th,td{border:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
thead th{background:#f2f2f2}
td.url,dd.url{overflow-wrap:anywhere;min-width:12rem}
.grid td.s,.grid th.s{text-align:center;white-space:nowrap}
.grid th[scope=row]{position:sticky;left:0;background:#fff;white-space:nowrap}
.theme th{background:#f2f2f2}
.st{display:inline-block;min-width:2.6em;padding:0 .3em;border-radius:.25em;font-weight:700;text-align:center}
.st-C{color:var(--c-fg);background:var(--c-bg)}
.st-NC{color:var(--nc-fg);background:var(--nc-bg)}
.st-NA{color:var(--na-fg);background:var(--na-bg)}
.st-NT{color:var(--nt-fg);background:var(--nt-bg)}
.v-Oui{color:var(--c-fg);background:var(--c-bg)}
.v-Partiel{color:var(--nt-fg);background:var(--nt-bg)}
.v-Non{color:var(--nc-fg);background:var(--nc-bg)}
.v-avenir{color:var(--na-fg);background:var(--na-bg)}
.finding{border:1px solid var(--line);border-left:4px solid var(--nc-fg);padding:.5rem .75rem;margin:.5rem 0}
.finding dl{margin:0}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em;overflow-wrap:anywhere}
pre{background:#f6f6f6;border:1px solid var(--line);padding:.5rem;overflow-x:auto;white-space:pre-wrap;overflow-wrap:anywhere;margin:.4rem 0}
img.shot{max-width:100%;height:auto;border:1px solid var(--line)}
ul.reasons li{margin:.2rem 0}
.contradiction{color:var(--nc-fg)}
.counts{display:flex;flex-wrap:wrap;gap:.5rem;padding:0;margin:.5rem 0;list-style:none}
.counts li{padding:.2rem .6rem;border-radius:.25em}
button.sort{font:inherit;font-weight:700;background:none;border:0;padding:0;color:inherit;cursor:pointer;text-align:left;text-decoration:underline dotted}
th[aria-sort=ascending] button.sort::after{content:" \\25B2"}
th[aria-sort=descending] button.sort::after{content:" \\25BC"}
.charts{display:flex;flex-wrap:wrap;gap:1rem 2rem}
.chart{margin:0;max-width:100%}
.chart svg{max-width:100%;height:auto}
.nowrap{white-space:nowrap}
.vh{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media (max-width:40rem){body{font-size:15px}.meta,.fields{grid-template-columns:1fr}.meta dt,.fields dt{margin-top:.4rem}h1{font-size:1.35rem}}
@media print{.skip,nav,[data-filter]{display:none}.scroll{overflow:visible;border:0}}
`;

/**
 * Progressive enhancement, same script in the report and the dashboard (allowed by its hash):
 * sortable tables (`table[data-sortable]`: header buttons, aria-sort) and the "only NC" filter
 * of the criteria grid. Without it every table is complete and readable.
 */
export const BASE_SCRIPT = `(function () {
  'use strict';
  function val(cell) {
    if (!cell) return '';
    var v = cell.getAttribute('data-sort');
    return v === null ? (cell.textContent || '').trim() : v;
  }
  function num(s) {
    return s !== '' && isFinite(Number(s)) ? Number(s) : null;
  }
  function cmp(a, b) {
    var x = num(a), y = num(b);
    if (x !== null && y !== null) return x - y;
    if (x !== null) return -1;
    if (y !== null) return 1;
    if (a === '' && b !== '') return 1;
    if (b === '' && a !== '') return -1;
    return a.localeCompare(b, undefined, { numeric: true, sensitivity: 'base' });
  }
  var tables = document.querySelectorAll('table[data-sortable]');
  Array.prototype.forEach.call(tables, function (table) {
    if (!table.tHead || !table.tBodies.length) return;
    var heads = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads, function (th, i) {
      var b = document.createElement('button');
      b.type = 'button';
      b.className = 'sort';
      while (th.firstChild) b.appendChild(th.firstChild);
      th.appendChild(b);
      b.addEventListener('click', function () {
        var asc = th.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(heads, function (o) { o.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (r, s) { var c = cmp(val(r.cells[i]), val(s.cells[i])); return asc ? c : -c; });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
    var hint = document.querySelector('[data-sort-hint="' + table.id + '"]');
    if (hint) hint.hidden = false;
  });
  var filters = document.querySelectorAll('[data-filter]');
  Array.prototype.forEach.call(filters, function (p) {
    var box = p.querySelector('input');
    var table = document.getElementById(p.getAttribute('data-filter'));
    if (!box || !table) return;
    p.hidden = false;
    box.addEventListener('change', function () {
      var rows = table.querySelectorAll('tbody tr');
      Array.prototype.forEach.call(rows, function (r) {
        r.hidden = box.checked && !r.hasAttribute('data-nc');
      });
    });
  });
})();`;

export interface DocumentOptions {
  lang: Lang;
  title: string;
  body: Html;
  /** Include the shared script (sorting, filter). */
  script?: boolean;
}

/** The CSP of a document that has this style sheet and (maybe) this script, and nothing else. */
export function contentSecurityPolicy(css: string, script: string | null): string {
  return [
    "default-src 'none'",
    `style-src ${sha256(css)}`,
    'img-src data:',
    `script-src ${script ? sha256(script) : "'none'"}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** A complete, self-contained HTML document. */
export function htmlDocument(o: DocumentOptions): string {
  const script = o.script ? BASE_SCRIPT : null;
  const csp = contentSecurityPolicy(BASE_CSS, script);
  return (
    `<!DOCTYPE html>\n<html lang="${esc(o.lang)}">\n<head>\n<meta charset="utf-8">\n` +
    `<meta http-equiv="Content-Security-Policy" content="${esc(csp)}">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<meta name="referrer" content="no-referrer">\n` +
    `<title>${esc(o.title)}</title>\n` +
    `<link rel="icon" href="data:,">\n` +
    `<style>${BASE_CSS}</style>\n</head>\n<body>\n${o.body.value}\n` +
    (script ? `<script>${script}</script>\n` : '') +
    `</body>\n</html>\n`
  );
}

/** A status as a badge: the letters (C, NC, NA, NT) with their meaning for assistive technologies. */
export function statusBadge(status: string, label: string): Html {
  const s = status === 'C' || status === 'NC' || status === 'NA' || status === 'NT' ? status : '';
  if (!s) return html`<span class="st">—</span>`;
  return html`<abbr class="st st-${s}" title="${label}">${s}</abbr>`;
}

/** A link to a URL from a page, or the URL as text when it is not http(s)/file. */
export function urlLink(url: string | null | undefined, href: string | null, text?: string): Html {
  if (!url) return html`—`;
  return href ? html`<a href="${href}" rel="noopener noreferrer">${text ?? url}</a>` : html`<span>${text ?? url}</span>`;
}
