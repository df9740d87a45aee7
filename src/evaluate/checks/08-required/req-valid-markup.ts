import { defineCheck } from '../define.js';

export default defineCheck({
  meta: {
    id: 'req-valid-markup',
    decides: ['8.2.1'],
    scopes: [],
    returns: ['NC'],
    needs: ['dom'],
    description:
      '8.2.1, the part of validity the generated DOM shows: duplicate, empty or space-containing id values; block elements directly inside elements that accept only phrasing content (<span>, <button>, <label>, <p>, headings…); <li> outside a list; list children other than <li>; interactive content nested in <a> or <button>; <main> inside <article>, <aside>, <header>, <footer> or <nav>.',
    messages: {
      'empty-id': {
        en: 'Empty id attribute (id="").',
        fr: 'Attribut id vide (id="").',
      },
      'id-space': {
        en: 'id="{id}" contains white space.',
        fr: 'id="{id}" contient une espace.',
      },
      'duplicate-id': {
        en: 'Duplicate id: id="{id}" is used {n} times in the page.',
        fr: 'id en double : id="{id}" est utilisé {n} fois dans la page.',
      },
      'flow-in-phrasing': {
        en: '<{tag}> is not allowed as a child of <{parent}> (which accepts only phrasing content).',
        fr: '<{tag}> n’est pas permis comme enfant de <{parent}> (qui n’accepte que du contenu phrasé).',
      },
      'li-outside-list': {
        en: '<li> is not allowed as a child of <{parent}> (only inside <ul>, <ol> or <menu>).',
        fr: '<li> n’est pas permis comme enfant de <{parent}> (seulement dans <ul>, <ol> ou <menu>).',
      },
      'list-child': {
        en: '<{tag}> is not allowed as a child of <{parent}> (only <li>, <script> or <template>).',
        fr: '<{tag}> n’est pas permis comme enfant de <{parent}> (seulement <li>, <script> ou <template>).',
      },
      'dl-child': {
        en: '<{tag}> is not allowed as a child of <dl>.',
        fr: '<{tag}> n’est pas permis comme enfant de <dl>.',
      },
      'nested-interactive': {
        en: '<{tag}> must not appear inside <{parent}> (interactive content nested in interactive content).',
        fr: '<{tag}> ne doit pas se trouver dans <{parent}> (contenu interactif dans un contenu interactif).',
      },
      'main-inside': {
        en: '<main> must not appear inside <{parent}>.',
        fr: '<main> ne doit pas se trouver dans <{parent}>.',
      },
    },
  },
});
