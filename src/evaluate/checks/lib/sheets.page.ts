/** The page's style sheets as the checks read them (CSSOM): style rules with the conditions around them, and what cannot be read. */

export interface SheetRule {
  rule: CSSStyleRule;
  /** Media conditions of the @media blocks (and @import media lists) it sits in, outermost first. */
  media: string[];
}

export interface SheetScan {
  rules: SheetRule[];
  /** Style sheets whose rules cannot be read (cross-origin without CORS), font services excepted. */
  unreadable: CSSStyleSheet[];
}

/** Hosts that serve only @font-face rules: their sheets hold nothing a check reads. */
const FONT_HOSTS = /^(fonts\.googleapis\.com|use\.typekit\.net|fonts\.bunny\.net|use\.fontawesome\.com|fast\.fonts\.net|cloud\.typography\.com)$/i;

const MAX_RULES = 50_000;

/** Every style rule of the document's and adopted style sheets, @media, @supports, @layer and @import included. */
export function scanSheets(doc: Document = document): SheetScan {
  const out: SheetScan = { rules: [], unreadable: [] };
  const readable = (sheet: CSSStyleSheet): CSSRuleList | null => {
    try {
      return sheet.cssRules;
    } catch {
      let host = '';
      try {
        host = new URL(sheet.href ?? '', location.href).hostname;
      } catch {
        /* no URL: inline */
      }
      if (!FONT_HOSTS.test(host)) out.unreadable.push(sheet);
      return null;
    }
  };
  const visit = (rules: CSSRuleList, media: string[], depth: number) => {
    if (depth > 8) return;
    for (const rule of Array.from(rules)) {
      if (out.rules.length >= MAX_RULES) return;
      if (rule instanceof CSSStyleRule) {
        out.rules.push({ rule, media });
        if (rule.cssRules && rule.cssRules.length) visit(rule.cssRules, media, depth + 1); // CSS nesting
      } else if (rule instanceof CSSImportRule) {
        const inner = rule.styleSheet && readable(rule.styleSheet);
        if (inner) visit(inner, rule.media.mediaText ? [...media, rule.media.mediaText] : media, depth + 1);
      } else if (rule instanceof CSSMediaRule) visit(rule.cssRules, [...media, rule.media.mediaText], depth + 1);
      else if ('cssRules' in rule) visit((rule as CSSGroupingRule).cssRules, media, depth + 1);
    }
  };
  const sheets = [...Array.from(doc.styleSheets), ...(doc.adoptedStyleSheets ?? [])];
  for (const sheet of sheets) {
    const rules = readable(sheet);
    if (rules) visit(rules, sheet.media && sheet.media.mediaText ? [sheet.media.mediaText] : [], 0);
  }
  return out;
}
