import { describe, expect, it } from 'vitest'
import { authorName } from '../../src/formats/meta.js'

describe('author names from page metadata and JSON fields', () => {
  it.each([
    ['Detroit News wire services Published 11:11 PM EST Nov 19, 2019', 'Detroit News wire services'],
    ['Associated Press November 19, 2019, 9:02 AM', 'Associated Press'],
    ['Jane Doe | 19 November 2019', 'Jane Doe'],
    ['By TOM KRISHER, AP Auto Writer', 'TOM KRISHER, AP Auto Writer'],
    ['by jdadmin', 'jdadmin'],
    ['Bylines Ltd', 'Bylines Ltd'],
    ['Mayday Parker', 'Mayday Parker'],
    ['Published 3 May 2019', null],
    ['https://example.com/staff/jane', null]
  ])('reads %j as %j', (line, name) => {
    expect(authorName(line)).toBe(name)
  })

  it('joins several authors with "and", each tidied', () => {
    expect(authorName(['By Ana Swanson', { name: 'Alan Rappeport' }, 'By Ana Swanson'])).toBe('Ana Swanson and Alan Rappeport')
  })
})
