// The first view: what the graph is, how much it holds, and a few searches to try.
import {getJson, explorerSettings} from '../api.js';
import {t} from '../i18n.js';
import {esc, cypherBox} from '../ui.js';

const EXAMPLES = ['闵行', '閔行', '長三角', '淮南高新区', '莘庄工业区', '开沃汽车'];

export async function render(el, route, ctx) {
  const [stats, settings] = await Promise.all([getJson('/api/stats'), explorerSettings()]);
  if (!ctx.current()) return;
  const facts = ['COOPERATES_WITH', 'INVESTS_IN', 'LOCATED_IN']
    .reduce((sum, type) => sum + (stats.relationshipsByType?.[type] ?? 0), 0);
  el.innerHTML = `<section class="home">
    <h1>${esc(t('home.title'))}</h1>
    <p>${esc(t('home.intro'))}</p>
    <p class="stats">${esc(t('home.stats', {entities: stats.entities, facts, documents: stats.documents}))}</p>
    <p class="examples">${esc(t('home.try'))}${EXAMPLES.map(q =>
      `<a href="#/search?q=${encodeURIComponent(q)}">${esc(q)}</a>`).join(' ')}</p>
    <ul class="entry">
      <li><a href="#/investments">${esc(t('nav.investments'))}</a></li>
      <li><a href="#/path">${esc(t('nav.path'))}</a></li>
      <li><a href="#/documents">${esc(t('nav.documents'))}</a></li>
      <li><a href="#/upload">${esc(t('nav.upload'))}</a></li>
    </ul>
    ${cypherBox('MATCH (e:Entity) RETURN labels(e) AS type, count(*) AS entities ORDER BY entities DESC', settings.browserUrl)}
  </section>`;
}
