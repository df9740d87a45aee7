import { describe, it, expect } from 'vitest';
import { parseDeclaration } from '../../src/judge/declaration.js';
import { checkPlans, yearsIn } from '../../src/judge/plans.js';
import type { PlanRef } from '../../src/model/declaration.js';

const URL_ = 'https://demarche.example.gouv.fr/accessibilite';
const plansOf = (body: string) =>
  parseDeclaration(`<main><h1>Déclaration d’accessibilité</h1><h2>État de conformité</h2>${body}</main>`, URL_).plans.map((p) => ({
    kind: p.kind,
    years: p.years,
    href: p.href,
  }));

describe('findPlans: the multi-year plan and the action plans, with their years', () => {
  it('reads the model’s list (schéma, actions réalisées, plan d’actions); the review of past actions is not a plan', () => {
    const body =
      '<p>À cette fin, le ministère met en œuvre la stratégie et les actions suivantes :</p><ul>' +
      '<li>Schéma pluriannuel de mise en accessibilité 2022-2024 <a href="/docs/schema.pdf">télécharger</a> ;</li>' +
      '<li>Actions réalisées en 2020-2021 <a href="/docs/bilan.pdf">consulter</a> ;</li>' +
      '<li>Plan d’actions 2022-2024 <a href="/docs/plan.pdf">consulter</a>.</li></ul>';
    expect(plansOf(body)).toEqual([
      { kind: 'schema', years: [2022, 2024], href: 'https://demarche.example.gouv.fr/docs/schema.pdf' },
      { kind: 'actionPlan', years: [2022, 2024], href: 'https://demarche.example.gouv.fr/docs/plan.pdf' },
    ]);
  });
  it('reads the years from the link text, or from the document’s address', () => {
    const body =
      '<p>Consultez notre <a href="/files/schema-pluriannuel-accessibilite-2023-2025.pdf">schéma pluriannuel</a> et le <a href="/files/plan-action-2025.pdf">plan d’action 2025</a>.</p>';
    expect(plansOf(body)).toEqual([
      { kind: 'schema', years: [2023, 2025], href: 'https://demarche.example.gouv.fr/files/schema-pluriannuel-accessibilite-2023-2025.pdf' },
      { kind: 'actionPlan', years: [2025], href: 'https://demarche.example.gouv.fr/files/plan-action-2025.pdf' },
    ]);
  });
  it('reads English statements', () => {
    const body =
      '<p>To that end, it implements: <a href="/en/multi-year-plan.pdf">Multi-year accessibility plan 2024–2026</a>, <a href="/en/plan.pdf">2025 action plan</a>.</p>';
    expect(plansOf(body).map((p) => [p.kind, p.years])).toEqual([
      ['schema', [2024, 2026]],
      ['actionPlan', [2025]],
    ]);
  });
  it('takes a section headed by the plan, with the document it links to', () => {
    const body = '<h3>Schéma pluriannuel 2023-2025</h3><p><a href="/doc/123.pdf">Télécharger le document (PDF, 1 Mo)</a></p>';
    expect(plansOf(body)).toEqual([{ kind: 'schema', years: [2023, 2025], href: 'https://demarche.example.gouv.fr/doc/123.pdf' }]);
  });
  it('keeps a plan only named, without a link or a year', () => {
    expect(plansOf('<p>Un plan d’action est en cours de rédaction.</p>')).toEqual([{ kind: 'actionPlan', years: [], href: null }]);
    expect(plansOf('<p>Le site est partiellement conforme.</p>')).toEqual([]);
  });
  it('ignores plans linked from the navigation or the footer', () => {
    const html =
      '<body><nav><a href="/schema.pdf">Schéma pluriannuel 2024-2026</a></nav><main><h1>Déclaration d’accessibilité</h1><h2>État de conformité</h2></main>' +
      '<footer><a href="/plan.pdf">Plan d’action 2025</a></footer></body>';
    expect(parseDeclaration(html, URL_).plans).toEqual([]);
  });
  it.each([
    ['2022-2024', [2022, 2024]],
    ['2022 – 2024', [2022, 2024]],
    ['2022 à 2024', [2022, 2024]],
    ['2022/2024', [2022, 2024]],
    ['2025', [2025]],
    ['2024-2022', [2024]],
    ['sans année', []],
  ])('yearsIn(%s)', (text, years) => {
    expect(yearsIn(text)).toEqual(years);
  });
});

describe('checkPlans: flagged when the plan is over or this year’s action plan is missing', () => {
  const ref = (kind: PlanRef['kind'], years: number[]): PlanRef => ({ kind, years, text: '', href: null, section: null });
  it('a current plan and this year’s action plan: nothing to flag', () => {
    const c = checkPlans([ref('schema', [2023, 2025]), ref('actionPlan', [2025])], '2025-06-01');
    expect(c).toMatchObject({ schema: 'current', schemaYears: [2023, 2025], thisYearPlan: true, year: 2025, flags: [] });
  });
  it('a plan over, or a single year more than 3 years old, is outdated', () => {
    expect(checkPlans([ref('schema', [2022, 2024])], '2025-01-01').schema).toBe('outdated');
    expect(checkPlans([ref('schema', [2022, 2024])], '2024-12-31').schema).toBe('current');
    expect(checkPlans([ref('schema', [2022])], '2025-01-01').schema).toBe('outdated');
    expect(checkPlans([ref('schema', [2023])], '2025-01-01').schema).toBe('current');
    // The most recent plan counts.
    expect(checkPlans([ref('schema', [2019, 2021]), ref('schema', [2024, 2026])], '2025-01-01').schema).toBe('current');
  });
  it('missing, undated; an action plan of another year or without a year is not this year’s', () => {
    const none = checkPlans([], '2025-06-01');
    expect(none.schema).toBe('missing');
    expect(none.flags.map((f) => f.id)).toEqual(['planMissing', 'actionPlanMissing']);
    expect(checkPlans([ref('schema', [])], '2025-06-01').schema).toBe('undated');
    const old = checkPlans([ref('schema', [2024, 2026]), ref('actionPlan', [2024]), ref('actionPlan', [])], '2025-06-01');
    expect(old.thisYearPlan).toBe(false);
    expect(old.flags).toEqual([expect.objectContaining({ id: 'actionPlanMissing', params: { year: 2025, found: [[2024]] } })]);
    expect(checkPlans([ref('schema', [2024, 2026]), ref('actionPlan', [2024, 2026])], '2025-06-01').thisYearPlan).toBe(true);
  });
});
