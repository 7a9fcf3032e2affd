// UI text in Chinese (default) and English. t('key', {name: value}) fills {name} placeholders.
const TEXT = {
  zh: {
    brand: '长三角合作图谱', skip: '跳到内容',
    'search.label': '搜索实体', 'search.placeholder': '地名、园区、企业…（简繁皆可，如 闵行、閔行、長三角）',
    'search.go': '搜索', 'search.anyType': '全部类型',
    'search.results': '“{q}” 的结果：{count} 个', 'search.none': '没有找到 “{q}”。',
    'search.searched': '按简体 “{s}” 查询',
    'nav.search': '搜索', 'nav.investments': '投资', 'nav.path': '路径', 'nav.documents': '文档', 'nav.upload': '上传',
    'lang.switch': 'English',
    'home.title': '长三角一体化合作知识图谱',
    'home.intro': '从新闻和政府公告中抽取的地区、园区、企业与它们之间的合作、投资和隶属关系。每条事实都附有原文句子。',
    'home.try': '试试：', 'home.stats': '图谱中有 {entities} 个实体、{facts} 条事实、{documents} 篇文档。',
    'col.name': '名称', 'col.type': '类型', 'col.parent': '上级', 'col.facts': '事实', 'col.mentions': '提及',
    'col.investor': '投资方', 'col.target': '投资对象', 'col.amount': '金额', 'col.project': '项目', 'col.date': '日期',
    'col.evidence': '依据', 'col.document': '文档', 'col.title': '标题', 'col.published': '发布日期', 'col.chars': '字数',
    'fact.COOPERATES_WITH': '合作', 'fact.INVESTS_IN': '投资', 'fact.LOCATED_IN': '位于',
    'fact.count': '合作 {c} · 投资 {i} · 隶属 {l}',
    'type.Region': '区域', 'type.Province': '省级', 'type.City': '市', 'type.District': '区县', 'type.Town': '乡镇街道',
    'type.Park': '园区', 'type.Company': '企业', 'type.Platform': '平台', 'type.Organization': '机构',
    'entity.aliases': '别名', 'entity.code': '代码', 'entity.parents': '上级链', 'entity.mentions': '被提及 {m} 次，出现在 {d} 篇文档中',
    'entity.facts': '事实', 'entity.noFacts': '还没有关于它的事实。', 'entity.graph': '关系图',
    'entity.investments': '投资', 'entity.investTotal': '合计 {total}',
    'entity.stated': '{m} 句 · {d} 篇', 'entity.official': '官方区划', 'entity.more': '另有 {n} 条未显示',
    'dir.out': '→', 'dir.in': '←',
    'graph.title': '{name} 的关系图', 'graph.depth': '深度', 'graph.relations': '关系', 'graph.types': '实体类型',
    'graph.hideHubs': '隐藏省级枢纽', 'graph.layout': '重新布局', 'graph.expand': '展开',
    'graph.hint': '点击节点查看，双击展开；点击连线查看依据。', 'graph.counts': '{n} 个节点，{e} 条边',
    'graph.truncated': '（已截断）', 'graph.edge': '{a} {rel} {b}', 'graph.open': '打开 {name}', 'graph.alt': '{name} 的关系网络图',
    'doc.title': '文档', 'doc.text': '正文', 'doc.facts': '本文支持的事实', 'doc.entities': '提及的实体',
    'doc.file': '文件 {name}', 'doc.none': '还没有文档。', 'doc.prev': '上一页', 'doc.next': '下一页',
    'doc.page': '第 {p} / {n} 页', 'doc.legend': '图例',
    'upload.title': '上传文章', 'upload.file': '文件（.txt、.md、.html）', 'upload.token': '写入令牌（若服务设置了）',
    'upload.go': '上传并抽取', 'upload.done': '{outcome}：{entities} 个实体，{facts} 条事实', 'upload.open': '打开文档',
    'upload.busy': '正在抽取…',
    'inv.title': '投资', 'inv.target': '投资对象（含其下辖）', 'inv.source': '投资方', 'inv.min': '最低金额（亿元）',
    'inv.from': '起始年份', 'inv.to': '截止年份', 'inv.go': '筛选', 'inv.csv': '下载 CSV',
    'inv.total': '{count} 笔投资，合计 {total}', 'inv.shown': '本页 {n} 笔，合计 {total}', 'inv.chart': '按投资对象汇总', 'inv.chartInvestors': '按投资方汇总',
    'inv.none': '没有符合条件的投资。',
    'path.title': '路径', 'path.from': '从', 'path.to': '到', 'path.hops': '最多跳数', 'path.go': '查找',
    'path.none': '在 {hops} 跳之内没有找到路径。', 'path.found': '{n} 跳',
    'cypher.open': '在 Neo4j Browser 中打开', 'cypher.show': '对应的 Cypher',
    'kind.merge': '合并', 'kind.split': '拆分', 'kind.rename': '改名', 'kind.retype': '改类型', 'kind.add-alias': '加别名',
    'kind.remove-alias': '删别名', 'kind.reject': '否决', 'kind.confirm': '确认',
    'correct.title': '纠错', 'correct.who': '署名', 'correct.why': '理由', 'correct.newName': '新名称', 'correct.rename': '改名',
    'correct.mergeInto': '合并到另一个实体（搜索）', 'correct.merge': '合并到此', 'correct.mergeOne': '把 {a} 合并到 {b}',
    'correct.reject': '否决', 'correct.rejectFact': '否决事实：{a} {rel} {b}', 'correct.none': '还没有纠错。',
    'correct.inForce': '生效中的纠错', 'correct.kind': '类型', 'correct.when': '时间', 'correct.undo': '撤销',
    'correct.undoOne': '撤销 {who} 的 {kind}', 'correct.needWho': '请先填写署名。', locale: 'zh-CN',
    loading: '加载中…', error: '出错了：{message}', notFound: '找不到该页面。',
    yuan: '元', yi: '亿元', wan: '万元',
  },
  en: {
    brand: 'YRD Cooperation Graph', skip: 'Skip to content',
    'search.label': 'Search entities', 'search.placeholder': 'Place, park, company… (Simplified or Traditional, e.g. 闵行, 閔行, 長三角)',
    'search.go': 'Search', 'search.anyType': 'All types',
    'search.results': '{count} results for “{q}”', 'search.none': 'Nothing found for “{q}”.',
    'search.searched': 'searched as Simplified “{s}”',
    'nav.search': 'Search', 'nav.investments': 'Investments', 'nav.path': 'Paths', 'nav.documents': 'Documents', 'nav.upload': 'Upload',
    'lang.switch': '中文',
    'home.title': 'Yangtze River Delta cooperation knowledge graph',
    'home.intro': 'Regions, parks, companies and how they cooperate, invest and belong together, extracted from news and government releases. Every fact comes with the sentences that state it.',
    'home.try': 'Try: ', 'home.stats': 'The graph holds {entities} entities, {facts} facts and {documents} documents.',
    'col.name': 'Name', 'col.type': 'Type', 'col.parent': 'Parent', 'col.facts': 'Facts', 'col.mentions': 'Mentions',
    'col.investor': 'Investor', 'col.target': 'Target', 'col.amount': 'Amount', 'col.project': 'Project', 'col.date': 'Date',
    'col.evidence': 'Evidence', 'col.document': 'Document', 'col.title': 'Title', 'col.published': 'Published', 'col.chars': 'Characters',
    'fact.COOPERATES_WITH': 'cooperates with', 'fact.INVESTS_IN': 'invests in', 'fact.LOCATED_IN': 'located in',
    'fact.count': 'cooperation {c} · investment {i} · located {l}',
    'type.Region': 'Region', 'type.Province': 'Province', 'type.City': 'City', 'type.District': 'District', 'type.Town': 'Town',
    'type.Park': 'Park', 'type.Company': 'Company', 'type.Platform': 'Platform', 'type.Organization': 'Organisation',
    'entity.aliases': 'Aliases', 'entity.code': 'Code', 'entity.parents': 'Parent chain', 'entity.mentions': 'Mentioned {m} times in {d} documents',
    'entity.facts': 'Facts', 'entity.noFacts': 'No facts about it yet.', 'entity.graph': 'Graph',
    'entity.investments': 'Investments', 'entity.investTotal': 'Total {total}',
    'entity.stated': '{m} sentences · {d} documents', 'entity.official': 'official division', 'entity.more': '{n} more not shown',
    'dir.out': '→', 'dir.in': '←',
    'graph.title': 'Graph around {name}', 'graph.depth': 'Depth', 'graph.relations': 'Relations', 'graph.types': 'Entity types',
    'graph.hideHubs': 'Hide provinces (hubs)', 'graph.layout': 'Lay out again', 'graph.expand': 'Expand',
    'graph.hint': 'Click a node to open it, double-click to expand; click an edge for its evidence.', 'graph.counts': '{n} nodes, {e} edges',
    'graph.truncated': ' (truncated)', 'graph.edge': '{a} {rel} {b}', 'graph.open': 'Open {name}', 'graph.alt': 'Network of {name}',
    'doc.title': 'Documents', 'doc.text': 'Text', 'doc.facts': 'Facts this article supports', 'doc.entities': 'Entities mentioned',
    'doc.file': 'File {name}', 'doc.none': 'No documents yet.', 'doc.prev': 'Previous', 'doc.next': 'Next',
    'doc.page': 'Page {p} of {n}', 'doc.legend': 'Legend',
    'upload.title': 'Upload an article', 'upload.file': 'File (.txt, .md, .html)', 'upload.token': 'Write token (if the service has one)',
    'upload.go': 'Upload and extract', 'upload.done': '{outcome}: {entities} entities, {facts} facts', 'upload.open': 'Open the document',
    'upload.busy': 'Extracting…',
    'inv.title': 'Investments', 'inv.target': 'Target (and everything in it)', 'inv.source': 'Investor', 'inv.min': 'Minimum (100 million yuan)',
    'inv.from': 'From year', 'inv.to': 'To year', 'inv.go': 'Filter', 'inv.csv': 'Download CSV',
    'inv.total': '{count} investments, {total} in all', 'inv.shown': '{n} on this page, {total}', 'inv.chart': 'Totals by target', 'inv.chartInvestors': 'Totals by investor',
    'inv.none': 'No investment matches.',
    'path.title': 'Paths', 'path.from': 'From', 'path.to': 'To', 'path.hops': 'Hops at most', 'path.go': 'Find',
    'path.none': 'No path within {hops} hops.', 'path.found': '{n} hops',
    'cypher.open': 'Open in Neo4j Browser', 'cypher.show': 'The Cypher',
    'kind.merge': 'merge', 'kind.split': 'split', 'kind.rename': 'rename', 'kind.retype': 'retype', 'kind.add-alias': 'add alias',
    'kind.remove-alias': 'remove alias', 'kind.reject': 'reject', 'kind.confirm': 'confirm',
    'correct.title': 'Correct', 'correct.who': 'Who', 'correct.why': 'Why', 'correct.newName': 'New name', 'correct.rename': 'Rename',
    'correct.mergeInto': 'Merge into another entity (search)', 'correct.merge': 'Merge into this', 'correct.mergeOne': 'Merge {a} into {b}',
    'correct.reject': 'Reject', 'correct.rejectFact': 'Reject the fact: {a} {rel} {b}', 'correct.none': 'No corrections yet.',
    'correct.inForce': 'Corrections in force', 'correct.kind': 'Kind', 'correct.when': 'When', 'correct.undo': 'Undo',
    'correct.undoOne': 'Undo the {kind} by {who}', 'correct.needWho': 'Say who you are first.', locale: 'en',
    loading: 'Loading…', error: 'Something went wrong: {message}', notFound: 'No such page.',
    yuan: 'yuan', yi: '100 million yuan', wan: '10 thousand yuan',
  },
};

let lang = localStorage.getItem('yrdkg.lang') === 'en' ? 'en' : 'zh';

export function language() {
  return lang;
}

export function setLanguage(value) {
  lang = value === 'en' ? 'en' : 'zh';
  localStorage.setItem('yrdkg.lang', lang);
  document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
}

export function t(key, values = {}) {
  const text = TEXT[lang][key] ?? TEXT.zh[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => (values[name] ?? ''));
}

/** Fills the static parts of the page: data-i18n (text), data-i18n-placeholder, data-i18n-label (aria-label). */
export function translateStatic(root = document) {
  root.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n); });
  root.querySelectorAll('[data-i18n-placeholder]').forEach(el => { el.placeholder = t(el.dataset.i18nPlaceholder); });
  root.querySelectorAll('[data-i18n-label]').forEach(el => { el.setAttribute('aria-label', t(el.dataset.i18nLabel)); });
}

/** Yuan as a person reads it: 亿元 / 万元 in Chinese, millions / billions in English. */
export function money(yuan) {
  if (yuan == null) return '';
  const n = Number(yuan);
  if (lang === 'zh') {
    if (n >= 1e8) return `${trim(n / 1e8)} 亿元`;
    if (n >= 1e4) return `${trim(n / 1e4)} 万元`;
    return `${n} 元`;
  }
  if (n >= 1e9) return `${trim(n / 1e9)} billion yuan`;
  if (n >= 1e6) return `${trim(n / 1e6)} million yuan`;
  return `${n.toLocaleString('en')} yuan`;
}

function trim(x) {
  return Number(x.toFixed(2)).toLocaleString(lang === 'en' ? 'en' : 'zh-CN');
}
