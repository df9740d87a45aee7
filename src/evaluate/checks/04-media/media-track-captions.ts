import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'media-track-captions',
    decides: ['4.3.2'],
    scopes: [],
    returns: ['NC', 'NA', 'review'],
    needs: ['dom'],
    description:
      '4.3.2: captions given with <track> must use kind="captions". Fails a media whose only text tracks are kind="subtitles" (or no kind) in the language of the page; tracks in another language (translations) are listed for a human.',
    messages: {
      'not-captions': {
        en: '{n|Text track|Text tracks} in the page language without kind="captions" (kind="{kind}"): captions must use kind="captions".',
        fr: '{n|Piste|Pistes} de texte dans la langue de la page sans kind="captions" (kind="{kind}") : les sous-titres synchronisés doivent utiliser kind="captions".',
      },
      'default-kind': {
        en: 'subtitles (default)',
        fr: 'subtitles (par défaut)',
      },
      'other-languages': {
        en: 'Only subtitle tracks in other languages: if one of them holds the captions, it needs kind="captions".',
        fr: 'Seulement des pistes de sous-titres dans d’autres langues : si l’une d’elles porte les sous-titres synchronisés, elle doit avoir kind="captions".',
      },
    },
  },
});
