// Small HTML helpers shared by the views: escaping, type badges, evidence with highlighted mentions,
// and the link to the same question in Neo4j Browser.
import {t, money} from './i18n.js';

/** Entity and relation colours: the same as cypher/browser/style.grass (Neo4j Browser). */
export const TYPE_COLORS = {
  Region: '#8DCC93', Province: '#C990C0', City: '#F79767', District: '#57C7E3', Town: '#F16667',
  Park: '#D9C8AE', Company: '#FFC454', Platform: '#ECB5C9', Organization: '#569480',
};
export const RELATION_COLORS = {COOPERATES_WITH: '#57C7E3', INVESTS_IN: '#FFC454', LOCATED_IN: '#A5ABB6'};
export const ENTITY_TYPES = Object.keys(TYPE_COLORS);
export const RELATION_TYPES = Object.keys(RELATION_COLORS);

export function esc(value) {
  return String(value ?? '').replace(/[&<>"']/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[c]);
}

export function entityHref(id) {
  return `#/entity/${encodeURIComponent(id)}`;
}

export function documentHref(id, sentence) {
  return `#/document/${encodeURIComponent(id)}` + (sentence != null ? `?s=${encodeURIComponent(sentence)}` : '');
}

export function typeBadge(type) {
  return type ? `<span class="badge t-${esc(type)}">${esc(t(`type.${type}`))}</span>` : '';
}

export function entityLink(id, name, type) {
  return `<a href="${entityHref(id)}">${esc(name)}</a>${type ? ' ' + typeBadge(type) : ''}`;
}

export function relationLabel(type) {
  return `<span class="rel r-${esc(type)}">${esc(t(`fact.${type}`))}</span>`;
}

export function factCounts(facts = {}) {
  return esc(t('fact.count', {c: facts.COOPERATES_WITH ?? 0, i: facts.INVESTS_IN ?? 0, l: facts.LOCATED_IN ?? 0}));
}

// The type a span shows when it names several entities (上海市闵行区: the city and the district): the most specific.
const SPECIFIC_FIRST = ['Company', 'Organization', 'Platform', 'Park', 'Town', 'District', 'City', 'Province', 'Region'];

/**
 * A sentence with its mentions highlighted by type (marks: offsets within the sentence). One span naming
 * several entities is one mark; a mention inside a longer one (安徽淮南 in 上海市安徽淮南商会) is a mark
 * inside it. Mentions of the entities in focus (a fact's two ends) are emphasised.
 */
export function markedText(text, marks = [], focus = []) {
  const spans = new Map();
  for (const m of marks) {
    if (!(m.start >= 0 && m.end <= text.length && m.start < m.end)) continue;
    const key = `${m.start}:${m.end}`;
    if (!spans.has(key)) spans.set(key, {start: m.start, end: m.end, entities: [], types: []});
    spans.get(key).entities.push(m.entityId);
    spans.get(key).types.push(m.type);
  }
  const sorted = [...spans.values()].sort((a, b) => a.start - b.start || b.end - a.end);
  return nestedMarks(text, sorted, 0, text.length, focus);
}

function nestedMarks(text, spans, from, to, focus) {
  let out = '';
  let at = from;
  let i = 0;
  while (i < spans.length) {
    const span = spans[i];
    if (span.start < at) { // crosses the one before: cannot be drawn as a box of its own
      i++;
      continue;
    }
    const inner = [];
    let j = i + 1;
    for (; j < spans.length && spans[j].start < span.end; j++) {
      if (spans[j].end <= span.end) inner.push(spans[j]);
    }
    const type = SPECIFIC_FIRST.find(ty => span.types.includes(ty)) ?? span.types[0];
    const focused = span.entities.some(id => focus.includes(id));
    out += esc(text.slice(at, span.start))
      + `<mark class="m t-${esc(type)}${focused ? ' focus' : ''}" data-entities="${esc(span.entities.join(' '))}"`
      + ` title="${esc([...new Set(span.types)].map(ty => t(`type.${ty}`)).join(' · '))}">`
      + nestedMarks(text, inner, span.start, span.end, focus) + '</mark>';
    at = span.end;
    i = j;
  }
  return out + esc(text.slice(at, to));
}

/** Evidence sentences of one fact: each highlighted, with its document and date, linking to the document view. */
export function evidenceList(evidence = [], focus = []) {
  if (!evidence.length) return '';
  return `<ol class="evidence">${evidence.map(ev => `<li><q>${markedText(ev.text, ev.marks, focus)}</q>
    <a class="source" href="${documentHref(ev.documentId, ev.sentenceId)}">${esc(ev.title || ev.document)}</a>
    ${ev.date ? `<time>${esc(ev.date)}</time>` : ''}</li>`).join('')}</ol>`;
}

export function amount(row) {
  if (row.amountCny == null) return '';
  return `<span class="amount">${esc(money(row.amountCny))}${row.amountQualifier ? ' ' + esc(row.amountQualifier) : ''}</span>`;
}

/** A Cypher string literal for the Browser link (the question shown there is plain text, never run by us). */
export function lit(value) {
  return `'${String(value).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** The same question in Neo4j Browser: a link that puts the Cypher in Browser's editor, and the text itself. */
export function cypherBox(cypher, browserUrl) {
  const link = browserUrl
    ? `<a class="browser-link" target="_blank" rel="noopener" href="${esc(browserUrl)}?cmd=edit&arg=${encodeURIComponent(cypher)}">${esc(t('cypher.open'))}</a>`
    : '';
  return `<details class="cypher"><summary>${esc(t('cypher.show'))}</summary><pre><code>${esc(cypher)}</code></pre></details>${link}`;
}

/** The write-token field (uploads and corrections share it; the token is kept for this tab only). */
export function tokenField(required) {
  return required ? `<label>${esc(t('upload.token'))}
        <input type="password" name="token" autocomplete="off" value="${esc(sessionStorage.getItem('yrdkg.token') || '')}"></label>` : '';
}

/** The token a form's field holds, remembered for the tab's other forms. */
export function formToken(form) {
  const token = form.token?.value.trim() || '';
  if (token) sessionStorage.setItem('yrdkg.token', token);
  return token;
}

export function loadingHtml() {
  return `<p class="loading" role="status">${esc(t('loading'))}</p>`;
}

export function errorHtml(error) {
  return `<p class="error" role="alert">${esc(t('error', {message: error.message}))}</p>`;
}
