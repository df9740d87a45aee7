import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'img-svg',
    decides: ['1.1.5', '1.2.4'],
    scopes: [],
    returns: ['NC', 'NA', 'review'],
    needs: ['dom'],
    description:
      '1.1.5, 1.2.4: inline <svg> images. Fails an <svg> hidden with aria-hidden="true" that still carries an alternative (aria-label, <title>/<desc> text, title attribute), an <svg> with an alternative but no role="img", and an <svg> that is neither hidden nor exposed as an image. SVGs inside links and buttons, and interactive SVGs, are left to a human.',
    messages: {
      'hidden-with-alt': {
        en: 'SVG hidden as decorative (aria-hidden="true") still carries a text alternative ({found}): a decorative SVG must have none.',
        fr: 'SVG masqué comme décoratif (aria-hidden="true") qui porte pourtant une alternative textuelle ({found}) : un SVG de décoration ne doit en avoir aucune.',
      },
      'hidden-with-alt-in-control': {
        en: 'SVG hidden as decorative (aria-hidden="true") still carries a text alternative ({found}): a decorative SVG must have none. It sits in a link or button: check with the control.',
        fr: 'SVG masqué comme décoratif (aria-hidden="true") qui porte pourtant une alternative textuelle ({found}) : un SVG de décoration ne doit en avoir aucune. Il est dans un lien ou un bouton : vérifier avec ce composant.',
      },
      'title-attribute': {
        en: 'title attribute',
        fr: 'attribut title',
      },
      'in-container': {
        en: 'SVG inside an image or interactive map container: check how the whole is exposed to assistive technologies.',
        fr: 'SVG dans un conteneur d’image ou de carte interactive : vérifier comment l’ensemble est restitué aux technologies d’assistance.',
      },
      'other-role': {
        en: 'SVG with role="{role}": check that it is not an image (an informative SVG needs role="img").',
        fr: 'SVG avec role="{role}" : vérifier que ce n’est pas une image (un SVG porteur d’information doit avoir role="img").',
      },
      'presentation-not-hidden': {
        en: 'SVG with role="{role}" but without aria-hidden="true": the RGAA asks decorative SVGs to be hidden with aria-hidden="true".',
        fr: 'SVG avec role="{role}" mais sans aria-hidden="true" : le RGAA demande de masquer les SVG de décoration avec aria-hidden="true".',
      },
      'in-control': {
        en: 'SVG inside a link or button with neither aria-hidden="true" nor role="img": check whether the control names it; a decorative icon should be hidden with aria-hidden="true".',
        fr: 'SVG dans un lien ou un bouton sans aria-hidden="true" ni role="img" : vérifier si le composant lui donne un nom ; une icône de décoration devrait être masquée avec aria-hidden="true".',
      },
      interactive: {
        en: 'Interactive SVG (links or focusable content inside): check how it is exposed to assistive technologies.',
        fr: 'SVG interactif (liens ou contenu focalisable à l’intérieur) : vérifier comment il est restitué aux technologies d’assistance.',
      },
      'informative-no-role': {
        en: 'SVG with {why} but without role="img": an informative SVG must have role="img" and an alternative.',
        fr: 'SVG avec {why} mais sans role="img" : un SVG porteur d’information doit avoir role="img" et une alternative.',
      },
      'with-alternative': {
        en: 'a text alternative ("{text}")',
        fr: 'une alternative textuelle (« {text} »)',
      },
      'with-text': {
        en: 'text content',
        fr: 'du contenu textuel',
      },
      'with-caption': {
        en: 'a caption',
        fr: 'une légende',
      },
      'neither-hidden-nor-image': {
        en: 'SVG neither hidden (aria-hidden="true") nor exposed as an image (role="img" and an alternative): a decorative SVG must be hidden, an informative one needs role="img".',
        fr: 'SVG ni masqué (aria-hidden="true") ni restitué comme une image (role="img" et une alternative) : un SVG de décoration doit être masqué, un SVG porteur d’information doit avoir role="img".',
      },
    },
  },
});
