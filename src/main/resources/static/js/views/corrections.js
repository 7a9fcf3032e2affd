// The entity page's "Correct" panel: rename, merge into another entity (picked by a search), reject a fact
// (its button sits on the fact), and the corrections in force with an undo each. Every write says who and
// why and carries the write token of the upload form; a refusal (a problem detail) is shown as text.
import {getJson, sendJson} from '../api.js';
import {t} from '../i18n.js';
import {esc, typeBadge, tokenField, formToken} from '../ui.js';

/** The panel for one entity (detail: GET /api/entities/{id}). */
export function correctPanel(detail, writeTokenRequired) {
  return `<section class="correct" aria-labelledby="correct-title"><h2 id="correct-title">${esc(t('correct.title'))}</h2>
    <form class="correct-who filters">
      <label>${esc(t('correct.who'))} <input name="who" autocomplete="name" required
        value="${esc(localStorage.getItem('yrdkg.who') || '')}"></label>
      <label>${esc(t('correct.why'))} <input name="why" autocomplete="off"></label>
      ${tokenField(writeTokenRequired)}
    </form>
    <form class="correct-rename filters">
      <label>${esc(t('correct.newName'))} <input name="name" required autocomplete="off" value="${esc(detail.name)}"></label>
      <button type="submit">${esc(t('correct.rename'))}</button>
    </form>
    <form class="correct-merge filters" role="search">
      <label>${esc(t('correct.mergeInto'))} <input type="search" name="q" autocomplete="off"></label>
      <button type="submit">${esc(t('search.go'))}</button>
    </form>
    <div class="merge-targets"></div>
    <p class="correct-result" aria-live="polite"></p>
    ${correctionList(detail.corrections ?? [])}
  </section>`;
}

/** The reject button of one fact (fact: a row of GET /api/entities/{id}/relations). */
export function rejectButton(fact) {
  if (!fact.id || fact.origin === 'gazetteer') return '';
  const label = t('correct.rejectFact', {a: fact.source, rel: t(`fact.${fact.type}`), b: fact.target});
  return `<button type="button" class="reject" data-fact="${esc(fact.id)}" aria-label="${esc(label)}" title="${esc(label)}">`
    + `${esc(t('correct.reject'))}</button>`;
}

function correctionList(corrections) {
  if (!corrections.length) return `<p class="hint">${esc(t('correct.none'))}</p>`;
  return `<table class="corrections"><caption>${esc(t('correct.inForce'))}</caption>
    <thead><tr><th>${esc(t('correct.kind'))}</th><th>${esc(t('correct.who'))}</th><th>${esc(t('correct.when'))}</th>
      <th>${esc(t('correct.why'))}</th><th><span class="sr-only">${esc(t('correct.undo'))}</span></th></tr></thead>
    <tbody>${corrections.map(c => `<tr data-correction="${esc(c.id)}"><td class="kind" data-kind="${esc(c.kind)}">${esc(t(`kind.${c.kind}`))}</td><td>${esc(c.who)}</td>
      <td><time datetime="${esc(c.when)}">${esc(new Date(c.when).toLocaleString(t('locale')))}</time></td><td>${esc(c.why)}</td>
      <td><button type="button" class="undo" data-undo="${esc(c.id)}"
        aria-label="${esc(t('correct.undoOne', {kind: t(`kind.${c.kind}`), who: c.who}))}">${esc(t('correct.undo'))}</button></td></tr>`).join('')}
    </tbody></table>`;
}

/**
 * Wires the panel and the reject buttons of the entity page under el. refresh() renders the page again after a change;
 * a merge opens the target instead (the entity itself is gone).
 */
export function wireCorrections(el, detail, ctx, refresh) {
  const page = el.querySelector('article.entity'); // not el: the view's element outlives this page
  const panel = page.querySelector('.correct');
  const who = panel.querySelector('.correct-who');
  const result = panel.querySelector('.correct-result');
  const targets = panel.querySelector('.merge-targets');

  const correct = async (kind, args, then = refresh) => {
    if (!who.who.value.trim()) {
      result.innerHTML = `<span class="error" role="alert">${esc(t('correct.needWho'))}</span>`;
      who.who.focus();
      return;
    }
    localStorage.setItem('yrdkg.who', who.who.value.trim());
    await write(() => sendJson('POST', '/api/corrections',
      {kind, who: who.who.value.trim(), why: who.why.value.trim() || null, arguments: args}, formToken(who)), then);
  };
  const write = async (request, then) => {
    result.innerHTML = `<span role="status">${esc(t('loading'))}</span>`;
    try {
      await request();
    } catch (error) {
      result.innerHTML = `<span class="error" role="alert">${esc(t('error', {message: error.message}))}</span>`;
      return;
    }
    await then();
  };

  panel.querySelector('.correct-rename').addEventListener('submit', event => {
    event.preventDefault();
    correct('rename', {entity: detail.id, name: event.target.name.value.trim()});
  });
  panel.querySelector('.correct-merge').addEventListener('submit', async event => {
    event.preventDefault();
    const q = event.target.q.value.trim();
    if (!q) return;
    let found;
    try {
      found = (await getJson('/api/entities', {q, limit: 10})).results.filter(e => e.id !== detail.id);
    } catch (error) {
      targets.innerHTML = `<p class="error" role="alert">${esc(t('error', {message: error.message}))}</p>`;
      return;
    }
    targets.innerHTML = found.length ? `<ul class="merge-list">${found.map(e => `<li><button type="button" data-target="${esc(e.id)}"
        aria-label="${esc(t('correct.mergeOne', {a: detail.name, b: e.name}))}">${esc(t('correct.merge'))}</button>
        ${esc(e.name)} ${typeBadge(e.type)} <code>${esc(e.id)}</code></li>`).join('')}</ul>`
      : `<p class="hint">${esc(t('search.none', {q}))}</p>`;
  });
  targets.addEventListener('click', event => {
    const target = event.target.closest('button[data-target]')?.dataset.target;
    if (target) correct('merge', {source: detail.id, target}, () => ctx.go('entity', target));
  });
  page.addEventListener('click', event => {
    const fact = event.target.closest('button.reject')?.dataset.fact;
    if (fact) correct('reject', {fact});
    const undo = event.target.closest('button.undo')?.dataset.undo;
    if (undo) write(() => sendJson('DELETE', `/api/corrections/${encodeURIComponent(undo)}`, undefined, formToken(who)), refresh);
  });
}
