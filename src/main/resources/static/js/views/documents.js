// Documents: the list, one article with every mention highlighted by type and the facts it supports
// beside it, and the upload of a new article (with the write token when the service has one).
import {getJson, upload, explorerSettings} from '../api.js';
import {t} from '../i18n.js';
import {esc, entityLink, typeBadge, relationLabel, markedText, amount, cypherBox, lit, documentHref, ENTITY_TYPES, tokenField, formToken} from '../ui.js';

export async function render(el, route, ctx) {
  if (route.name === 'upload') return renderUpload(el, ctx);
  if (route.name === 'document' && route.id) return renderDocument(el, route, ctx);
  return renderList(el, route, ctx);
}

async function renderList(el, route, ctx) {
  const page = Math.max(0, Number(route.params.get('page') || 0));
  const [answer, settings] = await Promise.all([getJson('/api/documents', {page, size: 20}), explorerSettings()]);
  if (!ctx.current()) return;
  const pages = answer.page?.totalPages ?? 1;
  el.innerHTML = `<section class="documents"><h1>${esc(t('doc.title'))}</h1>
    <p><a class="button" href="#/upload">${esc(t('nav.upload'))}</a></p>
    ${answer.content.length ? `<table><thead><tr><th>${esc(t('col.title'))}</th><th>${esc(t('col.document'))}</th>
      <th>${esc(t('col.published'))}</th><th>${esc(t('col.chars'))}</th></tr></thead><tbody>
      ${answer.content.map(d => `<tr><td><a href="${documentHref(d.id)}">${esc(d.title || d.name)}</a></td>
        <td>${esc(d.name)}</td><td>${esc(d.publishedAt)}</td><td class="num">${esc(d.chars)}</td></tr>`).join('')}
      </tbody></table>` : `<p>${esc(t('doc.none'))}</p>`}
    ${pages > 1 ? `<p class="pager">${page > 0 ? `<a href="#/documents?page=${page - 1}">${esc(t('doc.prev'))}</a>` : ''}
      ${esc(t('doc.page', {p: page + 1, n: pages}))}
      ${page + 1 < pages ? `<a href="#/documents?page=${page + 1}">${esc(t('doc.next'))}</a>` : ''}</p>` : ''}
    ${cypherBox('MATCH (d:Document) RETURN d.name, d.title, d.publishedAt ORDER BY d.name SKIP ' + page * 20 + ' LIMIT 20',
      settings.browserUrl)}
  </section>`;
}

async function renderDocument(el, route, ctx) {
  const id = route.id;
  const [detail, sentences, settings] = await Promise.all([
    getJson(`/api/documents/${encodeURIComponent(id)}`),
    getJson(`/api/documents/${encodeURIComponent(id)}/sentences`),
    explorerSettings()]);
  if (!ctx.current()) return;
  const doc = detail.document;
  // ?s= a sentence id (doc-…:12) or index: the evidence sentence to show
  const wanted = route.params.has('s') ? Number(route.params.get('s').split(':').pop()) : null;
  const factsBySentence = new Map();
  detail.facts.forEach((fact, i) => fact.evidence.forEach(ev => {
    if (!factsBySentence.has(ev.index)) factsBySentence.set(ev.index, []);
    factsBySentence.get(ev.index).push(i);
  }));
  const present = ENTITY_TYPES.filter(type => sentences.some(s => s.mentions.some(m => m.type === type)));
  const cypher = `MATCH p = (d:Document {id: ${lit(id)}})-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(:Entity)\nRETURN p`;
  el.innerHTML = `<article class="document">
    <header><h1>${esc(doc.title || doc.name)}</h1>
      <p class="meta">${esc(t('doc.file', {name: doc.name}))}${doc.publishedAt ? ` · <time>${esc(doc.publishedAt)}</time>` : ''}
        · ${esc(doc.chars)} ${esc(t('col.chars'))}</p>
      <p class="legend" aria-label="${esc(t('doc.legend'))}">${present.map(typeBadge).join(' ')}</p></header>
    <div class="doc-body">
      <section class="doc-text" aria-label="${esc(t('doc.text'))}">${paragraphs(sentences, factsBySentence, wanted)}</section>
      <aside class="doc-side">
        <h2>${esc(t('doc.facts'))} <span class="total">(${detail.facts.length})</span></h2>
        <ol class="doc-facts">${detail.facts.map((f, i) => `<li id="fact-${i}">${entityLink(f.sourceId, f.source)} ${relationLabel(f.type)}
          ${entityLink(f.targetId, f.target)} ${amount(f)} ${f.project ? `<span class="project">${esc(f.project)}</span>` : ''}
          ${f.evidence.map(ev => `<a class="sentence-ref" href="${documentHref(id, ev.index)}">#${esc(ev.index + 1)}</a>`).join(' ')}</li>`).join('')}</ol>
        <h2>${esc(t('doc.entities'))} <span class="total">(${detail.entities.length})</span></h2>
        <ul class="doc-entities">${detail.entities.map(e => `<li>${entityLink(e.id, e.name, e.type)} ×${esc(e.mentions)}</li>`).join('')}</ul>
      </aside>
    </div>
    ${cypherBox(cypher, settings.browserUrl)}
  </article>`;
  const target = wanted != null && el.querySelector(`[data-sentence="${wanted}"]`);
  if (target) target.scrollIntoView({block: 'center'});
}

/** The article as its sentences, a new paragraph where the text had a gap with a line break between them. */
function paragraphs(sentences, factsBySentence, wanted) {
  const out = [];
  let current = [];
  let end = null;
  for (const s of sentences) {
    if (end != null && s.start - end > 1 && current.length) {
      out.push(current);
      current = [];
    }
    current.push(s);
    end = s.end;
  }
  if (current.length) out.push(current);
  return out.map(p => `<p>${p.map(s => {
    const facts = factsBySentence.get(s.index) ?? [];
    return `<span class="sentence${facts.length ? ' states' : ''}${wanted === s.index ? ' wanted' : ''}"
      data-sentence="${s.index}">${markedText(s.text, s.mentions)}</span>`;
  }).join('')}</p>`).join('');
}

async function renderUpload(el, ctx) {
  const settings = await explorerSettings();
  if (!ctx.current()) return;
  el.innerHTML = `<section class="upload"><h1>${esc(t('upload.title'))}</h1>
    <form class="upload-form">
      <label>${esc(t('upload.file'))} <input type="file" name="file" accept=".txt,.md,.markdown,.html,.htm" required></label>
      ${tokenField(settings.writeTokenRequired)}
      <button type="submit">${esc(t('upload.go'))}</button>
    </form>
    <div class="upload-result" aria-live="polite"></div></section>`;
  const form = el.querySelector('.upload-form');
  const result = el.querySelector('.upload-result');
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const file = form.file.files[0];
    if (!file) return;
    const token = formToken(form);
    result.innerHTML = `<p role="status">${esc(t('upload.busy'))}</p>`;
    try {
      const loaded = await upload(file, token);
      const detail = await getJson(`/api/documents/${encodeURIComponent(loaded.documentId)}`);
      result.innerHTML = `<p class="done">${esc(t('upload.done', {outcome: loaded.outcome, entities: loaded.entities, facts: loaded.relations}))}</p>
        ${loaded.warnings?.length ? `<ul class="warnings">${loaded.warnings.map(w => `<li>${esc(w)}</li>`).join('')}</ul>` : ''}
        <p><a class="button" href="${documentHref(loaded.documentId)}">${esc(t('upload.open'))}</a></p>
        <ul class="doc-entities">${detail.entities.map(e => `<li>${entityLink(e.id, e.name, e.type)}</li>`).join('')}</ul>
        <ol class="doc-facts">${detail.facts.map(f => `<li>${entityLink(f.sourceId, f.source)} ${relationLabel(f.type)}
          ${entityLink(f.targetId, f.target)} ${amount(f)}</li>`).join('')}</ol>`;
    } catch (error) {
      result.innerHTML = `<p class="error" role="alert">${esc(t('error', {message: error.message}))}</p>`;
    }
  });
}
