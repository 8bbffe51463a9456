import { describe, expect, it } from 'vitest'
import { boardLocationQuery, readBoardQuery } from './boardQuery'

describe('the board query', () => {
  it('reads the words and the page from the address', () => {
    expect(readBoardQuery({ q: ' 噪音 扰民 ', page: '3' })).toEqual({ q: '噪音 扰民', page: 3 })
  })

  it('starts at the first page without words', () => {
    expect(readBoardQuery({})).toEqual({ q: undefined, page: 1 })
  })

  it.each([['0'], ['-2'], ['two'], ['1.5']])('reads page %s as the first', (page) => {
    expect(readBoardQuery({ page }).page).toBe(1)
  })

  it('keeps the page and the words within what the API takes', () => {
    expect(readBoardQuery({ page: '999999' }).page).toBe(10_001)
    expect(readBoardQuery({ q: '字'.repeat(150) }).q).toHaveLength(100)
  })

  it('ignores a repeated parameter rather than guessing', () => {
    expect(readBoardQuery({ q: ['a', 'b'] }).q).toBeUndefined()
  })

  it('leaves empty words and the first page out of the address', () => {
    expect(boardLocationQuery({ q: '  ', page: 1 })).toEqual({})
    expect(boardLocationQuery({ q: '路灯', page: 2 })).toEqual({ q: '路灯', page: '2' })
  })
})
