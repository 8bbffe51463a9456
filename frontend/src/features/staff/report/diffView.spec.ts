import { describe, expect, it } from 'vitest'
import type { DiffLine } from '@/api/report'
import { diffCounts, diffPieces, markerOf } from './diffView'

const same = (text: string): DiffLine => ({ kind: 'SAME', text })
const added = (text: string): DiffLine => ({ kind: 'ADDED', text })
const removed = (text: string): DiffLine => ({ kind: 'REMOVED', text })

/** Each piece as one short string: "+ 3 text" (marker, line number) or "… 4". */
function shown(lines: DiffLine[], context = 1): string[] {
  return diffPieces(lines, context).map((piece) =>
    piece.type === 'skipped'
      ? `… ${piece.count}`
      : `${piece.marker || ' '} ${piece.oldNumber ?? '-'}/${piece.newNumber ?? '-'} ${piece.text}`,
  )
}

describe('the lines of a comparison', () => {
  it.each([
    ['SAME', ''],
    ['ADDED', '+'],
    ['REMOVED', '−'],
  ] as const)('mark %s lines with %j', (kind, marker) => {
    expect(markerOf(kind)).toBe(marker)
  })

  it.each([
    ['nothing', [], []],
    ['only unchanged lines, folded', [same('a'), same('b'), same('c')], ['… 3']],
    [
      'a change with one line of context each side',
      [same('a'), same('b'), removed('c'), added('C'), same('d'), same('e')],
      ['… 1', '  2/2 b', '− 3/- c', '+ -/3 C', '  4/4 d', '… 1'],
    ],
    [
      'two changes close enough to share their context',
      [added('x'), same('a'), same('b'), removed('c')],
      ['+ -/1 x', '  1/2 a', '  2/3 b', '− 3/- c'],
    ],
    [
      'two changes far apart',
      [removed('x'), same('a'), same('b'), same('c'), same('d'), added('y')],
      ['− 1/- x', '  2/1 a', '… 2', '  5/4 d', '+ -/5 y'],
    ],
  ] as const)('show %s', (_, lines, expected) => {
    expect(shown([...lines])).toEqual(expected)
  })

  it('count what was added and removed', () => {
    expect(diffCounts([same('a'), added('b'), added('c'), removed('d')])).toEqual({
      added: 2,
      removed: 1,
    })
  })
})
