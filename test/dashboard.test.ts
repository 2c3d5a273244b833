/** The dashboard at `/`: served same-origin and hidden from OpenAPI, and driven in headless Chromium against the real app on a port. */
import { existsSync } from 'node:fs'
import { chromium, type Browser, type Page } from 'playwright-core'
import supertest from 'supertest'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { buildTestApp, SEED_FILE } from './helpers.js'

const FIXTURES = [SEED_FILE, 'test/fixtures/zaporizhzhia-ceasefire-dailysabah-cnbc.txt', 'test/fixtures/un-news-brief-ukraine-migrants-brazil.txt']
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
// A developer machine without Chromium skips the browser part; CI must run it (.ci/run installs it).
const browserAvailable = existsSync(CHROMIUM) || Boolean(process.env.CI)
if (!browserAvailable) {
  console.warn(`dashboard browser tests SKIPPED: ${CHROMIUM} not found (apt-get install chromium, or set CHROMIUM_PATH); they always run when CI is set`)
}

// The test tsconfig has no DOM lib: these are the only page globals the browser checks read.
interface ChartLike {
  config: { type: string }
  data: { labels: string[]; datasets: { label: string; data: number[] }[] }
  getDatasetMeta(index: number): { data: { x: number; y: number }[] }
}
declare const window: { Chart: { getChart(canvas: unknown): ChartLike | undefined }; location: { search: string } }
declare const document: { querySelector(selector: string): { textContent: string | null } | null }

type Ctx = Awaited<ReturnType<typeof buildTestApp>>

describe('dashboard files', () => {
  let ctx: Ctx
  beforeAll(async () => {
    ctx = await buildTestApp([SEED_FILE])
  })
  afterAll(() => ctx.close())

  it('serves the page, its script and style, and chart.js under the API CSP', async () => {
    const page = await supertest(ctx.app.server).get('/').expect(200)
    expect(page.headers['content-type']).toMatch(/^text\/html/)
    expect(page.headers['content-security-policy']).toContain("script-src 'self'")
    expect(page.text).toContain('src="/vendor/chart.umd.js"')
    // No inline script: the CSP would block it.
    expect(page.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/)
    await supertest(ctx.app.server).get('/app.js').expect(200).expect('content-type', /javascript/)
    await supertest(ctx.app.server).get('/style.css').expect(200).expect('content-type', /text\/css/)
    const chart = await supertest(ctx.app.server).get('/vendor/chart.umd.js').expect(200)
    expect(chart.headers['content-type']).toMatch(/javascript/)
    expect(chart.text).toContain('Chart.js v4')
  })

  it('keeps problem+json 404s for unknown paths and serves nothing outside public/', async () => {
    for (const path of ['/nothing.html', '/v2/nothing', '/../package.json', '/vendor/chart.js', '/vendor/../package.json']) {
      const res = await supertest(ctx.app.server).get(path)
      expect(res.status, path).toBe(404)
      expect(res.headers['content-type'], path).toMatch(/^application\/problem\+json/)
    }
  })

  it('stays out of the OpenAPI document', async () => {
    const res = await supertest(ctx.app.server).get('/openapi.yaml').expect(200)
    const paths = Object.keys(parse(res.text).paths)
    expect(paths.filter((p) => !p.startsWith('/v1/') && p !== '/healthz')).toEqual([])
  })
})

describe.skipIf(!browserAvailable)('dashboard in headless Chromium', () => {
  let ctx: Ctx
  let browser: Browser
  let base: string
  let page: Page
  let problems: string[]

  beforeAll(async () => {
    ctx = await buildTestApp(FIXTURES)
    await ctx.app.listen({ port: 0, host: '127.0.0.1' })
    const address = ctx.app.server.address()
    if (!address || typeof address === 'string') throw new Error('the app is not listening on a port')
    base = `http://127.0.0.1:${address.port}`
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
    })
  })
  afterAll(async () => {
    await browser?.close()
    await ctx?.close()
  })

  /** A fresh tab on the dashboard, recording every console error, page error and failed request. */
  async function open(path = '/'): Promise<Page> {
    problems = []
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    // Fail a stuck wait well inside the test timeout, with Playwright's message saying what it waited for.
    page.setDefaultTimeout(8_000)
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`)
    })
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`))
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`)
    })
    await page.goto(base + path)
    await page.waitForSelector('body[data-ready="true"]')
    return page
  }
  afterEach(async () => {
    await page?.close()
    expect(problems).toEqual([])
  })

  const api = async (path: string) => (await supertest(ctx.app.server).get(path).expect(200)).body
  const chart = (p: Page, selector: string) =>
    p.evaluate((s) => {
      const c = window.Chart.getChart(document.querySelector(s))
      return c && { type: c.config.type, labels: c.data.labels, datasets: c.data.datasets.map((d) => ({ label: d.label, data: d.data })) }
    }, selector)
  const busy = (p: Page, selector: string) => p.waitForSelector(`${selector}[aria-busy="false"]`)
  const cells = (p: Page, column: number) => p.locator(`#claims-table tbody tr > :nth-child(${column})`).allTextContents()

  it('loads with no console error and charts the real figures', async () => {
    const p = await open()
    const stats = (await api('/v1/stats')).data
    expect(await p.locator('#stats').textContent()).toContain(`${stats.claims} figures`)

    // Bar chart: one bar per source, counts adding up to every claim.
    const bars = await chart(p, '#chart-sources')
    expect(bars?.type).toBe('bar')
    const counts = bars!.datasets[0]!.data
    expect(counts.reduce((a, b) => a + b, 0)).toBe(stats.claims)
    const ohchr = bars!.labels.indexOf((await api('/v1/organisations/ohchr')).data.name)
    expect(ohchr).toBeGreaterThanOrEqual(0)
    expect(counts[ohchr]).toBe((await api('/v1/claims?source=OHCHR&limit=1')).page.total)

    // Line chart: one line per category over the months, matching the killed-by-month summary.
    const lines = await chart(p, '#chart-months')
    expect(lines?.type).toBe('line')
    expect(lines!.labels).toEqual(['2026-01', '2026-02'])
    const killed = lines!.datasets.find((d) => d.label === 'killed')
    const summary: { key: string; count: number }[] = (await api('/v1/claims/summary?groupBy=month&category=killed')).data
    expect(killed!.data).toEqual(lines!.labels.map((m) => summary.filter((g) => g.key === m).reduce((n, g) => n + g.count, 0)))
    expect(lines!.datasets.flatMap((d) => d.data).reduce((a, b) => a + b, 0)).toBe(stats.claims)

    // The claims table starts on the first page of everything.
    expect(await p.locator('#claims-table tbody tr').count()).toBe(25)
    expect(await p.locator('#claim-status').textContent()).toBe(`Claims 1–25 of ${stats.claims}.`)
  })

  it('filters the claims table with the API parameters (category=killed), pages, and keeps the filter in the address', async () => {
    const p = await open()
    const before = await p.locator('#claims-table tbody tr').count()
    await p.selectOption('#claim-form [name=category]', 'killed')
    await p.click('#claim-form button[type=submit]')
    await p.waitForFunction(() => new URLSearchParams(window.location.search).get('category') === 'killed')
    await busy(p, '#claims')
    const total = (await api('/v1/claims?category=killed&limit=1')).page.total
    const categories = await cells(p, 4)
    expect(categories.length).toBe(total)
    expect(categories.length).toBeLessThan(before)
    expect(new Set(categories)).toEqual(new Set(['killed']))

    // Sorting is the API's sort: largest first.
    await p.selectOption('#claim-form [name=sort]', '-value')
    await p.click('#claim-form button[type=submit]')
    await p.waitForFunction(() => new URLSearchParams(window.location.search).get('sort') === '-value')
    await busy(p, '#claims')
    const values = (await cells(p, 2)).map((v) => Number(v.split('–')[0]!.replace(/,/g, '')))
    expect(values).toEqual([...values].sort((a, b) => b - a))

    // A reload of the filtered address shows the same rows.
    await p.reload()
    await p.waitForSelector('body[data-ready="true"]')
    expect(await p.inputValue('#claim-form [name=category]')).toBe('killed')
    expect((await cells(p, 4)).length).toBe(total)
  })

  it('pages through claims with page.nextCursor', async () => {
    const p = await open()
    const firstPage = await cells(p, 1)
    await p.click('#claims-next')
    await p.waitForFunction(() => /^Claims 26–/.test(String(document.querySelector('#claim-status')?.textContent)))
    const secondPage = await cells(p, 1)
    const expected = await api('/v1/claims?limit=50')
    expect(secondPage).toEqual(expected.data.slice(25, 25 + secondPage.length).map((c: { text: string }) => c.text))
    expect(secondPage).not.toEqual(firstPage)
    await p.click('#claims-prev')
    await p.waitForFunction(() => /^Claims 1–/.test(String(document.querySelector('#claim-status')?.textContent)))
    expect(await cells(p, 1)).toEqual(firstPage)
  })

  it("lists a source's figures when its bar is selected", async () => {
    const p = await open()
    const name = (await api('/v1/organisations/ohchr')).data.name
    // Where Chart.js drew the OHCHR bar, in canvas pixels.
    const bar = await p.evaluate((label) => {
      const c = window.Chart.getChart(document.querySelector('#chart-sources'))!
      return c.getDatasetMeta(0).data[c.data.labels.indexOf(label)]!
    }, name)
    const box = (await p.locator('#chart-sources').boundingBox())!
    await p.mouse.click(box.x + bar.x - 2, box.y + bar.y)
    await p.waitForFunction((n) => new URLSearchParams(window.location.search).get('source') === n, name)
    await busy(p, '#claims')
    expect(await p.inputValue('#claim-form [name=source]')).toBe(name)
    expect(new Set(await cells(p, 6))).toEqual(new Set([name]))
    expect((await cells(p, 6)).length).toBe((await api('/v1/claims?source=OHCHR&limit=1')).page.total)
  })

  it("links a claim to its sentence in the article, with the figure highlighted", async () => {
    const p = await open('/?source=OHCHR')
    const first = (await api('/v1/claims?source=OHCHR&limit=1')).data[0]
    await p.locator('#claims-table tbody tr').first().getByRole('link', { name: /in its article/ }).click()
    await p.waitForSelector('#article-view[open] mark.figure')
    expect(await p.locator('#article-view mark.figure').textContent()).toBe(first.text)
    // The highlighted sentence is the claim's sentence, the figure inside it.
    expect((await p.locator('#article-view .sentence, #article-view mark.figure').allTextContents()).join('')).toBe(first.sentence)
    const article = (await api(`/v1/articles/${first.articleId}`)).data
    expect(article.body.slice(first.start, first.end)).toBe(first.text)
    await p.keyboard.press('Escape')
    await p.waitForSelector('#article-view:not([open])', { state: 'attached' })
  })

  it("finds Matthias Schmale's quotes by speaker, and narrows them by words", async () => {
    const p = await open()
    const expected = await api('/v1/quotes?speaker=Schmale&limit=500')
    expect(expected.data.length).toBeGreaterThan(0)
    await p.fill('#quote-form [name=speaker]', 'Schmale')
    // The name suggestions come from /v1/people?q=.
    await p.waitForSelector('#people-list option[value="Matthias Schmale"]', { state: 'attached' })
    await Promise.all([p.waitForResponse((r) => r.url().includes('/v1/quotes?speaker=Schmale')), p.click('#quote-form button[type=submit]')])
    await busy(p, '#quote-list')
    const speakers = await p.locator('#quote-list .speaker').allTextContents()
    expect(speakers.length).toBe(Math.min(20, expected.data.length))
    expect(new Set(speakers)).toEqual(new Set(['Matthias Schmale']))
    expect(await p.locator('#quote-list blockquote').allTextContents()).toEqual(expected.data.slice(0, 20).map((q: { text: string }) => q.text))

    const word = 'humanitarian'
    const narrowed = await api(`/v1/quotes?speaker=Schmale&q=${word}&limit=500`)
    expect(narrowed.data.length).toBeGreaterThan(0)
    expect(narrowed.data.length).toBeLessThan(expected.data.length)
    await p.fill('#quote-form [name=q]', word)
    await Promise.all([p.waitForResponse((r) => r.url().includes(`q=${word}`)), p.click('#quote-form button[type=submit]')])
    await busy(p, '#quote-list')
    expect(await p.locator('#quote-list .speaker').count()).toBe(narrowed.data.length)
  })
})
