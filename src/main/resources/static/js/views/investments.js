// Who invests how much where: filters (investor, target with everything in it, minimum, years), totals,
// a bar chart of the totals by target, and the table as CSV.
import {getJson, explorerSettings} from '../api.js';
import {t, money} from '../i18n.js';
import {esc, entityLink, evidenceList, amount, cypherBox, lit} from '../ui.js';

// rows asked for at first (?rows= for another number): the API totals and groups every matching investment,
// so the totals and the chart need no more; "show all" and the CSV ask for the rest, PAGE_MAX (the API's
// most) at a time
const ROWS = 100;
const PAGE_MAX = 1000;

export async function render(el, route, ctx) {
  const p = route.params;
  const filters = {target: p.get('target') || '', source: p.get('source') || '', min: p.get('min') || '',
    from: p.get('from') || '', to: p.get('to') || ''};
  const minAmount = filters.min ? Math.round(Number(filters.min) * 1e8) : '';
  const query = {target: filters.target, source: filters.source, minAmount};
  const first = Math.min(PAGE_MAX, Math.max(1, Number(p.get('rows')) || ROWS));
  // years are filtered here (the API has no date filter): then every row is needed for the totals and the chart
  const byYears = Boolean(filters.from || filters.to);
  const groupBy = filters.target ? 'source' : 'target';
  const [answer, settings] = await Promise.all([
    byYears ? allRows(query) : getJson('/api/investments', {...query, groupBy, limit: first}),
    explorerSettings()]);
  if (!ctx.current()) return;
  // years: the fact's date (YYYY, YYYY-MM or a full date); investments without a date drop out of a year filter
  const inYears = row => {
    const year = Number(String(row.date ?? '').slice(0, 4));
    return year > 0 && (!filters.from || year >= Number(filters.from)) && (!filters.to || year <= Number(filters.to));
  };
  const rows = byYears ? answer.investments.filter(inYears) : answer.investments;
  const total = byYears ? rows.reduce((sum, r) => sum + (r.amountCny ?? 0), 0) : answer.totalCny;
  const count = byYears ? rows.length : answer.count;
  const totals = byYears ? totalsOf(rows, Boolean(filters.target)) : answer.groups.map(g => [g.name, g.totalCny]);
  // every row is here: the CSV is ready now; else it asks for them when clicked
  const complete = rows.length === count;
  el.innerHTML = `<section class="investments-view"><h1>${esc(t('inv.title'))}</h1>
    <form class="filters">
      <label>${esc(t('inv.target'))} <input name="target" value="${esc(filters.target)}"></label>
      <label>${esc(t('inv.source'))} <input name="source" value="${esc(filters.source)}"></label>
      <label>${esc(t('inv.min'))} <input name="min" type="number" min="0" step="any" value="${esc(filters.min)}"></label>
      <label>${esc(t('inv.from'))} <input name="from" type="number" min="1949" max="2100" value="${esc(filters.from)}"></label>
      <label>${esc(t('inv.to'))} <input name="to" type="number" min="1949" max="2100" value="${esc(filters.to)}"></label>
      <button type="submit">${esc(t('inv.go'))}</button>
    </form>
    <p class="inv-total" role="status">${esc(t('inv.total', {count, total: money(total)}))}</p>
    ${rows.length ? `${chart(totals, Boolean(filters.target))}
    <p><a class="button csv" download="investments.csv" href="${complete ? csvHref(rows) : '#'}">${esc(t('inv.csv'))}</a></p>
    <table class="inv-table"><thead><tr><th>${esc(t('col.investor'))}</th><th>${esc(t('col.target'))}</th>
      <th>${esc(t('col.amount'))}</th><th>${esc(t('col.project'))}</th><th>${esc(t('col.date'))}</th><th>${esc(t('col.evidence'))}</th></tr></thead>
    <tbody>${tableRows(rows.slice(0, first))}</tbody></table>
    ${count > first ? `<p><button type="button" class="all-rows">${esc(t('inv.allRows', {n: count}))}</button></p>` : ''}`
      : `<p>${esc(t('inv.none'))}</p>`}
    ${cypherBox(cypherFor(filters, minAmount), settings.browserUrl)}
  </section>`;
  let every = complete ? Promise.resolve(rows) : null;
  const everyRow = () => (every ??= allRows(query).then(all => all.investments));
  el.querySelector('.all-rows')?.addEventListener('click', async event => {
    event.target.disabled = true;
    const all = await everyRow();
    el.querySelector('.inv-table tbody').insertAdjacentHTML('beforeend', tableRows(all.slice(first)));
    event.target.remove();
  });
  // the first click fetches every row, builds the file and clicks again; that click downloads it
  const csv = el.querySelector('a.csv');
  csv?.addEventListener('click', async event => {
    if (csv.dataset.ready !== undefined || complete) return;
    event.preventDefault();
    csv.href = csvHref(await everyRow());
    csv.dataset.ready = '';
    csv.click();
  });
  el.querySelector('.filters').addEventListener('submit', event => {
    event.preventDefault();
    const form = event.target;
    ctx.go('investments', null, Object.fromEntries(['target', 'source', 'min', 'from', 'to'].map(k => [k, form[k].value.trim()])));
  });
}

function tableRows(rows) {
  return rows.map(r => `<tr><td>${entityLink(r.sourceId, r.source)}</td><td>${entityLink(r.targetId, r.target)}</td>
      <td class="num">${amount(r)}</td><td>${esc(r.project)}</td><td>${esc(r.date)}</td>
      <td>${evidenceList(r.evidence?.slice(0, 1), [r.sourceId, r.targetId])}</td></tr>`).join('');
}

/** Every matching investment, PAGE_MAX rows a request, as one answer. */
async function allRows(query) {
  const first = await getJson('/api/investments', {...query, limit: PAGE_MAX});
  const investments = [...first.investments];
  while (investments.length < first.count) {
    const next = await getJson('/api/investments', {...query, offset: investments.length, limit: PAGE_MAX});
    if (!next.investments.length) break;
    investments.push(...next.investments);
  }
  return {...first, investments};
}

/** [name, total] of each target (of each investor when one target is asked for), from the rows. */
function totalsOf(rows, byInvestor) {
  const totals = new Map();
  rows.forEach(r => {
    const name = byInvestor ? r.source : r.target;
    totals.set(name, (totals.get(name) ?? 0) + (r.amountCny ?? 0));
  });
  return [...totals.entries()];
}

/**
 * The largest ten totals ([name, yuan]) as horizontal bars (an image with its numbers as text alternative):
 * by target, or by investor when one target is asked for.
 */
function chart(totals, byInvestor) {
  const top = totals.filter(([, v]) => v > 0).sort((a, b) => b[1] - a[1]).slice(0, 10);
  if (!top.length) return '';
  const max = top[0][1];
  const title = t(byInvestor ? 'inv.chartInvestors' : 'inv.chart');
  const alt = top.map(([name, v]) => `${name} ${money(v)}`).join('; ');
  return `<figure class="bars" role="img" aria-label="${esc(title + ': ' + alt)}">
    <figcaption>${esc(title)}</figcaption>
    ${top.map(([name, v]) => `<div class="bar-row"><span class="bar-label">${esc(name)}</span>
      <span class="bar" style="width:${Math.max(1, (100 * v) / max).toFixed(1)}%"></span>
      <span class="bar-value">${esc(money(v))}</span></div>`).join('')}</figure>`;
}

function csvHref(rows) {
  const header = ['investor', 'investorId', 'target', 'targetId', 'amountCny', 'project', 'date', 'evidence', 'document'];
  const cell = value => {
    const text = String(value ?? '');
    return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [header.join(',')].concat(rows.map(r => [r.source, r.sourceId, r.target, r.targetId, r.amountCny,
    r.project, r.date, r.evidence?.[0]?.text, r.evidence?.[0]?.document].map(cell).join(',')));
  // a byte-order mark so that spreadsheet programs read the Chinese as UTF-8
  return 'data:text/csv;charset=utf-8,' + encodeURIComponent('\uFEFF' + lines.join('\r\n') + '\r\n');
}

function cypherFor(filters, minAmount) {
  const lines = [];
  if (filters.target) {
    lines.push(`MATCH (t:Entity) WHERE t.name = ${lit(filters.target)} OR ${lit(filters.target)} IN t.aliases OR t.id = ${lit(filters.target)}`,
      'MATCH (b:Entity)-[:LOCATED_IN*0..6]->(t)', 'MATCH (a:Entity)-[r:INVESTS_IN]->(b)');
  } else {
    lines.push('MATCH (a:Entity)-[r:INVESTS_IN]->(b:Entity)');
  }
  const where = [];
  if (filters.source) where.push(`(a.name = ${lit(filters.source)} OR ${lit(filters.source)} IN a.aliases)`);
  if (minAmount !== '') where.push(`r.amountCny >= ${minAmount}`);
  if (where.length) lines.push('WHERE ' + where.join(' AND '));
  lines.push('RETURN DISTINCT a.name AS investor, b.name AS target, r.amountCny AS amountCny, r.project AS project, r.date AS date',
    'ORDER BY amountCny DESC');
  return lines.join('\n');
}
