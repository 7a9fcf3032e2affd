// How is A connected to B: the shortest chain of facts, each hop with its evidence.
import {getJson, explorerSettings} from '../api.js';
import {t} from '../i18n.js';
import {esc, entityLink, typeBadge, relationLabel, evidenceList, amount, cypherBox, lit} from '../ui.js';

export async function render(el, route, ctx) {
  const from = route.params.get('from') || '';
  const to = route.params.get('to') || '';
  const hops = route.params.get('hops') || '4';
  const settings = await explorerSettings();
  let answer = null;
  if (from && to) answer = await getJson('/api/paths', {from, to, maxHops: hops});
  if (!ctx.current()) return;
  const found = answer?.paths?.[0];
  const cypher = answer
    ? `MATCH (a:Entity {id: ${lit(answer.from.id)}}), (b:Entity {id: ${lit(answer.to.id)}})\n`
      + `MATCH p = shortestPath((a)-[:COOPERATES_WITH|INVESTS_IN|LOCATED_IN*..${hops}]-(b))\nRETURN p`
    : 'MATCH p = shortestPath((a:Entity {name: \'闵行区\'})-[:COOPERATES_WITH|INVESTS_IN|LOCATED_IN*..4]-(b:Entity {name: \'淮南市\'}))\nRETURN p';
  el.innerHTML = `<section class="path-view"><h1>${esc(t('path.title'))}</h1>
    <form class="filters">
      <label>${esc(t('path.from'))} <input name="from" required value="${esc(answer?.from?.name ?? from)}"></label>
      <label>${esc(t('path.to'))} <input name="to" required value="${esc(answer?.to?.name ?? to)}"></label>
      <label>${esc(t('path.hops'))} <select name="hops">${[1, 2, 3, 4, 5, 6, 7, 8].map(n =>
        `<option${String(n) === hops ? ' selected' : ''}>${n}</option>`).join('')}</select></label>
      <button type="submit">${esc(t('path.go'))}</button>
    </form>
    ${answer ? (found ? hopsHtml(found) : `<p class="none">${esc(t('path.none', {hops}))}</p>`) : ''}
    ${cypherBox(cypher, settings.browserUrl)}
  </section>`;
  el.querySelector('.filters').addEventListener('submit', event => {
    event.preventDefault();
    const form = event.target;
    ctx.go('path', null, {from: form.from.value.trim(), to: form.to.value.trim(), hops: form.hops.value});
  });
}

function hopsHtml(path) {
  const items = [];
  path.nodes.forEach((node, i) => {
    items.push(`<li class="path-node">${entityLink(node.id, node.name)} ${typeBadge(node.type)}</li>`);
    const edge = path.edges[i];
    if (edge) {
      items.push(`<li class="hop"><p class="fact-line">${esc(edge.source)} ${relationLabel(edge.type)} ${esc(edge.target)}
        ${amount(edge)} <span class="stated">${esc(t('entity.stated', {m: edge.mentions ?? 0, d: edge.documentCount ?? 0}))}</span></p>
        ${evidenceList(edge.evidence, [edge.sourceId, edge.targetId])}</li>`);
    }
  });
  return `<p class="path-length">${esc(t('path.found', {n: path.edges.length}))}</p><ol class="path">${items.join('')}</ol>`;
}
