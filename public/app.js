// The dashboard's behaviour: charts, quote browser, claim table and article view, all read from the public /v1 API.

/** Chart.js is loaded by a classic deferred script (the UMD build), which runs before this module. */
const Chart = window.Chart

const numberFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 2 })
// Okabe–Ito colours (colour-blind safe) with its pale yellow swapped for olive, which shows on white.
const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#999933', '#7f7f7f', '#8c564b']
const NO_SOURCE = 'Stated by the article itself'

const $ = (selector) => {
  const el = document.querySelector(selector)
  if (!el) throw new Error(`missing element ${selector}`)
  return el
}

/** Creates an element with text content (never HTML: every string here comes from news text). */
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag)
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue
    if (key === 'class') node.className = value
    else node.setAttribute(key, value === true ? '' : String(value))
  }
  for (const child of children) if (child !== undefined && child !== null) node.append(child)
  return node
}

/** An API failure with the problem+json body, so forms can mark the parameter at fault. */
class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail ?? `the API answered ${status}`)
    this.status = status
    this.problem = problem
  }
}

/** GET a /v1 path with query parameters (empty values dropped) and return the parsed JSON. */
async function api(path, params = {}) {
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '') query.set(key, String(value))
  const url = query.size ? `${path}?${query}` : path
  const res = await fetch(url, { headers: { accept: 'application/json' } })
  const body = await res.json().catch(() => null)
  if (!res.ok) throw new ApiError(res.status, body)
  return body
}

function showGlobalError(err) {
  const box = $('#global-error')
  box.textContent = `Could not load data: ${err.message}`
  box.hidden = false
}

/** Counts can be added across units (unlike values), so one number per key. */
function countsByKey(rows) {
  const counts = new Map()
  for (const row of rows) {
    const entry = counts.get(row.key) ?? { key: row.key, label: row.label ?? row.key, count: 0 }
    entry.count += row.count
    counts.set(row.key, entry)
  }
  return [...counts.values()]
}

function fillTable(table, head, rows) {
  if (head) table.tHead.replaceChildren(el('tr', {}, ...head.map((h, i) => el('th', { scope: 'col', class: i ? 'num' : undefined }, h))))
  table.tBodies[0].replaceChildren(
    ...rows.map((cells) => el('tr', {}, el('th', { scope: 'row' }, cells[0]), ...cells.slice(1).map((c) => el('td', { class: 'num' }, c))))
  )
}

// ---------------------------------------------------------------------------------------------
// Charts

async function loadSourcesChart(onSelectSource) {
  const section = $('#sources')
  const { data } = await api('/v1/claims/summary', { groupBy: 'source' })
  const groups = countsByKey(data).sort((a, b) => b.count - a.count || String(a.label).localeCompare(String(b.label)))
  const labels = groups.map((g) => g.label ?? NO_SOURCE)
  // Horizontal bars, one row each, so long organisation names stay readable on a phone.
  $('#sources-box').style.height = `${Math.max(220, groups.length * 26 + 60)}px`
  new Chart($('#chart-sources'), {
    type: 'bar',
    data: { labels, datasets: [{ label: 'Figures', data: groups.map((g) => g.count), backgroundColor: PALETTE[0] }] },
    options: {
      indexAxis: 'y',
      maintainAspectRatio: false,
      plugins: { legend: { display: false } },
      scales: { x: { beginAtZero: true, ticks: { precision: 0 } }, y: { ticks: { autoSkip: false } } },
      onClick: (_event, elements) => {
        const group = groups[elements[0]?.index ?? -1]
        if (group?.key) onSelectSource(group.label)
      }
    }
  })
  fillTable($('#sources-data'), null, groups.map((g, i) => [labels[i], String(g.count)]))
  section.setAttribute('aria-busy', 'false')
  return groups
}

async function loadTrendChart(categories) {
  const section = $('#trend')
  // One summary per category: groupBy=month with the category filter, as a third-party chart would.
  const perCategory = await Promise.all(
    categories.map(async (category) => ({ category, rows: countsByKey((await api('/v1/claims/summary', { groupBy: 'month', category })).data) }))
  )
  const months = [...new Set(perCategory.flatMap((c) => c.rows.map((r) => r.key)).filter(Boolean))].sort()
  const series = perCategory.map(({ category, rows }) => ({
    category,
    counts: months.map((m) => rows.find((r) => r.key === m)?.count ?? 0)
  }))
  new Chart($('#chart-months'), {
    type: 'line',
    data: {
      labels: months,
      datasets: series.map((s, i) => ({
        label: s.category,
        data: s.counts,
        borderColor: PALETTE[i % PALETTE.length],
        backgroundColor: PALETTE[i % PALETTE.length],
        tension: 0.2
      }))
    },
    options: {
      maintainAspectRatio: false,
      interaction: { mode: 'index', intersect: false },
      scales: { y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'figures' } } }
    }
  })
  fillTable($('#months-data'), ['Category', ...months], series.map((s) => [s.category, ...s.counts.map(String)]))
  section.setAttribute('aria-busy', 'false')
}

// ---------------------------------------------------------------------------------------------
// Article view: the sentence in its article, with the figure or quote highlighted

const claimCache = new Map()

function contextLink(item, label) {
  const params = new URLSearchParams({ article: item.articleId, start: String(item.start), end: String(item.end) })
  if (item.id?.startsWith('c_')) params.set('claim', item.id)
  return el('a', { href: `#${params}`, 'aria-label': `${label} in its article` }, 'in context')
}

/** Finds where the claim's sentence sits in the body: the occurrence that contains the figure. */
function sentenceSpan(body, sentence, start, end) {
  if (!sentence) return null
  for (let at = body.indexOf(sentence); at !== -1; at = body.indexOf(sentence, at + 1)) {
    if (at <= start && at + sentence.length >= end) return [at, at + sentence.length]
  }
  return null
}

/**
 * The body as paragraphs, with the sentence and the figure wrapped. Built from offsets into the
 * unchanged body text, so what is highlighted is exactly body.slice(start, end).
 */
function renderBody(body, sentence, figure) {
  const paragraphs = []
  let from = 0
  for (const line of body.split('\n')) {
    const to = from + line.length
    if (line.trim()) {
      const cuts = [...new Set([from, to, ...sentence, ...figure].filter((x) => x >= from && x <= to))].sort((a, b) => a - b)
      const p = el('p')
      for (let i = 1; i < cuts.length; i++) {
        const [a, b] = [cuts[i - 1], cuts[i]]
        const text = body.slice(a, b)
        if (a >= figure[0] && b <= figure[1]) p.append(el('mark', { class: 'figure' }, text))
        else if (a >= sentence[0] && b <= sentence[1]) p.append(el('span', { class: 'sentence' }, text))
        else p.append(text)
      }
      paragraphs.push(p)
    }
    from = to + 1
  }
  return paragraphs
}

async function findClaim(articleId, claimId) {
  if (claimCache.has(claimId)) return claimCache.get(claimId)
  const { data } = await api('/v1/claims', { articleId, limit: 500 })
  for (const c of data) claimCache.set(c.id, c)
  return claimCache.get(claimId) ?? null
}

async function openArticle(params) {
  const dialog = $('#article-view')
  const bodyBox = $('#article-body')
  const status = $('#article-status')
  const articleId = params.get('article')
  const start = Number(params.get('start'))
  const end = Number(params.get('end'))
  $('#article-title').textContent = 'Article'
  $('#article-meta').textContent = ''
  bodyBox.replaceChildren()
  status.textContent = 'Loading the article…'
  if (!dialog.open) dialog.showModal()
  try {
    const claimId = params.get('claim')
    const [{ data: article }, claim] = await Promise.all([
      api(`/v1/articles/${encodeURIComponent(articleId)}`),
      claimId ? findClaim(articleId, claimId) : null
    ])
    const body = article.body
    $('#article-title').textContent = article.title ?? 'Untitled article'
    $('#article-meta').textContent = [article.byline && `By ${article.byline}`, article.agency, article.dateline, article.publishedAt].filter(Boolean).join(' · ')
    const validSpan = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= body.length && start < end
    if (!validSpan) {
      bodyBox.append(...renderBody(body, [], []))
      status.textContent = ''
      return
    }
    const sentence = sentenceSpan(body, claim?.sentence, start, end) ?? [start, end]
    bodyBox.append(...renderBody(body, sentence, [start, end]))
    status.textContent = claim ? `Figure “${claim.text}” (${claim.subject}) highlighted.` : 'Quote highlighted.'
    bodyBox.querySelector('mark')?.scrollIntoView({ block: 'center' })
  } catch (err) {
    status.textContent = `Could not load the article: ${err.message}`
  }
}

function setupArticleView() {
  const dialog = $('#article-view')
  const route = () => {
    const params = new URLSearchParams(location.hash.slice(1))
    if (params.get('article')) openArticle(params)
    else if (dialog.open) dialog.close()
  }
  // Closing (button or Escape) drops the hash, so Back and reload do not reopen it.
  dialog.addEventListener('close', () => {
    if (location.hash.includes('article=')) history.replaceState(null, '', location.pathname + location.search)
  })
  window.addEventListener('hashchange', route)
  route()
}

// ---------------------------------------------------------------------------------------------
// Quotes

function setupQuotes() {
  const form = $('#quote-form')
  const list = $('#quote-list')
  const status = $('#quote-status')
  const more = $('#quote-more')
  const people = $('#people-list')
  let cursor = null
  let shown = 0
  let latest = 0

  async function load(append) {
    const params = { ...Object.fromEntries(new FormData(form)), limit: 20, cursor: append ? cursor : undefined }
    // With no filter at all, the newest quotes are the useful default.
    if (!params.speaker && !params.q) params.sort = '-publishedAt'
    const ticket = ++latest
    status.textContent = 'Loading quotes…'
    list.setAttribute('aria-busy', 'true')
    try {
      const { data, page } = await api('/v1/quotes', params)
      if (ticket !== latest) return
      if (!append) {
        list.replaceChildren()
        shown = 0
      }
      for (const quote of data) {
        const speaker = quote.speaker?.name ?? 'Unknown speaker'
        list.append(
          el(
            'li',
            { class: 'quote' },
            el('blockquote', {}, el('p', {}, quote.text)),
            el('p', { class: 'meta' }, el('span', { class: 'speaker' }, speaker), ` · ${quote.kind} · ${quote.publishedAt ?? 'undated'} · `, contextLink(quote, `Quote by ${speaker}`))
          )
        )
      }
      shown += data.length
      cursor = page.nextCursor
      more.hidden = !cursor
      status.textContent = page.total ? `Showing ${shown} of ${page.total}${page.totalExact ? '' : '+'} quotes.` : 'No quotes match.'
    } catch (err) {
      if (ticket === latest) status.textContent = `Could not load quotes: ${err.message}`
    } finally {
      if (ticket === latest) list.setAttribute('aria-busy', 'false')
    }
  }

  // Name suggestions from /v1/people?q= (a prefix search), refreshed as the user types.
  let pending
  form.elements.speaker.addEventListener('input', () => {
    clearTimeout(pending)
    const prefix = form.elements.speaker.value.trim()
    if (prefix.length < 2) return
    pending = setTimeout(async () => {
      try {
        const { data } = await api('/v1/people', { q: prefix, limit: 10 })
        people.replaceChildren(...data.map((p) => el('option', { value: p.name })))
      } catch {
        // Suggestions are a convenience; the search itself reports errors.
      }
    }, 200)
  })
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    load(false)
  })
  more.addEventListener('click', () => load(true))
  return load(false)
}

// ---------------------------------------------------------------------------------------------
// Claims table

function setupClaims() {
  const form = $('#claim-form')
  const tbody = $('#claims-table').tBodies[0]
  const status = $('#claim-status')
  const prev = $('#claims-prev')
  const next = $('#claims-next')
  const csv = $('#claims-csv')
  // Cursors of the pages before the current one, so Previous can walk back.
  let cursors = []
  let current
  let nextCursor = null
  // Only the latest request may fill the table: an older answer arriving late is dropped.
  let latest = 0

  /** The form's fields are named after the API's parameters, so the query is the form. */
  const filters = () => Object.fromEntries([...new FormData(form)].filter(([, v]) => String(v).trim() !== ''))

  function fromAddress() {
    const query = new URLSearchParams(location.search)
    for (const field of form.elements) if (field.name && query.has(field.name)) field.value = query.get(field.name)
  }

  function markInvalid(err) {
    for (const field of form.elements) field.removeAttribute?.('aria-invalid')
    for (const e of err?.problem?.errors ?? []) form.elements[e.parameter]?.setAttribute('aria-invalid', 'true')
  }

  function row(claim) {
    claimCache.set(claim.id, claim)
    const value = claim.valueMax === null ? numberFormat.format(claim.value) : `${numberFormat.format(claim.value)}–${numberFormat.format(claim.valueMax)}`
    return el(
      'tr',
      { 'data-category': claim.category },
      el('th', { scope: 'row' }, claim.text),
      el('td', { class: 'num' }, value),
      el('td', {}, claim.unit ?? ''),
      el('td', { class: 'category' }, claim.category),
      el('td', {}, claim.subject),
      el('td', {}, claim.source?.name ?? '—'),
      el('td', { class: 'nowrap' }, claim.publishedAt ?? ''),
      el('td', {}, contextLink(claim, `Figure ${claim.text}`))
    )
  }

  async function load(cursor) {
    const params = filters()
    const ticket = ++latest
    status.textContent = 'Loading claims…'
    $('#claims').setAttribute('aria-busy', 'true')
    try {
      const { data, page } = await api('/v1/claims', { ...params, cursor })
      if (ticket !== latest) return
      markInvalid(null)
      current = cursor
      nextCursor = page.nextCursor
      tbody.replaceChildren(...data.map(row))
      if (!data.length) tbody.append(el('tr', {}, el('td', { colspan: 8, class: 'empty' }, 'No claims match these filters.')))
      const first = cursors.length * Number(page.limit) + 1
      status.textContent = page.total ? `Claims ${first}–${first + data.length - 1} of ${page.total}${page.totalExact ? '' : '+'}.` : 'No claims match.'
      prev.disabled = cursors.length === 0
      next.disabled = !nextCursor
      const { limit, ...csvParams } = params
      csv.href = `/v1/claims?${new URLSearchParams({ ...csvParams, format: 'csv' })}`
    } catch (err) {
      if (ticket !== latest) return
      markInvalid(err)
      status.textContent = `Could not load claims: ${err.message}`
    } finally {
      if (ticket === latest) $('#claims').setAttribute('aria-busy', 'false')
    }
  }

  function apply() {
    cursors = []
    const query = new URLSearchParams(filters())
    history.replaceState(null, '', `${location.pathname}${query.size ? `?${query}` : ''}${location.hash}`)
    return load(undefined)
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault()
    apply()
  })
  // Reset clears the fields after this event, so re-query on the next tick.
  form.addEventListener('reset', () => setTimeout(apply))
  next.addEventListener('click', () => {
    if (!nextCursor) return
    cursors.push(current)
    load(nextCursor)
  })
  prev.addEventListener('click', () => load(cursors.pop()))

  fromAddress()
  return {
    load: () => load(undefined),
    /** Options that exist in the data, so a filter never offers an empty choice. */
    setChoices({ categories, units, qualifiers }) {
      const fill = (select, values) => {
        const chosen = new URLSearchParams(location.search).get(select.name) ?? select.value
        select.replaceChildren(el('option', { value: '' }, 'any'), ...values.map((v) => el('option', { value: v }, v)))
        select.value = values.includes(chosen) ? chosen : ''
      }
      fill(form.elements.category, categories)
      fill(form.elements.unit, units)
      fill(form.elements.qualifier, qualifiers)
    },
    setSources(names) {
      $('#source-list').replaceChildren(...names.map((name) => el('option', { value: name })))
    },
    /** A click on a bar: that source's figures, other filters cleared (page size kept). */
    filterBySource(name) {
      for (const field of form.elements) if (field.name && field.name !== 'limit') field.value = ''
      form.elements.source.value = name
      apply()
      $('#claims').scrollIntoView({ behavior: 'smooth' })
    }
  }
}

// ---------------------------------------------------------------------------------------------

async function main() {
  setupArticleView()
  const claims = setupClaims()
  const quotesLoaded = setupQuotes()
  try {
    const [stats, ...groupings] = await Promise.all([
      api('/v1/stats'),
      ...['category', 'unit', 'qualifier'].map((groupBy) => api('/v1/claims/summary', { groupBy }))
    ])
    const s = stats.data
    $('#stats').textContent = `${s.articles} articles · ${s.claims} figures · ${s.quotes} quotes · ${s.people} people · ${s.organisations} organisations${s.firstPublished ? ` · ${s.firstPublished} to ${s.lastPublished}` : ''}`
    const [categories, units, qualifiers] = groupings.map((g) => [...new Set(g.data.map((row) => row.key).filter(Boolean))])
    // The filter choices must exist before the first query, so a category in the address applies.
    claims.setChoices({ categories, units, qualifiers })
    const [sourceGroups] = await Promise.all([
      loadSourcesChart((name) => claims.filterBySource(name)),
      loadTrendChart(categories),
      claims.load(),
      quotesLoaded
    ])
    claims.setSources(sourceGroups.filter((g) => g.key).map((g) => g.label))
    document.body.dataset.ready = 'true'
  } catch (err) {
    showGlobalError(err)
  }
}

main()
