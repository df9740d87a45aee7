import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'link-has-name',
    decides: ['6.2.1'],
    scopes: [],
    returns: ['NC', 'C', 'review'],
    needs: ['dom'],
    description:
      '6.2.1: every link exposed to assistive technologies has a name (text, image alternative, aria-label or aria-labelledby). A link named only by its title attribute is listed for a human (the test asks for a name between <a> and </a>).',
    messages: {
      'no-name-image': {
        en: 'Link without a name: its only content is an image with no alternative.',
        fr: 'Lien sans intitulé : son seul contenu est une image sans alternative.',
      },
      'no-name-hidden-text': {
        en: 'Link without a name: its text is hidden from assistive technologies.',
        fr: 'Lien sans intitulé : son texte est masqué aux technologies d’assistance.',
      },
      'no-name-empty': {
        en: 'Link without a name: it is empty.',
        fr: 'Lien sans intitulé : il est vide.',
      },
      'not-examined': {
        en: 'The page has {n} links or link candidates; only the first {max} were examined: check the others have a name.',
        fr: 'La page a {n} liens ou candidats ; seuls les {max} premiers ont été examinés : vérifier que les autres ont un intitulé.',
      },
      'title-only': {
        en: 'Link named only by its title attribute ("{title}"): nothing between <a> and </a> gives it a name.',
        fr: 'Lien nommé seulement par son attribut title (« {title} ») : rien entre <a> et </a> ne lui donne d’intitulé.',
      },
    },
  },
});
