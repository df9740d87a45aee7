import type { CrossPageCheck, InPageCheck, InteractiveCheck } from './types.js';
import type { FactGatherer } from '../../gather/inpage.js';
import * as images from './images.js';
import * as frames from './frames.js';
import * as colours from './colours.js';
import * as media from './media.js';
import * as tables from './tables.js';
import * as links from './links.js';
import * as scripts from './scripts.js';
import * as required from './required.js';
import * as structure from './structure.js';
import * as presentation from './presentation.js';
import * as forms from './forms.js';
import * as navigation from './navigation.js';
import * as consultation from './consultation.js';

export type { CrossPageCheck, InteractiveCheck } from './types.js';

/** What each theme module may export. */
export interface ThemeChecks {
  inPage?: InPageCheck[];
  interactive?: InteractiveCheck[];
  crossPage?: CrossPageCheck[];
  facts?: Record<string, FactGatherer>;
}

const THEMES: ThemeChecks[] = [images, frames, colours, media, tables, links, scripts, required, structure, presentation, forms, navigation, consultation];

/** Every in-page check. Each runs in the same page evaluation as axe-core. */
export const IN_PAGE_CHECKS: InPageCheck[] = THEMES.flatMap((t) => t.inPage ?? []);
export const INTERACTIVE_CHECKS: InteractiveCheck[] = THEMES.flatMap((t) => t.interactive ?? []);
export const CROSS_PAGE_CHECKS: CrossPageCheck[] = THEMES.flatMap((t) => t.crossPage ?? []);
/** Facts gathered in each page (self-contained functions), stored under raw.facts[key]. */
export const FACT_GATHERERS: Record<string, FactGatherer> = Object.assign({}, ...THEMES.map((t) => t.facts ?? {}));

export function allCheckIds(): Set<string> {
  return new Set([...IN_PAGE_CHECKS, ...INTERACTIVE_CHECKS, ...CROSS_PAGE_CHECKS].map((c) => c.id));
}

/** Checks that can prove a failure (not only list elements for a human). */
export function failingCheckIds(): Set<string> {
  return new Set([...IN_PAGE_CHECKS, ...INTERACTIVE_CHECKS, ...CROSS_PAGE_CHECKS].filter((c) => !c.doubtsOnly).map((c) => c.id));
}
