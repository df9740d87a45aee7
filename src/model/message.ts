/**
 * What our checks say about an element, as data: a message id with its parameters. Each check's
 * meta holds the templates of its messages, in English and in French (evaluate/checks/define.ts);
 * evaluation renders the English text into the finding (the JSON reads without the tool) and the
 * report layer renders the chosen language from the id and the parameters, never from the text.
 *
 * Templates are written as the report's own sentences are (src/report/i18n.ts): `{name}` takes a
 * parameter, `{n|one|other}` picks a form by the number n (in French 0 and 1 take the singular).
 * A parameter is a value from the page (a string or a number, written as given), another message
 * of the same check (a fragment the check's code chooses, such as « on its left », translated
 * with it), or a list of values and fragments, joined with « , ».
 */

export type MessageLang = 'en' | 'fr';

export interface MessageTemplates {
  en: string;
  fr: string;
}

/** A check's messages by id. */
export type MessageCatalogue = Readonly<Record<string, MessageTemplates>>;

/**
 * Every check's messages, by check id: what the pipeline hands the report layer (built from the
 * checks' metas by evaluate/checks/registry.ts) so that it renders findings in its language
 * without importing the checks.
 */
export type CheckMessages = Readonly<Record<string, MessageCatalogue>>;

/** A message of the check's catalogue and the values of its placeholders. */
export interface MessageRef {
  id: string;
  params?: MessageParams;
}

export type MessageParam = string | number | MessageRef | (string | MessageRef)[];
export type MessageParams = Record<string, MessageParam>;

const PLACEHOLDER = /\{([A-Za-z]\w*)(?:\|([^{}|]*)\|([^{}|]*))?\}/g;

/** The parameter names a template reads, each once, sorted. */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]))].sort();
}

/** The ids of the fragments among a message's parameters, nested ones included. */
export function fragmentIds(params: MessageParams | undefined): string[] {
  const out: string[] = [];
  for (const v of Object.values(params ?? {})) {
    for (const r of Array.isArray(v) ? v : [v]) if (typeof r === 'object') out.push(r.id, ...fragmentIds(r.params));
  }
  return out;
}

/** Singular or plural for the number n: English has one singular (1), French two (0 and 1). */
function isSingular(lang: MessageLang, n: number): boolean {
  return lang === 'fr' ? Math.abs(n) < 2 : n === 1;
}

/**
 * The text of a message in `lang`. Throws on an id the catalogue lacks or a placeholder without
 * its parameter: a check that says what its meta does not declare is a bug, for its tests to find.
 */
export function renderMessage(catalogue: MessageCatalogue, ref: MessageRef, lang: MessageLang): string {
  const t = Object.prototype.hasOwnProperty.call(catalogue, ref.id) ? catalogue[ref.id] : undefined;
  if (!t) throw new Error(`no message "${ref.id}"`);
  return t[lang].replace(PLACEHOLDER, (_, name: string, one?: string, other?: string) => {
    const v = ref.params?.[name];
    if (v === undefined) throw new Error(`message "${ref.id}": no value for {${name}}`);
    if (one !== undefined) return isSingular(lang, Number(v)) ? one : (other ?? '');
    const value = (x: string | number | MessageRef) => (typeof x === 'object' ? renderMessage(catalogue, x, lang) : String(x));
    return Array.isArray(v) ? v.map(value).join(', ') : value(v);
  });
}
