// The neighbourhood of an entity with Cytoscape.js: depth 1–2, filters by relation and entity type,
// Browser colours, click a node to see and open it, double-click (or the button) to expand it in place,
// click an edge for its evidence; provinces and regions (hubs) are hidden until asked for, and a large
// neighbourhood shows its nearest and most mentioned nodes first.
import {getJson, explorerSettings} from '../api.js';
import {t} from '../i18n.js';
import {esc, entityHref, entityLink, typeBadge, relationLabel, evidenceList, amount, cypherBox, lit, factCounts,
  TYPE_COLORS, RELATION_COLORS, ENTITY_TYPES, RELATION_TYPES} from '../ui.js';

const LIMIT = 300;
// nodes drawn at first besides the hubs: the nearest and most mentioned; the rest wait for "show all" (a
// hub's depth 2 is hundreds of nodes, slow to draw and too dense to read at 1280×800)
const FIRST = 60;
const HUBS = ['Province', 'Region'];

export async function render(el, route, ctx) {
  const id = route.id;
  const depth = route.params.get('depth') === '2' ? 2 : 1;
  const [{default: cytoscape}, answer, settings] = await Promise.all([
    import('cytoscape'),
    getJson(`/api/entities/${encodeURIComponent(id)}/neighbors`, {depth, limit: LIMIT}),
    explorerSettings()]);
  if (!ctx.current()) return;
  const center = answer.elements.nodes.find(n => n.data.id === answer.center)?.data ?? {label: id};
  const {first, rest} = split(answer);
  const cypher = `MATCH p = (e:Entity {id: ${lit(id)}})-[:COOPERATES_WITH|INVESTS_IN|LOCATED_IN*1..${depth}]-(:Entity)\n`
    + `RETURN p LIMIT ${LIMIT}`;
  el.innerHTML = `<section class="graph-view">
    <h1>${esc(t('graph.title', {name: center.label}))}</h1>
    <form class="graph-controls" onsubmit="return false">
      <label>${esc(t('graph.depth'))} <select name="depth">
        <option value="1"${depth === 1 ? ' selected' : ''}>1</option><option value="2"${depth === 2 ? ' selected' : ''}>2</option>
      </select></label>
      <fieldset><legend>${esc(t('graph.relations'))}</legend>${RELATION_TYPES.map(type =>
        `<label><input type="checkbox" name="rel" value="${type}" checked> ${relationLabel(type)}</label>`).join('')}</fieldset>
      <fieldset><legend>${esc(t('graph.types'))}</legend>${ENTITY_TYPES.map(type =>
        `<label><input type="checkbox" name="type" value="${type}" checked> ${typeBadge(type)}</label>`).join('')}</fieldset>
      <label><input type="checkbox" name="hubs" checked> ${esc(t('graph.hideHubs'))}</label>
      <button type="button" name="layout">${esc(t('graph.layout'))}</button>
    </form>
    <p class="hint"><span class="graph-counts"></span>
      ${rest.length ? `<button type="button" class="show-all">${esc(t('graph.showAll', {n: answer.elements.nodes.length}))}</button>` : ''}</p>
    <div class="graph-body">
      <div id="cy" role="img" aria-label="${esc(t('graph.alt', {name: center.label}))}"></div>
      <aside class="graph-panel" aria-live="polite"><p class="hint">${esc(t('graph.hint'))}</p></aside>
    </div>
    ${cypherBox(cypher, settings.browserUrl)}
  </section>`;

  const cy = cytoscape({
    container: el.querySelector('#cy'),
    elements: first,
    style: styles(),
    minZoom: 0.15,
    maxZoom: 3,
  });
  const form = el.querySelector('.graph-controls');
  const panel = el.querySelector('.graph-panel');
  const counts = el.querySelector('.graph-counts');
  const showAll = el.querySelector('.show-all');
  cy.getElementById(answer.center).addClass('center');

  const applyFilters = () => {
    const rels = new Set([...form.querySelectorAll('input[name=rel]:checked')].map(i => i.value));
    const types = new Set([...form.querySelectorAll('input[name=type]:checked')].map(i => i.value));
    const hideHubs = form.hubs.checked;
    cy.batch(() => {
      cy.nodes().forEach(n => {
        const hidden = !n.hasClass('center') && (!types.has(n.data('type')) || (hideHubs && HUBS.includes(n.data('type'))));
        n.toggleClass('hidden', hidden);
      });
      cy.edges().forEach(e => e.toggleClass('hidden', !rels.has(e.data('type'))
        || e.source().hasClass('hidden') || e.target().hasClass('hidden')));
    });
    const visible = cy.elements().not('.hidden');
    counts.textContent = t('graph.counts', {n: visible.nodes().length, e: visible.edges().length})
      + (answer.truncated ? t('graph.truncated') : '');
    el.querySelector('#cy').dataset.visibleNodes = String(visible.nodes().length);
  };
  const layout = () => runLayout(cy, answer.center);

  showAll?.addEventListener('click', () => {
    cy.add(rest.filter(e => cy.getElementById(e.data.id).empty())); // an expand may have added some
    showAll.remove();
    applyFilters();
    layout();
  });
  form.depth.addEventListener('change', () => ctx.go('graph', id, {depth: form.depth.value}));
  form.layout.addEventListener('click', layout);
  form.addEventListener('change', event => {
    if (event.target.name !== 'depth') {
      applyFilters();
    }
    if (event.target.name === 'hubs') {
      layout(); // the hubs were hidden when the others were placed
    }
  });
  cy.on('tap', 'node', event => showNode(event.target, panel, cy, applyFilters));
  cy.on('dbltap', 'node', event => expand(event.target, cy, applyFilters));
  cy.on('tap', 'edge', event => showEdge(event.target, panel));
  applyFilters();
  layout();
  el.graph = cy; // for the page tests and the console
}

/**
 * The elements to draw first (the centre, the hubs, hidden at first, then the nearest and most mentioned nodes,
 * FIRST at most, and the edges between them) and the rest. Each node gets its size from how often it is
 * mentioned (a data field: Cytoscape caches styles mapped from data, not those computed by a function).
 */
function split(answer) {
  const {nodes, edges} = answer.elements;
  nodes.forEach(n => sized(n.data));
  const hub = n => n.data.id === answer.center || HUBS.includes(n.data.type);
  if (nodes.filter(n => !hub(n)).length <= FIRST) return {first: [...nodes, ...edges], rest: []};
  const rank = n => (hub(n) ? -1 : (n.data.depth ?? 1));
  const kept = [...nodes].sort((a, b) => rank(a) - rank(b) || (b.data.mentionCount ?? 0) - (a.data.mentionCount ?? 0))
    .slice(0, FIRST + nodes.filter(hub).length);
  const ids = new Set(kept.map(n => n.data.id));
  const inFirst = e => ids.has(e.data.source) && ids.has(e.data.target);
  return {first: [...kept, ...edges.filter(inFirst)],
    rest: [...nodes.filter(n => !ids.has(n.data.id)), ...edges.filter(e => !inFirst(e))]};
}

function sized(data) {
  data.size = 18 + Math.min(26, 5 * Math.log2(1 + (data.mentionCount ?? 0)));
  return data;
}

function runLayout(cy, centerId) {
  const visible = cy.elements().not('.hidden');
  visible.layout({
    name: 'concentric',
    concentric: n => (n.id() === centerId ? 100 : 10 - (n.data('depth') ?? 1) * 3 + Math.min(3, Math.log10(1 + (n.data('mentionCount') ?? 0)))),
    levelWidth: () => 1.5,
    minNodeSpacing: 18,
    avoidOverlap: true,
    animate: false,
  }).run();
}

async function showNode(node, panel, cy, applyFilters) {
  const data = node.data();
  panel.innerHTML = `<h2>${esc(data.label)} ${typeBadge(data.type)}</h2>
    <p><a class="button open" href="${entityHref(data.id)}">${esc(t('graph.open', {name: data.label}))}</a>
      <button type="button" class="expand">${esc(t('graph.expand'))}</button></p><div class="node-facts"></div>`;
  panel.querySelector('.expand').addEventListener('click', () => expand(node, cy, applyFilters));
  const detail = await getJson(`/api/entities/${encodeURIComponent(data.id)}`);
  const target = panel.querySelector('.node-facts');
  if (target) {
    target.innerHTML = `${detail.parents?.length ? `<p>${detail.parents.map(p => entityLink(p.id, p.name)).join(' › ')}</p>` : ''}
      <p>${factCounts(detail.facts)}</p><p>${esc(t('entity.mentions', {m: detail.mentions, d: detail.documents}))}</p>`;
  }
}

/** An edge's evidence: the fact as the entity's relations list gives it, with its sentences. */
async function showEdge(edge, panel) {
  const data = edge.data();
  panel.innerHTML = `<h2>${esc(edge.source().data('label'))} ${relationLabel(data.type)} ${esc(edge.target().data('label'))}</h2>
    <div class="edge-evidence">…</div>`;
  const answer = await getJson(`/api/entities/${encodeURIComponent(data.source)}/relations`,
    {type: data.type, direction: data.type === 'COOPERATES_WITH' ? 'both' : 'out', limit: 500});
  const facts = answer.relations.filter(r => r.otherId === data.target
    && (data.project == null || r.project === data.project));
  const target = panel.querySelector('.edge-evidence');
  if (target) {
    target.innerHTML = facts.map(f => `<p>${amount(f)} ${f.project ? esc(f.project) : ''}
      <span class="stated">${esc(t('entity.stated', {m: f.mentions ?? 0, d: f.documentCount ?? 0}))}</span></p>
      ${evidenceList(f.evidence, [f.sourceId, f.targetId])}`).join('') || '—';
  }
}

/** Adds the node's own neighbours around it, leaving what is already placed where it is. */
async function expand(node, cy, applyFilters) {
  const answer = await getJson(`/api/entities/${encodeURIComponent(node.id())}/neighbors`, {depth: 1, limit: 100});
  const fresh = answer.elements.nodes.filter(n => cy.getElementById(n.data.id).empty());
  const {x, y} = node.position();
  const radius = 90 + fresh.length * 6;
  cy.batch(() => {
    fresh.forEach((n, i) => {
      const angle = (2 * Math.PI * i) / Math.max(1, fresh.length);
      cy.add({group: 'nodes', data: sized({...n.data, depth: (node.data('depth') ?? 0) + 1}),
        position: {x: x + radius * Math.cos(angle), y: y + radius * Math.sin(angle)}});
    });
    answer.elements.edges.filter(e => cy.getElementById(e.data.id).empty())
      .forEach(e => cy.add({group: 'edges', data: e.data}));
  });
  node.addClass('expanded');
  applyFilters();
}

function styles() {
  return [
    {selector: 'node', style: {
      'background-color': '#A5ABB6', label: 'data(label)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3,
      'text-outline-color': '#fff', 'text-outline-width': 2, color: '#222', 'min-zoomed-font-size': 7,
      width: 'data(size)', height: 'data(size)',
      'font-family': 'system-ui, "Noto Sans CJK SC", sans-serif'}},
    ...ENTITY_TYPES.map(type => ({selector: `node[type = "${type}"]`, style: {'background-color': TYPE_COLORS[type]}})),
    {selector: 'node.center', style: {'border-width': 4, 'border-color': '#333', 'font-weight': 'bold', 'font-size': 14}},
    {selector: 'node.expanded', style: {'border-width': 2, 'border-color': '#666', 'border-style': 'dashed'}},
    {selector: 'node:selected', style: {'border-width': 4, 'border-color': '#0b5cad'}},
    // straight edges are the cheapest to draw with an arrow; investments keep bezier curves so that two
    // projects between the same pair stay apart
    {selector: 'edge', style: {width: 1.5, 'line-color': '#A5ABB6', 'curve-style': 'straight', 'target-arrow-shape': 'triangle',
      'target-arrow-color': '#A5ABB6', 'arrow-scale': 0.7, opacity: 0.8}},
    ...RELATION_TYPES.map(type => ({selector: `edge[type = "${type}"]`,
      style: {'line-color': RELATION_COLORS[type], 'target-arrow-color': RELATION_COLORS[type]}})),
    {selector: 'edge[type = "COOPERATES_WITH"]', style: {width: 3, 'target-arrow-shape': 'none'}},
    {selector: 'edge[type = "INVESTS_IN"]', style: {width: 3, 'curve-style': 'bezier'}},
    {selector: 'edge:selected', style: {width: 5, opacity: 1}},
    {selector: '.hidden', style: {display: 'none'}},
  ];
}
