import { describe, expect, it } from 'vitest'
import type { StatisticsRow } from '@/api/disclosure'
import {
  completeCounts,
  countsFromRecords,
  differingCells,
  differs,
  standardRows,
  tableLines,
  type Counts,
} from './tableThree'

const ROWS = standardRows()

/** A table whose every row is zeros but those given; a row given as one number per column. */
function table(rows: Record<string, number[]>): Counts {
  return completeCounts(rows, ROWS)
}

/** Seven columns: the six kinds, then their total. */
const row = (...kinds: number[]) => [...kinds, kinds.reduce((a, b) => a + b, 0)]

describe('table 三 against the records', () => {
  const records: StatisticsRow[] = ROWS.map((line) =>
    line.key === 'RECEIVED' ? { ...line, counts: row(2, 1, 0, 0, 0, 0) } : line,
  )

  it('marks each cell that differs, and none once filled from the records', () => {
    const counts = table({ RECEIVED: row(2, 0, 0, 0, 0, 0) })
    expect(differs(counts, records, 'RECEIVED', 0)).toBe(false)
    expect(differs(counts, records, 'RECEIVED', 1)).toBe(true)
    expect(differs(counts, records, 'RECEIVED', 6)).toBe(true)
    expect(differs(counts, records, 'NO_SUCH_ROW', 0)).toBe(false)
    expect(differingCells(counts, records)).toBe(2)
    expect(differingCells({ ...counts, ...countsFromRecords(records) }, records)).toBe(0)
  })

  it('fills missing rows with zeros and keeps the draft’s own', () => {
    const counts = completeCounts({ RECEIVED: [1, 2] }, ROWS)
    expect(counts.RECEIVED).toEqual([1, 2, 0, 0, 0, 0, 0])
    expect(counts.CARRIED_FORWARD).toEqual([0, 0, 0, 0, 0, 0, 0])
    expect(Object.keys(counts)).toHaveLength(ROWS.length)
  })
})

describe('table 三 lines', () => {
  it('head 三 once, head each group of several rows, and number its rows', () => {
    const lines = tableLines(ROWS)
    const shown = lines.map((line) =>
      line.kind === 'heading' ? `# ${line.id}` : `${line.key}${line.item ? ` ${line.item}` : ''}`,
    )
    expect(shown.slice(0, 8)).toEqual([
      'RECEIVED',
      'CARRIED_OVER',
      '# OUTCOMES',
      'DISCLOSED',
      'PARTLY_DISCLOSED',
      '# WITHHELD',
      'WITHHELD_STATE_SECRET 1',
      'WITHHELD_PROHIBITED_BY_LAW 2',
    ])
    expect(shown.slice(-6)).toEqual([
      '# OTHER',
      'OTHER_NO_CORRECTION 1',
      'OTHER_FEE_UNPAID 2',
      'OTHER 3',
      'ANSWERED_TOTAL',
      'CARRIED_FORWARD',
    ])
    expect(lines.filter((line) => line.kind === 'heading')).toHaveLength(5)
  })
})
