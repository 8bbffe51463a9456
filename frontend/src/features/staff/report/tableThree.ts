import { APPLICANT_KINDS, DISCLOSURE_OUTCOMES, type StatisticsRow } from '@/api/disclosure'
import { groupOf } from '@/features/disclosure/states'

/**
 * Table 三 of the open-government-information report (收到和处理政府信息公开申请情况): its rows
 * come from GET /api/disclosure/statistics, in the printed order, and the report keeps the
 * numbers the agency enters, seven per row (six applicant kinds, then the total). Only how the
 * table is laid out and compared with the records lives here: its check is the backend's
 * (useTableThreeCheck).
 */

export const COLUMNS = [...APPLICANT_KINDS, 'TOTAL'] as const
export const COLUMN_COUNT = COLUMNS.length

export const RECEIVED = 'RECEIVED'
export const CARRIED_OVER = 'CARRIED_OVER'
export const ANSWERED_TOTAL = 'ANSWERED_TOTAL'
export const CARRIED_FORWARD = 'CARRIED_FORWARD'

export type Counts = Record<string, number[]>

/** The rows in the national format's order, for when the statistics cannot be fetched. */
export function standardRows(): StatisticsRow[] {
  const zero = () => Array<number>(COLUMN_COUNT).fill(0)
  return [
    { key: RECEIVED, group: null, label: '', counts: zero() },
    { key: CARRIED_OVER, group: null, label: '', counts: zero() },
    ...DISCLOSURE_OUTCOMES.map((outcome) => ({
      key: outcome,
      group: groupOf(outcome),
      label: '',
      counts: zero(),
    })),
    { key: ANSWERED_TOTAL, group: null, label: '', counts: zero() },
    { key: CARRIED_FORWARD, group: null, label: '', counts: zero() },
  ]
}

/** One line of the table as shown: a group's heading, or a row of numbers. */
export type TableLine =
  | { kind: 'heading'; id: string; group: string | null }
  | { kind: 'row'; key: string; group: string | null; item: number; indent: number }

/**
 * The lines in order: 三's heading before its first outcome; a group of several outcomes gets
 * its own heading and numbers its rows 1. 2. …; a group of one row is that row (item 0).
 */
export function tableLines(rows: readonly StatisticsRow[]): TableLine[] {
  const sizes = new Map<string, number>()
  for (const row of rows) if (row.group) sizes.set(row.group, (sizes.get(row.group) ?? 0) + 1)
  const lines: TableLine[] = []
  let outcomesStarted = false
  let currentGroup: string | null = null
  let item = 0
  for (const row of rows) {
    if (row.group && !outcomesStarted) {
      outcomesStarted = true
      lines.push({ kind: 'heading', id: 'OUTCOMES', group: null })
    }
    if (!row.group) {
      lines.push({ kind: 'row', key: row.key, group: null, item: 0, indent: 0 })
      continue
    }
    const several = (sizes.get(row.group) ?? 0) > 1
    if (row.group !== currentGroup) {
      currentGroup = row.group
      item = 0
      if (several) lines.push({ kind: 'heading', id: row.group, group: row.group })
    }
    item += 1
    lines.push({
      kind: 'row',
      key: row.key,
      group: row.group,
      item: several ? item : 0,
      indent: several ? 2 : 1,
    })
  }
  return lines
}

/** The draft's counts for every row the table has, zeros for rows it lacks. */
export function completeCounts(counts: Counts | undefined, rows: readonly StatisticsRow[]): Counts {
  const complete: Counts = {}
  for (const [key, values] of Object.entries(counts ?? {})) complete[key] = [...values]
  for (const row of rows) {
    const values = complete[row.key] ?? []
    complete[row.key] = Array.from({ length: COLUMN_COUNT }, (_, column) => values[column] ?? 0)
  }
  return complete
}

/** The counts from the records, as a new value for the draft's table 三. */
export function countsFromRecords(rows: readonly StatisticsRow[]): Counts {
  return Object.fromEntries(rows.map((row) => [row.key, [...row.counts]]))
}

/** Whether a cell differs from the records (false when the records do not have that row). */
export function differs(
  counts: Counts,
  rows: readonly StatisticsRow[],
  key: string,
  column: number,
): boolean {
  const record = rows.find((row) => row.key === key)
  if (!record) return false
  return (counts[key]?.[column] ?? 0) !== (record.counts[column] ?? 0)
}

export function differingCells(counts: Counts, rows: readonly StatisticsRow[]): number {
  let n = 0
  for (const row of rows) {
    for (let column = 0; column < COLUMN_COUNT; column++) {
      if (differs(counts, rows, row.key, column)) n++
    }
  }
  return n
}
