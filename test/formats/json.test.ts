/** JSON and JSON Lines records: fields, metadata normalisation, and per-record errors that name the record. */
import { describe, expect, it } from 'vitest'
import { InputFormatError, parseJsonDocument, parseJsonLines } from '../../src/formats/index.js'

const body = 'The agency said on Monday that 40 people were killed in the floods.'

describe('JSON records', () => {
  it('reads title, body or text, url, publishedAt and author', () => {
    const [a, b] = parseJsonDocument(
      JSON.stringify([
        { title: ' Floods  kill 40 ', body, url: 'https://news.example/a', publishedAt: '2026-03-03T22:10:00-05:00', author: 'Jane Roe' },
        { text: body, author: [{ '@type': 'Person', name: 'A. One' }, 'B. Two'], publishedAt: 'March 4, 2026' }
      ])
    )
    expect(a).toMatchObject({ text: body, single: true, label: 'record 1', known: { title: 'Floods kill 40', url: 'https://news.example/a', publishedAt: '2026-03-03', byline: 'Jane Roe' } })
    expect(b?.known).toEqual({ byline: 'A. One and B. Two', publishedAt: '2026-03-04' })
  })

  it('turns an HTML body into its text, keeping the record fields', () => {
    const [r] = parseJsonDocument(JSON.stringify({ title: 'T', body: `<p>${body}</p><p>Advertisement</p><p>It rained for a week.</p>` }))
    expect(r?.text).toBe(`${body}\n\nIt rained for a week.`)
    expect(r?.known.title).toBe('T')
  })

  it.each([
    ['[{"body":"x"},{"title":"no body"}]', 'record 2: body or text is required'],
    ['[{"body":"x"},{"body":"x"},{"body":42}]', 'record 3: body must be a string'],
    ['[1]', 'record 1: not a JSON object'],
    ['{"body":"x","url":"ftp://x"}', 'record 1: url is not a valid http(s) URL: "ftp://x"'],
    ['{"body":"x","publishedAt":"soon"}', 'record 1: publishedAt is not a date: "soon"'],
    ['{"body":"x","title":7}', 'record 1: title must be a string'],
    ['[]', 'the JSON array holds no records'],
    ['{"body": "x",\n "title": }', /^not valid JSON \((?:line 2, column 12|Unexpected token '}')\)$/]
  ] as const)('refuses %s with "%s"', (text, message) => {
    expect(() => parseJsonDocument(text)).toThrow(InputFormatError)
    expect(() => parseJsonDocument(text)).toThrow(typeof message === 'string' ? new InputFormatError(message) : message)
  })
})

describe('JSON Lines records', () => {
  it('numbers records by line and skips blank lines', () => {
    const records = parseJsonLines(`{"body":"a"}\n\n{"body":"b","title":"B"}\n`)
    expect(records.map((r) => [r.label, r.text, r.known.title])).toEqual([
      ['line 1', 'a', undefined],
      ['line 3', 'b', 'B']
    ])
  })

  it.each([
    ['{"body":"a"}\n{"body":"b"\n', 'line 2: not valid JSON'],
    ['{"body":"a"}\n{"text":""}\n', 'line 2: body or text is required'],
    ['\n\n', 'the JSON Lines file holds no records']
  ])('refuses %j with "%s"', (text, message) => {
    expect(() => parseJsonLines(text)).toThrow(new InputFormatError(message))
  })
})
