// One entity: name, type, aliases, code, parent chain; investments with totals; facts grouped by type and
// partner, each with its evidence sentences (mentions highlighted), their documents and dates; the panel
// to correct it (views/corrections.js).
import {getJson, explorerSettings} from '../api.js';
import {t, money} from '../i18n.js';
import {correctPanel, rejectButton, wireCorrections} from './corrections.js';
import {esc, entityLink, typeBadge, relationLabel, evidenceList, amount, cypherBox, lit, RELATION_TYPES} from '../ui.js';

// facts shown at first (most stated first, by the API); ?facts= shows more, up to the API's 500
const PAGE = 50;
const MAX = 500;

export async function render(el, route, ctx) {
  const id = route.id;
  const limit = Math.min(MAX, Math.max(PAGE, Number(route.params.get('facts')) || PAGE));
  const [detail, relations, settings] = await Promise.all([
    getJson(`/api/entities/${encodeURIComponent(id)}`),
    getJson(`/api/entities/${encodeURIComponent(id)}/relations`, {limit}),
    explorerSettings()]);
  if (!ctx.current()) return;
  const facts = relations.relations;
  const cypher = `MATCH (e:Entity {id: ${lit(id)}})-[r:COOPERATES_WITH|INVESTS_IN|LOCATED_IN]-(other:Entity)\n`
    + `OPTIONAL MATCH (s:Sentence)-[:STATES {fact: r.id}]->()\n`
    + `RETURN type(r) AS fact, other.name AS partner, r.amountCny AS amountCny, collect(s.text)[..5] AS evidence\n`
    + `ORDER BY fact, partner`;
  el.innerHTML = `<article class="entity">
    <header class="entity-head">
      <h1>${esc(detail.name)} ${typeBadge(detail.type)}</h1>
      <dl class="props">
        ${detail.code ? `<dt>${esc(t('entity.code'))}</dt><dd class="code">${esc(detail.code)}</dd>` : ''}
        ${detail.aliases?.length ? `<dt>${esc(t('entity.aliases'))}</dt><dd class="aliases">${esc(detail.aliases.join('、'))}</dd>` : ''}
        ${detail.parents?.length ? `<dt>${esc(t('entity.parents'))}</dt><dd class="parents">${detail.parents.map(p =>
          entityLink(p.id, p.name)).join(' › ')}</dd>` : ''}
      </dl>
      <p class="counts">${esc(t('entity.mentions', {m: detail.mentions, d: detail.documents}))}</p>
      <p class="actions"><a class="button" href="#/graph/${encodeURIComponent(id)}">${esc(t('entity.graph'))}</a>
        <a class="button" href="#/path?from=${encodeURIComponent(id)}">${esc(t('nav.path'))}</a></p>
    </header>
    ${correctPanel(detail, settings.writeTokenRequired)}
    ${investmentsSection(id, facts)}
    <section class="facts"><h2>${esc(t('entity.facts'))} <span class="total">(${esc(relations.total)})</span></h2>
      ${facts.length ? RELATION_TYPES.map(type => factGroup(id, type, facts.filter(f => f.type === type))).join('')
        : `<p>${esc(t('entity.noFacts'))}</p>`}
      ${relations.total > facts.length ? `<p class="hint more-facts">${esc(t('entity.more', {n: relations.total - facts.length}))}
        ${limit < MAX ? `<a href="#/entity/${encodeURIComponent(id)}?facts=${Math.min(MAX, limit * 4)}">${esc(t('entity.showMore'))}</a>` : ''}</p>` : ''}
    </section>
    ${cypherBox(cypher, settings.browserUrl)}
  </article>`;
  wireCorrections(el, detail, ctx, () => render(el, route, ctx));
  // the graph view's library (the largest script) loads while the analyst reads, not after the click, and
  // once this page is painted: compiling it sooner would hold up the page itself
  el.addEventListener('explorer:rendered', () => (window.requestIdleCallback ?? setTimeout)(
    () => import('cytoscape').catch(() => {})), {once: true});
}

function investmentsSection(id, facts) {
  const invests = facts.filter(f => f.type === 'INVESTS_IN');
  if (!invests.length) return '';
  const total = invests.reduce((sum, f) => sum + (f.amountCny ?? 0), 0);
  return `<section class="investments"><h2>${esc(t('entity.investments'))}</h2>
    <table><thead><tr><th>${esc(t('col.investor'))}</th><th>${esc(t('col.target'))}</th><th>${esc(t('col.amount'))}</th>
      <th>${esc(t('col.project'))}</th><th>${esc(t('col.date'))}</th></tr></thead>
    <tbody>${invests.map(f => `<tr><td>${entityLink(f.sourceId, f.source)}</td><td>${entityLink(f.targetId, f.target)}</td>
      <td class="num">${amount(f)}</td><td>${esc(f.project)}</td><td>${esc(f.date)}</td></tr>`).join('')}</tbody>
    ${total ? `<tfoot><tr><td colspan="2"></td><td class="num total-amount">${esc(t('entity.investTotal', {total: money(total)}))}</td>
      <td colspan="2"></td></tr></tfoot>` : ''}</table></section>`;
}

/** One fact type: the partners, most stated first, each with its facts (projects, directions) and their evidence. */
function factGroup(id, type, facts) {
  if (!facts.length) return '';
  const partners = new Map();
  for (const fact of facts) {
    if (!partners.has(fact.otherId)) partners.set(fact.otherId, []);
    partners.get(fact.otherId).push(fact);
  }
  return `<section class="fact-group" data-type="${esc(type)}"><h3>${relationLabel(type)} <span class="total">(${facts.length})</span></h3>
    ${[...partners.values()].map(list => `<div class="partner">
      <h4>${esc(list[0].direction === 'in' && type !== 'COOPERATES_WITH' ? t('dir.in') : t('dir.out'))}
        ${entityLink(list[0].otherId, list[0].other, list[0].otherType)}</h4>
      ${list.map(fact => `<div class="fact" data-fact="${esc(fact.id)}">
        <p class="fact-line">${entityLink(fact.sourceId, fact.source)} ${relationLabel(fact.type)} ${entityLink(fact.targetId, fact.target)}
          ${amount(fact)} ${fact.project ? `<span class="project">${esc(fact.project)}</span>` : ''}
          ${fact.date ? `<time>${esc(fact.date)}</time>` : ''}
          ${fact.origin === 'gazetteer' ? `<span class="official">${esc(t('entity.official'))}</span>` : ''}
          <span class="stated">${esc(t('entity.stated', {m: fact.mentions ?? 0, d: fact.documentCount ?? 0}))}</span>
          ${rejectButton(fact)}</p>
        ${evidenceList(fact.evidence, [fact.sourceId, fact.targetId])}
      </div>`).join('')}
    </div>`).join('')}
  </section>`;
}
