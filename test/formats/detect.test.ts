/** Format detection: content wins when it is unambiguous (a .txt holding HTML), the extension decides otherwise. */
import { describe, expect, it } from 'vitest'
import { detectFormat, formatFromName, sniffFormat } from '../../src/formats/index.js'

describe('detectFormat', () => {
  it.each([
    ['story.txt', 'By Jane Roe\nGENEVA (IPS) - The agency said.', 'text'],
    ['story.txt', '<!DOCTYPE html><html><body><p>Hi</p></body></html>', 'html'],
    ['story.txt', '  \n<html lang="en"><head><title>x</title></head></html>', 'html'],
    ['page.html', 'no tags at all, but the name says HTML', 'html'],
    ['page.HTM.gz', '<p>x</p>', 'html'],
    ['feed', '{"title":"a","body":"b"}\n{"title":"c","body":"d"}\n', 'jsonl'],
    ['feed', '{"title":"a","body":"b"}', 'json'],
    ['feed', '[{"title":"a","body":"b"}]', 'json'],
    ['one.jsonl', '{"title":"a","body":"b"}', 'jsonl'],
    ['many.json', '{"body":"b"}\n{"body":"c"}', 'jsonl'],
    ['feed.json', '{\n  "title": "pretty printed",\n  "body": "text"\n}\n', 'json'],
    ['broken.json', '{"title": "a", "body": ', 'json'],
    ['notes.txt', '[Photo: Reuters] The minister said on Monday that talks would resume.', 'text'],
    ['notes.txt', '{curly} text that only starts with a brace.', 'text'],
    ['fragment', '<div class="story"><p>One.</p><p>Two.</p><p>Three.</p><p>Four.</p><br></div>', 'html'],
    ['README', 'Plain words.', 'text']
  ])('%s holding %j is %s', (name, text, format) => {
    expect(detectFormat(name, text)).toBe(format)
  })

  it('reads the format from the name under .gz', () => {
    expect(formatFromName('a/b/feed.jsonl.gz')).toBe('jsonl')
    expect(formatFromName('x.ndjson')).toBe('jsonl')
    expect(formatFromName('x.gz')).toBeNull()
    expect(sniffFormat('just text')).toBeNull()
  })
})
