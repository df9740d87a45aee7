import type { InPageCheck } from './types.js';

/** Every in-page check, by id. Each runs in the same page evaluation as axe-core. */
export const IN_PAGE_CHECKS: InPageCheck[] = [];

export function checkById(id: string): InPageCheck | undefined {
  return IN_PAGE_CHECKS.find((c) => c.id === id);
}
