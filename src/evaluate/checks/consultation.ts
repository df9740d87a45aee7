/** Checks of our own for this RGAA theme. See ./types.ts for the contract. */
import type { InPageCheck } from './types.js';

export const inPage: InPageCheck[] = [];
