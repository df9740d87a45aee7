#!/usr/bin/env node
/**
 * Empty dist/ before a build: the checks are found by listing their folders
 * (src/evaluate/checks/registry.ts), so a file left from a check since renamed or removed must not
 * linger there.
 */
import { rmSync } from 'node:fs';

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
