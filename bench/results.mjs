/** Shared by the bench scripts: the machine and versions, and the generated sections of RESULTS.md. */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { AXE_VERSION } from './reference.mjs';

const require = createRequire(import.meta.url);
const HERE = fileURLToPath(new URL('.', import.meta.url));
export const RESULTS = `${HERE}RESULTS.md`;

function sh(cmd, args) {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', cwd: HERE, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

export function machine() {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? '?';
  const mhz = /^cpu MHz\s*:\s*(.+)$/m.exec(cpuinfo)?.[1];
  // A frozen copy (see bench/README.md) records its commit in ../SNAPSHOT.
  const snapshot = existsSync(`${HERE}../SNAPSHOT`) ? readFileSync(`${HERE}../SNAPSHOT`, 'utf8').trim() : null;
  const commit = snapshot ?? sh('git', ['rev-parse', '--short', 'HEAD']);
  const dirty = snapshot ? '' : sh('git', ['status', '--porcelain', '--', '../src', '../rules']);
  return {
    cpu: `${model}${mhz ? ` @ ${Math.round(Number(mhz))} MHz` : ''}`,
    cores: typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length,
    memory: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    kernel: `${os.type()} ${os.release()}`,
    node: process.version,
    playwright: require('playwright/package.json').version,
    axe: AXE_VERSION,
    commit: commit ? `${commit}${dirty ? ` + uncommitted changes in src/ or rules/ (${dirty.split('\n').length} files)` : ''}` : '?',
  };
}


export function writeResultsSection(path, key, title, body) {
  let text = existsSync(path) ? readFileSync(path, 'utf8') : '# rgaa-audit benchmark results\n\nGenerated sections are replaced by `npm run bench -- … --write` (one per configuration).\n';
  const start = `<!-- bench:${key} -->`;
  const end = `<!-- /bench:${key} -->`;
  const section = `${start}\n### ${title}\n\n_${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC_\n\n${body}\n${end}`;
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i >= 0 && j > i) text = text.slice(0, i) + section + text.slice(j + end.length);
  else {
    const anchor = '<!-- bench:insert -->';
    text = text.includes(anchor) ? text.replace(anchor, `${section}\n\n${anchor}`) : `${text.trimEnd()}\n\n${section}\n`;
  }
  writeFileSync(path, text);
}

