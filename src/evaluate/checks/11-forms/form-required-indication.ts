import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'form-required-indication',
    decides: ['11.10.2'],
    scopes: [],
    returns: ['NC', 'NA', 'review'],
    needs: ['dom'],
    description:
      '11.10.2: fields with required or aria-required="true", in a form of 2 fields or more that does not mark its optional fields instead (« facultatif », « optionnel », « optional »; RGAA particular case). The label (with its ::before/::after content), the aria-labelledby and aria-describedby texts and the legend are searched for a required indication (*, « obligatoire », « requis », « required », « mandatory »). None there and none in the form’s own text → NC; an icon in the label, a form text mentioning required fields, or no visible label → doubt.',
    messages: {
      'check-indication': {
        en: 'required field: {why}: check that the requirement is shown in its label or linked text',
        fr: 'champ obligatoire : {why} : vérifier que l’obligation est indiquée dans son étiquette ou un texte lié',
      },
      'no-visible-label': {
        en: 'no visible label to carry the indication',
        fr: 'pas d’étiquette visible pour porter l’indication',
      },
      'icon-in-label': {
        en: 'its label holds an icon, maybe the indication',
        fr: 'son étiquette contient une icône, peut-être l’indication',
      },
      'form-mentions': {
        en: 'the form mentions required fields but not this label',
        fr: 'le formulaire mentionne des champs obligatoires, mais pas cette étiquette',
      },
      'no-indication': {
        en: 'required field ({attr}) whose label « {label} » and linked texts show no required indication',
        fr: 'champ obligatoire ({attr}) dont l’étiquette « {label} » et les textes liés n’indiquent pas l’obligation',
      },
    },
  },
});
