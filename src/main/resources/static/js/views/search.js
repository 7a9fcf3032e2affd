// Search results: type, parent place, fact counts; Simplified, Traditional and short forms through the API.
import {getJson, explorerSettings} from '../api.js';
import {t} from '../i18n.js';
import {esc, entityLink, factCounts, typeBadge, cypherBox, lit} from '../ui.js';

export async function render(el, route, ctx) {
  const q = route.params.get('q') || '';
  const type = route.params.get('type') || '';
  const box = document.getElementById('q');
  if (box && document.activeElement !== box) box.value = q;
  document.getElementById('type').value = type;
  const [answer, settings] = await Promise.all([getJson('/api/entities', {q, type, limit: 50}), explorerSettings()]);
  if (!ctx.current()) return;
  const rows = answer.results.map(r => `<tr>
      <td><a href="#/entity/${encodeURIComponent(r.id)}">${esc(r.name)}</a>
        ${r.aliases?.length ? `<div class="aliases">${esc(r.aliases.slice(0, 4).join('、'))}</div>` : ''}</td>
      <td>${typeBadge(r.type)}</td>
      <td>${r.parent ? entityLink(r.parent.id, r.parent.name) : ''}</td>
      <td class="facts">${factCounts(r.facts)}</td>
      <td class="num">${esc(r.mentionCount)}</td>
    </tr>`).join('');
  const cypher = `MATCH (e:Entity)\nWHERE e.name CONTAINS ${lit(answer.searched)} OR ${lit(answer.searched)} IN e.aliases`
    + (type ? ` AND e:${type}` : '') + `\nOPTIONAL MATCH (e)-[:LOCATED_IN]->(parent:Entity)\n`
    + `RETURN e.name AS name, labels(e) AS type, collect(parent.name) AS parents LIMIT 50`;
  el.innerHTML = `<section class="search">
    <h1 id="results-title">${esc(answer.count ? t('search.results', {q, count: answer.count}) : t('search.none', {q}))}</h1>
    ${answer.searched !== q ? `<p class="hint">${esc(t('search.searched', {s: answer.searched}))}</p>` : ''}
    ${answer.count ? `<table class="results" aria-labelledby="results-title">
      <thead><tr><th>${esc(t('col.name'))}</th><th>${esc(t('col.type'))}</th><th>${esc(t('col.parent'))}</th>
        <th>${esc(t('col.facts'))}</th><th>${esc(t('col.mentions'))}</th></tr></thead>
      <tbody>${rows}</tbody></table>` : ''}
    ${cypherBox(cypher, settings.browserUrl)}
  </section>`;
}
