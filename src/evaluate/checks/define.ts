/**
 * The shape of a check of our own (CONTRIBUTING.md shows one): a `meta` that declares its contract,
 * and how it runs. tests/checks/contract.test.ts compares every meta with rules/ both ways, and the
 * fixture harness (tests/checks/harness.ts) that a result only names the tests of its meta.
 *
 * Node code only, and no browser: a check that reads the live document (`needs: ['dom']`) has its
 * page code beside it, in `<id>.page.ts` (its default export, bundled into the in-page script); a
 * check over artifacts or over the sample is a pure function here.
 */
import type { Artifacts, GathererName } from '../../gather/artifacts.js';
import type { CheckResult, PageFacts } from '../../gather/inpage-api.js';
import { placeholders, type MessageCatalogue } from '../../model/message.js';

export type { CheckNode, CheckResult } from '../../gather/inpage-api.js';

/** What a result can mean for the tests a check decides. */
export type Returns = 'NC' | 'C' | 'NA' | 'review';

/** Facts a page module gathers in the page evaluation (`export const facts`), for the checks over the sample. */
export type FactName = 'navigation' | 'titleContext';

/** `dom`: the live document, in the page evaluation; the others: see gather/artifacts.ts and FactName. */
export type ArtifactName = 'dom' | GathererName | FactName;

export interface CheckMeta {
  /** Also its file names: `<NN-theme>/<id>.ts` (and `<id>.page.ts`). */
  id: string;
  /** RGAA tests whose status it decides: rules/ names it in each one's `checks:`. */
  decides: string[];
  /** RGAA tests or criteria it only gives a scope to: rules/ says `applies: check:<id>` there; its doubts are theirs to review. */
  scopes: string[];
  /**
   * What a result can mean: NC (a failure), C (nothing found is a pass; rules/ may then say
   * `auto: full` for the tests it decides), NA (nothing in scope: an empty scope, or a decided
   * test reported at applicable 0), review (doubts listed for a human).
   */
  returns: Returns[];
  /** The artifacts it reads, collected once per page and only for the checks planned. */
  needs: ArtifactName[];
  /** Run once over the sample, from every page's facts, rather than per page. */
  sample?: boolean;
  /**
   * The RGAA theme of what it examines, when that is none of its tests' themes (a check about
   * frames serving element tests of several themes): its folder is this theme's.
   */
  theme?: number;
  /** What it does, in RGAA terms. */
  description: string;
  /**
   * Everything it can say about an element, by id: an English and a French template
   * (model/message.ts), RGAA terms as the field writes them. Its results name these ids.
   */
  messages: MessageCatalogue;
}

/** A page of the sample, as the checks over the sample see it. */
export interface SamplePage {
  url: string;
  facts: PageFacts;
}

export interface Check {
  meta: CheckMeta;
  /** Per page, from the artifacts of `meta.needs`. Absent for a check that runs in the page. */
  run?(artifacts: Artifacts): CheckResult;
  /** Over the sample (`meta.sample`): a result per page URL. */
  runSample?(pages: SamplePage[]): Record<string, CheckResult>;
}

/** Declare a check; its shape is checked at once (a mistake fails at load time, not mid-audit). */
export function defineCheck<C extends Check>(check: C): C {
  const { meta } = check;
  const where = `check ${meta.id}`;
  const inPage = meta.needs.includes('dom');
  if (inPage && (check.run || check.runSample || meta.sample || meta.needs.length > 1)) throw new Error(`${where}: a check that needs 'dom' runs in the page only (<id>.page.ts), from nothing else`);
  if (!inPage && !meta.sample && !check.run) throw new Error(`${where}: run(artifacts) is missing`);
  if (meta.sample && !check.runSample) throw new Error(`${where}: runSample(pages) is missing`);
  if (!meta.returns.length) throw new Error(`${where}: returns is empty`);
  if (!meta.decides.length && !meta.scopes.length) throw new Error(`${where}: it decides and scopes nothing`);
  for (const [id, t] of Object.entries(meta.messages)) {
    if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(id)) throw new Error(`${where}: message id "${id}" is not kebab-case`);
    if (!t.en?.trim() || !t.fr?.trim()) throw new Error(`${where}: message "${id}" needs an English and a French template`);
    if (placeholders(t.en).join() !== placeholders(t.fr).join()) throw new Error(`${where}: message "${id}": the English and French templates take different parameters`);
  }
  return check;
}

/** A result for a page-level element the Node side names (`selector`, `snippet`). */
export const emptyResult = (applicable = 0): CheckResult => ({ applicable, failures: [], doubts: [] });
