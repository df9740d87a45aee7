/** The check contract: in-page checks are defined where the in-page script runs them (gather/inpage-api.ts). */
import type { Page } from 'playwright';
import type { CheckResult } from '../../gather/inpage-api.js';

export type { CheckResult, InPageCheck, InPageHelpers, PageFacts, RawNode } from '../../gather/inpage-api.js';

/**
 * Checks that must drive the live page from Node (resize the viewport, press keys). They run after
 * the in-page evaluation, on the same page, and store their result like an in-page check.
 */
export interface InteractiveCheck {
  id: string;
  description: string;
  doubtsOnly?: boolean;
  run(page: Page): Promise<CheckResult>;
}

/**
 * Checks the RGAA defines over a set of pages (same title everywhere, navigation at the same
 * place…). Pure: from each page's facts to a result per page url.
 */
export interface CrossPageCheck {
  id: string;
  description: string;
  doubtsOnly?: boolean;
  run(pages: { url: string; facts: Record<string, unknown> }[]): Record<string, CheckResult>;
}
