/**
 * Import rules, checked by dependency-cruiser (`npm run deps`, in .ci/run): the code depends one
 * way, from the top layer down, and has no cycle. A module imports only from its own layer or the
 * layers after it; model/ imports nothing of ours. Type-only imports count: a type names a layer too.
 * tests/unit/layers.test.ts proves each rule fires and that every file of src/ is in a layer.
 */

/** Top to bottom. The README's "How it works" table says the same. */
export const LAYERS = [
  { name: 'cli', paths: ['^src/cli/', '^src/serve\\.ts$'] },
  // The pipeline the CLI drives: one or more procedures (audit.ts), a batch of them (batch/).
  { name: 'pipeline', paths: ['^src/audit\\.ts$', '^src/batch/'] },
  { name: 'report', paths: ['^src/report/'] },
  { name: 'judge', paths: ['^src/judge/'] },
  { name: 'aggregate', paths: ['^src/aggregate/'] },
  { name: 'evaluate', paths: ['^src/evaluate/'] },
  // sample/ fetches a site (robots.txt, sitemaps, links) to choose the pages the browser visits.
  { name: 'gather', paths: ['^src/gather/', '^src/sample/'] },
  { name: 'model', paths: ['^src/model/'] },
];

const layerRules = LAYERS.slice(1).map((layer, i) => ({
  name: `layer-${layer.name}`,
  comment: `${layer.name} imports only from its own layer or below (${LAYERS.slice(i + 2).map((l) => l.name).join(', ') || 'nothing of ours'})`,
  severity: 'error',
  from: { path: layer.paths },
  to: { path: LAYERS.slice(0, i + 1).flatMap((l) => l.paths) },
}));

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    ...layerRules,
    {
      name: 'no-circular',
      comment: 'a cycle ties modules that should change separately: move what both need into a third module',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
  },
};
