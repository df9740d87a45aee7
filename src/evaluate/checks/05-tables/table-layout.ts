import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'table-layout',
    decides: ['5.8.1'],
    scopes: ['5.3', '5.8'],
    returns: ['NC', 'C', 'NA', 'review'],
    needs: ['dom'],
    description:
      '5.8.1: a layout table (role="presentation"/"none") must not use data-table markup (summary, caption, th, thead, tfoot, role="rowheader"/"columnheader", scope/headers/axis on cells); 5.3.1: role="none" instead of role="presentation", and tables with neither header cells nor a role, listed for a human. Scope of 5.3 and 5.8: declared and possible layout tables.',
    messages: {
      'not-examined': {
        en: 'The page has {n} tables; only the first {max} were examined: check the layout tables among the others.',
        fr: 'La page a {n} tableaux ; seuls les {max} premiers ont été examinés : vérifier les tableaux de mise en forme parmi les autres.',
      },
      'summary-attribute': {
        en: 'a summary attribute',
        fr: 'un attribut summary',
      },
      'on-td': {
        en: '{attrs} on <td>',
        fr: '{attrs} sur <td>',
      },
      'data-markup': {
        en: 'Layout table (role="{role}") uses data-table markup: {markup}.',
        fr: 'Tableau de mise en forme (role="{role}") qui utilise le balisage d’un tableau de données : {markup}.',
      },
      'role-none': {
        en: 'Layout table with role="none": the RGAA asks for role="presentation" (role="none" is a synonym not yet well supported).',
        fr: 'Tableau de mise en forme avec role="none" : le RGAA demande role="presentation" (role="none" est un synonyme encore mal restitué).',
      },
      'no-headers': {
        en: 'Table with neither header cells nor a role: if it is a layout table it needs role="presentation" (5.3.1); if it is a data table its headers must be <th> (5.6).',
        fr: 'Tableau sans cellule d’en-tête ni rôle : tableau de mise en forme, il lui faut role="presentation" (5.3.1) ; tableau de données, ses en-têtes doivent être des <th> (5.6).',
      },
      'no-headers-shape': {
        en: 'Table with neither header cells nor a role ({shape}): if it is a layout table it needs role="presentation" (5.3.1); if it is a data table its headers must be <th> (5.6).',
        fr: 'Tableau sans cellule d’en-tête ni rôle ({shape}) : tableau de mise en forme, il lui faut role="presentation" (5.3.1) ; tableau de données, ses en-têtes doivent être des <th> (5.6).',
      },
      shape: {
        en: '{rows} {rows|row|rows} × {cols} {cols|column|columns}',
        fr: '{rows} {rows|ligne|lignes} × {cols} {cols|colonne|colonnes}',
      },
      'shape-nested': {
        en: '{rows} {rows|row|rows} × {cols} {cols|column|columns}, contains another table',
        fr: '{rows} {rows|ligne|lignes} × {cols} {cols|colonne|colonnes}, contient un autre tableau',
      },
      nested: {
        en: 'contains another table',
        fr: 'contient un autre tableau',
      },
    },
  },
});
