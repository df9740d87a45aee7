import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'table-data',
    decides: ['5.1.1', '5.2.1', '5.4.1', '5.7.1', '5.7.2'],
    scopes: [],
    returns: ['NC', 'C', 'NA', 'review'],
    needs: ['dom'],
    description:
      '5.1.1: a complex data table (headers beyond the first row and column) without caption, summary or aria-describedby has no summary; 5.4.1: a table whose only title source is an aria-labelledby pointing to nothing is NC; a table with no title source at all (no <caption>, title, aria-label, aria-labelledby) is listed for a human (a visible title may be unassociated); every table titled by one of them → C; 5.7.1: in a table with headers on both the first row and the first column, each <th> needs scope, id or a header role; 5.7.2: a scope value that is invalid or contradicts the header position.',
    messages: {
      'complex-no-summary': {
        en: 'Complex data table (header cells beyond the first row and column) without a summary: no <caption>, summary attribute or aria-describedby to hold one.',
        fr: 'Tableau de données complexe (cellules d’en-tête au-delà de la première ligne et de la première colonne) sans résumé : ni <caption>, ni attribut summary, ni aria-describedby pour le porter.',
      },
      'labelledby-empty': {
        en: 'aria-labelledby="{ids}" points to no element with text: the table title is not associated.',
        fr: 'aria-labelledby="{ids}" ne désigne aucun élément avec du texte : le titre du tableau n’est pas associé.',
      },
      'labelledby-empty-other': {
        en: 'aria-labelledby="{ids}" points to no element with text: the table title is not associated. Another title source exists; check what is announced.',
        fr: 'aria-labelledby="{ids}" ne désigne aucun élément avec du texte : le titre du tableau n’est pas associé. Une autre source de titre existe ; vérifier ce qui est restitué.',
      },
      'invalid-scope': {
        en: 'Invalid scope="{scope}" on <th>: use "col" for a column header, "row" for a row header.',
        fr: 'scope="{scope}" invalide sur <th> : utiliser "col" pour un en-tête de colonne, "row" pour un en-tête de ligne.',
      },
      'row-heads-column': {
        en: '<th scope="row"> heads a column (first row, data cells below): it needs scope="col".',
        fr: '<th scope="row"> en tête d’une colonne (première ligne, cellules de données en dessous) : il lui faut scope="col".',
      },
      'col-heads-row': {
        en: '<th scope="col"> heads a row (first column, data cells on its right): it needs scope="row".',
        fr: '<th scope="col"> en tête d’une ligne (première colonne, cellules de données à sa droite) : il lui faut scope="row".',
      },
      'tables-beyond-cap': {
        en: '{n} more tables than the 100 examined: check that each titled data table has its title associated.',
        fr: '{n} tableaux de plus que les 100 examinés : vérifier que chaque tableau de données titré a son titre associé.',
      },
      'too-large-title': {
        en: 'table too large to examine (over 300 rows): check that its title, if it has one, is associated.',
        fr: 'tableau trop grand pour être examiné (plus de 300 lignes) : vérifier que son titre, s’il en a un, est associé.',
      },
      'no-title-source': {
        en: 'no <caption>, title, aria-label or aria-labelledby: if the table has a visible title, check that it is associated with the table (5.4.1).',
        fr: 'ni <caption>, ni title, ni aria-label, ni aria-labelledby : si le tableau a un titre visible, vérifier qu’il lui est associé (5.4.1).',
      },
      'aria-tables-title': {
        en: '{n} ARIA {n|table|tables}: check that each titled one has its title associated (aria-label or aria-labelledby).',
        fr: '{n} {n|tableau|tableaux} ARIA : vérifier que chacun de ceux qui ont un titre l’a associé (aria-label ou aria-labelledby).',
      },
      'header-unassociated': {
        en: 'Header cell without scope, id or header role in a table with headers on both the first row and the first column: RGAA test 5.7.1 requires one here (stricter than WCAG, where browsers may infer the header; its exception for headers on a single row or column does not apply).',
        fr: 'Cellule d’en-tête sans scope, id ni rôle d’en-tête dans un tableau qui a des en-têtes sur la première ligne et sur la première colonne : le test RGAA 5.7.1 en exige un ici (plus strict que les WCAG, où le navigateur peut déduire l’en-tête ; son exception des en-têtes sur une seule ligne ou une seule colonne ne s’applique pas).',
      },
    },
  },
});
