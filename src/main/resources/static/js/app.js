// The explorer: a hash router over the views, the search box in the header and the language switch.
import {t, setLanguage, language, translateStatic} from './i18n.js';
import {ENTITY_TYPES, esc, errorHtml, loadingHtml} from './ui.js';
import * as home from './views/home.js';
import * as search from './views/search.js';
import * as entity from './views/entity.js';
import * as graph from './views/graph.js';
import * as documents from './views/documents.js';
import * as investments from './views/investments.js';
import * as path from './views/path.js';

const ROUTES = {
  '': home, search, entity, graph, document: documents, documents, upload: documents, investments, path,
};

const view = document.getElementById('view');
let rendering = 0;

/** '#/entity/310112?depth=2' → {name: 'entity', id: '310112', params: URLSearchParams} */
export function currentRoute() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [pathPart, query = ''] = hash.split('?');
  const [name = '', ...rest] = pathPart.split('/');
  return {name, id: rest.length ? decodeURIComponent(rest.join('/')) : null, params: new URLSearchParams(query)};
}

export function go(name, id, params = {}) {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== '' && v != null)).toString();
  location.hash = `#/${name}${id != null ? '/' + encodeURIComponent(id) : ''}${query ? '?' + query : ''}`;
}

async function render() {
  const route = currentRoute();
  const module = ROUTES[route.name];
  const ticket = ++rendering;
  document.querySelectorAll('nav a').forEach(a => a.classList.toggle('active', a.dataset.route === route.name));
  if (route.name !== 'search') { // the box shows the search on its own view only
    document.getElementById('q').value = '';
    document.getElementById('type').value = '';
  }
  if (!module) {
    view.innerHTML = `<p class="error">${esc(t('notFound'))}</p>`;
    return;
  }
  view.innerHTML = loadingHtml();
  const started = performance.now();
  try {
    await module.render(view, route, {current: () => ticket === rendering, go});
    if (ticket === rendering) {
      view.dataset.rendered = route.name;
      view.dataset.renderMs = String(Math.round(performance.now() - started));
      // the first view's time from navigation start, for the page tests' log
      view.dataset.firstViewMs ??= String(Math.round(performance.now()));
    }
  } catch (error) {
    if (ticket === rendering) view.innerHTML = errorHtml(error);
  }
}

function setUpHeader() {
  const form = document.getElementById('search-form');
  const typeSelect = document.getElementById('type');
  typeSelect.innerHTML = `<option value="">${esc(t('search.anyType'))}</option>`
    + ENTITY_TYPES.map(type => `<option value="${type}">${esc(t(`type.${type}`))}</option>`).join('');
  form.addEventListener('submit', event => {
    event.preventDefault();
    const q = document.getElementById('q').value.trim();
    if (q) go('search', null, {q, type: typeSelect.value});
  });
  document.getElementById('lang').addEventListener('click', () => {
    setLanguage(language() === 'zh' ? 'en' : 'zh');
    refreshStatic();
    render();
  });
}

function refreshStatic() {
  translateStatic();
  document.title = t('brand');
  const typeSelect = document.getElementById('type');
  const selected = typeSelect.value;
  [...typeSelect.options].forEach(o => { o.textContent = o.value ? t(`type.${o.value}`) : t('search.anyType'); });
  typeSelect.value = selected;
  document.getElementById('lang').textContent = t('lang.switch');
}

// the skip link moves the focus to the content without changing the route (the hash is the route)
document.querySelector('.skip').addEventListener('click', event => {
  event.preventDefault();
  view.focus();
});

setLanguage(language());
setUpHeader();
refreshStatic();
window.addEventListener('hashchange', render);
render();
