/**
 * Benchmark page generator: realistic French public-service form pages (~50 KB each).
 *
 * Every page has a header (logo, service name), a main navigation, a breadcrumb, headings,
 * French administrative prose, images (alt text, one decorative, ONE WITHOUT alt), a form with
 * labelled fields (text, email, date, select, radios, checkboxes, textarea, one unlabelled field),
 * a data table with headers, and a footer carrying the « Accessibilité : partiellement conforme »
 * mention linking to /accessibilite. Inline CSS of a few KB. Content varies per page through a
 * seeded PRNG (mulberry32): the same (index, seed) always gives the same bytes.
 *
 *   import { generatePage, pageSet } from './pages.mjs';
 *   const html = generatePage(7);           // page #7 of the default seed
 *   const pages = pageSet(50);              // Map('/p/0' → html, …)
 */

export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'administration démarche usager dossier demande pièce justificatif formulaire service public ' +
  'préfecture mairie commune département région allocation aide droit obligation délai instruction ' +
  'décision recours attestation certificat identité domicile ressources foyer famille enfant ' +
  'logement emploi formation retraite santé impôt déclaration paiement remboursement compte ' +
  'signature électronique numérique accueil guichet rendez-vous courrier notification traitement ' +
  'vérification conformité réglementation article code décret arrêté circulaire procédure étape ' +
  'situation personnelle professionnelle montant plafond barème taux revenu fiscal référence ' +
  'bénéficiaire titulaire demandeur agent conseiller interlocuteur plateforme téléservice ' +
  'accessibilité handicap accompagnement information renseignement modalité condition critère ' +
  'validité renouvellement modification suppression consultation transmission dépôt réception'
).split(/\s+/);
const LINK_WORDS = ['Particuliers', 'Professionnels', 'Associations', 'Papiers', 'Famille', 'Social', 'Travail', 'Logement', 'Transports', 'Argent', 'Justice', 'Étranger', 'Loisirs', 'Santé'];
const CITIES = ['Lyon', 'Marseille', 'Toulouse', 'Nantes', 'Lille', 'Rennes', 'Bordeaux', 'Strasbourg', 'Dijon', 'Grenoble', 'Tours', 'Amiens', 'Brest', 'Metz', 'Nîmes', 'Caen'];
const FIRST = ['Camille', 'Dominique', 'Claude', 'Sacha', 'Alix', 'Maxime', 'Morgane', 'Yannick', 'Lou', 'Noa'];

function esc(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function makeText(rnd) {
  const pick = (a) => a[Math.floor(rnd() * a.length)];
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  const sentence = () => {
    const n = int(8, 20);
    const w = Array.from({ length: n }, () => pick(WORDS));
    if (rnd() < 0.3) w.splice(int(1, n - 1), 0, `${int(2, 999)}`);
    const s = w.join(' ');
    return s[0].toUpperCase() + s.slice(1) + (rnd() < 0.1 ? ' ?' : '.');
  };
  const para = (lo = 3, hi = 7) => Array.from({ length: int(lo, hi) }, sentence).join(' ');
  const title = (lo = 3, hi = 7) => {
    const s = Array.from({ length: int(lo, hi) }, () => pick(WORDS)).join(' ');
    return s[0].toUpperCase() + s.slice(1);
  };
  return { pick, int, sentence, para, title };
}

function css(rnd, int) {
  // Dark text colours (contrast ≥ 7:1 on the light backgrounds used): realistic pages mostly pass.
  const dark = () => '#' + [0, 1, 2].map(() => Math.floor(rnd() * 0x50).toString(16).padStart(2, '0')).join('');
  const blue = ['#000091', '#1212ff', '#313178'][int(0, 2)];
  const rules = [
    `:root{--bleu:${blue};--rouge:#e1000f;--gris:#3a3a3a;--fond:#f6f6f6}`,
    `*,*::before,*::after{box-sizing:border-box}`,
    `html{font-size:100%;-webkit-text-size-adjust:100%}`,
    `body{margin:0;font-family:Marianne,Arial,sans-serif;line-height:1.5;color:var(--gris);background:#fff}`,
    `a{color:var(--bleu);text-decoration:underline;text-underline-offset:2px}`,
    `a:hover,a:focus{text-decoration-thickness:2px;outline:2px solid ${blue};outline-offset:2px}`,
    `.skip{position:absolute;left:-9999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}`,
    `header.site{display:flex;align-items:center;gap:1.5rem;padding:1rem 2rem;border-bottom:1px solid #ddd}`,
    `header.site .logo{display:flex;align-items:center;gap:.75rem;font-weight:700;text-transform:uppercase}`,
    `header.site .service{font-size:1.25rem;font-weight:700;color:#161616}`,
    `header.site .tagline{font-size:.875rem;color:#666}`,
    `nav.main{background:var(--fond);border-bottom:1px solid #ddd}`,
    `nav.main ul{display:flex;flex-wrap:wrap;list-style:none;margin:0;padding:0 2rem}`,
    `nav.main li a{display:block;padding:1rem;text-decoration:none;color:#161616}`,
    `nav.main li a[aria-current]{border-bottom:2px solid var(--bleu);color:var(--bleu)}`,
    `.breadcrumb{font-size:.875rem;padding:1rem 2rem}.breadcrumb ol{display:flex;gap:.5rem;list-style:none;margin:0;padding:0}`,
    `.breadcrumb li+li::before{content:"›";margin-right:.5rem}`,
    `main{max-width:62rem;margin:0 auto;padding:1rem 2rem 3rem}`,
    `h1{font-size:2.5rem;line-height:1.2;color:#161616;margin:1.5rem 0}`,
    `h2{font-size:1.75rem;margin:2.5rem 0 1rem;color:#161616}h3{font-size:1.375rem;margin:1.5rem 0 .75rem}`,
    `p{margin:0 0 1rem}.lead{font-size:1.25rem}`,
    `.callout{border-left:4px solid var(--bleu);background:#eef;padding:1rem 1.5rem;margin:1.5rem 0}`,
    `.notice{background:#fee;border-left:4px solid var(--rouge);padding:1rem 1.5rem}`,
    `figure{margin:1.5rem 0}figure img{max-width:100%;height:auto}figcaption{font-size:.875rem;color:#666}`,
    `form{margin:2rem 0}fieldset{border:1px solid #ddd;padding:1rem 1.5rem;margin:0 0 1.5rem}`,
    `legend{font-weight:700;padding:0 .5rem}`,
    `.field{margin:0 0 1.25rem;display:flex;flex-direction:column;gap:.25rem}`,
    `.field label{font-weight:500}.hint{font-size:.875rem;color:#666}`,
    `input[type=text],input[type=email],input[type=tel],input[type=date],select,textarea{font:inherit;padding:.5rem .75rem;border:0;border-bottom:2px solid var(--gris);background:#eee;border-radius:.25rem .25rem 0 0}`,
    `input:focus,select:focus,textarea:focus{outline:2px solid ${blue};outline-offset:2px}`,
    `.radio,.checkbox{display:flex;align-items:center;gap:.5rem;margin:.25rem 0}`,
    `button,.btn{font:inherit;background:var(--bleu);color:#fff;border:0;padding:.5rem 1.5rem;cursor:pointer}`,
    `button.secondary{background:#fff;color:var(--bleu);box-shadow:inset 0 0 0 1px var(--bleu)}`,
    `table{border-collapse:collapse;width:100%;margin:1.5rem 0;font-size:.9375rem}`,
    `caption{text-align:left;font-weight:700;margin-bottom:.5rem}`,
    `th,td{border:1px solid #ddd;padding:.5rem .75rem;text-align:left;vertical-align:top}`,
    `thead th{background:var(--fond)}tbody tr:nth-child(even){background:#fafafa}`,
    `aside.related{background:var(--fond);padding:1.5rem;margin:2rem 0}aside.related ul{padding-left:1.25rem}`,
    `footer.site{border-top:2px solid var(--bleu);padding:2rem;background:#fff;font-size:.875rem}`,
    `footer.site .brand{display:flex;gap:2rem;align-items:flex-start;margin-bottom:1.5rem}`,
    `footer.site ul{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;list-style:none;margin:0;padding:0}`,
    `footer.site .bottom{border-top:1px solid #ddd;margin-top:1.5rem;padding-top:1rem}`,
    `@media (max-width:48em){header.site{flex-direction:column;align-items:flex-start}nav.main ul{flex-direction:column}h1{font-size:2rem}main{padding:1rem}}`,
    `@media print{nav.main,footer.site,.skip{display:none}a::after{content:" (" attr(href) ")"}}`,
  ];
  // A few generated utility classes so each page's stylesheet differs and weighs a few KB.
  for (let i = 0; i < int(30, 45); i++) {
    rules.push(`.u-${i}{margin:${int(0, 3)}rem ${int(0, 2)}rem;padding:${int(0, 16)}px;color:${dark()};background:${['#fff', '#f6f6f6', '#eef', 'transparent'][int(0, 3)]};font-size:${(0.875 + rnd() / 2).toFixed(3)}rem}`);
  }
  return rules.join('\n');
}

const svg = (label, color) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="180" viewBox="0 0 320 180"><rect width="320" height="180" fill="${color}"/><text x="160" y="95" font-family="Arial" font-size="18" text-anchor="middle" fill="#fff">${label}</text></svg>`;

/** Static assets the pages reference (served from memory too; each page context fetches them afresh). */
export const ASSETS = new Map([
  ['/static/marianne.svg', { type: 'image/svg+xml', body: svg('République française', '#000091') }],
  ['/static/illustration-1.svg', { type: 'image/svg+xml', body: svg('Illustration', '#6a6af4') }],
  ['/static/illustration-2.svg', { type: 'image/svg+xml', body: svg('Carte', '#009081') }],
  ['/static/pictogramme.svg', { type: 'image/svg+xml', body: svg('Pictogramme', '#e1000f') }],
  ['/static/decor.svg', { type: 'image/svg+xml', body: svg('', '#cacafb') }],
]);

/** One page. `index` varies the content; the same (index, seed) always yields the same HTML. */
export function generatePage(index, { seed = 20240607, targetKB = 50 } = {}) {
  const rnd = mulberry32((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  const t = makeText(rnd);
  const { pick, int, para, title } = t;
  const city = pick(CITIES);
  const service = `Demande de ${pick(['carte', 'aide', 'allocation', 'attestation', 'inscription', 'autorisation'])} ${pick(['de stationnement', 'au logement', 'scolaire', 'de séjour', 'professionnelle', 'familiale'])}`;
  const h1 = `${service} – ${city}`;
  const navItems = Array.from({ length: int(7, 11) }, (_, i) => LINK_WORDS[(i + index) % LINK_WORDS.length]);
  const current = int(0, navItems.length - 1);
  const parts = [];

  parts.push(`<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(h1)} | Service-Public ${city} (page ${index})</title>
<meta name="description" content="${esc(t.sentence())}">
<style>
${css(rnd, int)}
</style>
</head>
<body>
<a class="skip" href="#contenu">Aller au contenu</a>
<header class="site" role="banner">
  <a class="logo" href="/" title="Accueil – République française">
    <img src="/static/marianne.svg" alt="République française" width="80" height="45">
    <span>République<br>Française</span>
  </a>
  <div>
    <p class="service">Services publics de ${city}</p>
    <p class="tagline">${esc(title(4, 8))}</p>
  </div>
  <form role="search" action="/recherche" class="search">
    <label for="q">Rechercher</label>
    <input type="text" id="q" name="q" placeholder="Rechercher une démarche">
    <button type="submit">Rechercher</button>
  </form>
</header>
<nav class="main" aria-label="Menu principal">
  <ul>
${navItems.map((w, i) => `    <li><a href="/${w.toLowerCase()}"${i === current ? ' aria-current="page"' : ''}>${w}</a></li>`).join('\n')}
  </ul>
</nav>
<nav class="breadcrumb" aria-label="Fil d'Ariane">
  <ol><li><a href="/">Accueil</a></li><li><a href="/${navItems[current].toLowerCase()}">${navItems[current]}</a></li><li aria-current="page">${esc(service)}</li></ol>
</nav>
<main id="contenu" role="main">
<h1>${esc(h1)}</h1>
<p class="lead">${esc(para(2, 3))}</p>
<p class="updated" style="color:#aaa">Mise à jour : ${int(1, 28)}/${int(1, 12)}/202${int(3, 6)}</p>
<div class="callout"><p><strong>Vérifié le ${int(1, 28)}/${int(1, 12)}/202${int(3, 6)}</strong> – ${esc(para(1, 2))}</p></div>
`);

  // Illustrations: two with alt, one decorative (alt=""), one WITHOUT alt (a known failure).
  parts.push(`<figure><img src="/static/illustration-1.svg" alt="${esc(title(3, 6))}" width="320" height="180"><figcaption>${esc(t.sentence())}</figcaption></figure>\n`);

  const sections = int(4, 6);
  for (let s = 0; s < sections; s++) {
    parts.push(`<section class="u-${s}">\n<h2 id="s${s}">${esc(title())}</h2>\n`);
    for (let p = 0; p < int(2, 4); p++) parts.push(`<p>${esc(para())}</p>\n`);
    if (s === 1) parts.push(`<img src="/static/illustration-2.svg" width="320" height="180">\n`);
    if (s === 2) parts.push(`<p><img src="/static/decor.svg" alt="" width="32" height="18"> ${esc(t.sentence())}</p>\n`);
    parts.push(`<h3>${esc(title())}</h3>\n<ul>\n${Array.from({ length: int(3, 6) }, () => `  <li>${esc(t.sentence())}</li>`).join('\n')}\n</ul>\n`);
    parts.push(`<p>${esc(para())} <a href="/aide/${index}-${s}">${esc(title(2, 4))}</a>.</p>\n</section>\n`);
  }

  // The form.
  const fid = (n) => `f${index}-${n}`;
  parts.push(`<h2 id="formulaire">Formulaire de demande</h2>
<p class="hint">Les champs marqués d'un astérisque (*) sont obligatoires.</p>
<form action="/envoyer" method="post">
<fieldset>
  <legend>Vos informations personnelles</legend>
  <div class="field"><label for="${fid('civ')}">Civilité</label><select id="${fid('civ')}" name="civilite"><option value="">Choisir</option><option>Madame</option><option>Monsieur</option></select></div>
  <div class="field"><label for="${fid('nom')}">Nom *</label><input type="text" id="${fid('nom')}" name="nom" autocomplete="family-name" required aria-required="true"></div>
  <div class="field"><label for="${fid('prenom')}">Prénom *</label><input type="text" id="${fid('prenom')}" name="prenom" autocomplete="given-name" required value="${pick(FIRST)}"></div>
  <div class="field"><label for="${fid('naiss')}">Date de naissance</label><span class="hint" id="${fid('naiss-h')}">Format : jj/mm/aaaa</span><input type="date" id="${fid('naiss')}" name="naissance" aria-describedby="${fid('naiss-h')}" autocomplete="bday"></div>
  <div class="field"><label for="${fid('mail')}">Adresse électronique *</label><input type="email" id="${fid('mail')}" name="email" autocomplete="email" required></div>
  <div class="field"><label for="${fid('tel')}">Téléphone</label><input type="tel" id="${fid('tel')}" name="tel" autocomplete="tel"></div>
  <div class="field"><input type="text" name="complement" placeholder="Complément d'adresse"></div>
</fieldset>
<fieldset>
  <legend>Votre situation</legend>
${['Salarié', 'Indépendant', "En recherche d'emploi", 'Étudiant', 'Retraité']
  .map((v, i) => `  <div class="radio"><input type="radio" id="${fid('sit' + i)}" name="situation" value="${i}"><label for="${fid('sit' + i)}">${v}</label></div>`)
  .join('\n')}
</fieldset>
<fieldset>
  <legend>Pièces justificatives</legend>
${Array.from({ length: int(3, 6) }, (_, i) => `  <div class="checkbox"><input type="checkbox" id="${fid('pj' + i)}" name="pj" value="${i}"><label for="${fid('pj' + i)}">${esc(title(3, 6))}</label></div>`).join('\n')}
  <div class="field"><label for="${fid('dep')}">Département</label><select id="${fid('dep')}" name="departement">${Array.from({ length: 20 }, (_, i) => `<option value="${i + 1}">${String(i + 1).padStart(2, '0')} – ${pick(CITIES)}</option>`).join('')}</select></div>
  <div class="field"><label for="${fid('msg')}">Précisions sur votre demande</label><textarea id="${fid('msg')}" name="message" rows="5"></textarea></div>
</fieldset>
<div class="field"><div class="checkbox"><input type="checkbox" id="${fid('rgpd')}" name="rgpd" required><label for="${fid('rgpd')}">J'accepte que mes données soient traitées pour instruire ma demande *</label></div></div>
<button type="submit">Envoyer ma demande</button> <button type="reset" class="secondary">Effacer</button>
</form>
`);

  // The data table.
  const rows = int(12, 20);
  parts.push(`<h2 id="tarifs">Montants et délais par situation</h2>
<table>
  <caption>Barème ${2020 + int(0, 6)} des montants applicables à ${city}</caption>
  <thead><tr><th scope="col">Situation</th><th scope="col">Plafond de ressources</th><th scope="col">Montant mensuel</th><th scope="col">Délai d'instruction</th><th scope="col">Pièce demandée</th></tr></thead>
  <tbody>
${Array.from({ length: rows }, () => `    <tr><th scope="row">${esc(title(2, 4))}</th><td>${int(8, 60) * 1000} €</td><td>${int(50, 900)},${String(int(0, 99)).padStart(2, '0')} €</td><td>${int(1, 12)} semaines</td><td>${esc(title(2, 5))}</td></tr>`).join('\n')}
  </tbody>
</table>
`);

  // Filler prose up to the target size, then the related links.
  const body = () => parts.reduce((n, p) => n + p.length, 0);
  let extra = 0;
  while (body() < targetKB * 1024 - 4500) {
    parts.push(`<h3>${esc(title())}</h3>\n<p>${esc(para(4, 8))}</p>\n`);
    if (++extra % 4 === 0) parts.push(`<p class="notice">${esc(para(1, 2))}</p>\n`);
  }
  parts.push(`<aside class="related" aria-labelledby="voir-aussi"><h2 id="voir-aussi">Voir aussi</h2><ul>
${Array.from({ length: int(4, 8) }, (_, i) => `  <li><a href="/demarche/${index}-${i}">${esc(title(3, 6))}</a></li>`).join('\n')}
</ul><p><img src="/static/pictogramme.svg" alt="Pictogramme information" width="40" height="22"> ${esc(t.sentence())}</p></aside>
</main>
<footer class="site" role="contentinfo">
  <div class="brand">
    <img src="/static/marianne.svg" alt="République française" width="80" height="45">
    <p>${esc(para(1, 2))}</p>
  </div>
  <ul>
    <li><a href="https://www.legifrance.gouv.fr">legifrance.gouv.fr</a></li>
    <li><a href="https://www.gouvernement.fr">gouvernement.fr</a></li>
    <li><a href="https://www.service-public.fr">service-public.fr</a></li>
    <li><a href="https://www.data.gouv.fr">data.gouv.fr</a></li>
  </ul>
  <div class="bottom">
    <ul>
      <li><a href="/plan-du-site">Plan du site</a></li>
      <li><a href="/accessibilite">Accessibilité : partiellement conforme</a></li>
      <li><a href="/mentions-legales">Mentions légales</a></li>
      <li><a href="/donnees-personnelles">Données personnelles</a></li>
      <li><a href="/cookies">Gestion des cookies</a></li>
    </ul>
    <p>Sauf mention contraire, tous les contenus de ce site sont sous licence etalab-2.0</p>
  </div>
</footer>
</body>
</html>
`);
  return parts.join('');
}

/** The accessibility statement the footer links to (served, not audited). */
export const ACCESSIBILITY_PAGE = `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Déclaration d'accessibilité</title></head><body><main><h1>Déclaration d'accessibilité</h1><p>Ce site est partiellement conforme avec le référentiel général d'amélioration de l'accessibilité (RGAA), version 4.1.2.</p></main></body></html>`;

/** Path → HTML for pages 0..n-1 (paths /p/0, /p/1, …). */
export function pageSet(n, opts) {
  const m = new Map();
  for (let i = 0; i < n; i++) m.set(`/p/${i}`, generatePage(i, opts));
  return m;
}
