import type { OgiTables, RemedyCounts } from '@/api/report'
import { treePaths, type FlatSection } from './sectionTree'

/** The pure parts of the report editor: the OGI tables' shape, field addresses, the preview. */

const issued = () => ({ issued: 0, repealed: 0, inForce: 0 })
const remedy = (): RemedyCounts => ({ upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 })

export const REMEDY_GROUPS = [
  'reconsideration',
  'directLitigation',
  'litigationAfterReconsideration',
] as const
export type RemedyGroup = (typeof REMEDY_GROUPS)[number]
/** The four results of 表四; 总计 is their sum. */
export const REMEDY_PARTS = ['upheld', 'corrected', 'other', 'pending'] as const

export const ISSUED_ROWS = ['regulations', 'normativeDocuments'] as const
export const ISSUED_COLUMNS = ['issued', 'repealed', 'inForce'] as const
export const DECISION_ROWS = ['licensing', 'penalties', 'enforcement'] as const

export function emptyOgi(): OgiTables {
  return {
    proactive: {
      regulations: issued(),
      normativeDocuments: issued(),
      licensing: { decisions: 0 },
      penalties: { decisions: 0 },
      enforcement: { decisions: 0 },
      fees: { amount: 0 },
    },
    requests: {},
    remedies: {
      reconsideration: remedy(),
      directLitigation: remedy(),
      litigationAfterReconsideration: remedy(),
    },
  }
}

/** The draft's tables with every number present (a template may leave parts out). */
export function completeOgi(ogi: Partial<OgiTables> | null | undefined): OgiTables {
  const empty = emptyOgi()
  const proactive = { ...empty.proactive, ...(ogi?.proactive ?? {}) }
  const remedies = { ...empty.remedies, ...(ogi?.remedies ?? {}) }
  return {
    proactive: {
      regulations: { ...empty.proactive.regulations, ...proactive.regulations },
      normativeDocuments: {
        ...empty.proactive.normativeDocuments,
        ...proactive.normativeDocuments,
      },
      licensing: { ...empty.proactive.licensing, ...proactive.licensing },
      penalties: { ...empty.proactive.penalties, ...proactive.penalties },
      enforcement: { ...empty.proactive.enforcement, ...proactive.enforcement },
      fees: { ...empty.proactive.fees, ...proactive.fees },
    },
    requests: Object.fromEntries(
      Object.entries(ogi?.requests ?? {}).map(([key, counts]) => [key, [...counts]]),
    ),
    remedies: {
      reconsideration: { ...empty.remedies.reconsideration, ...remedies.reconsideration },
      directLitigation: { ...empty.remedies.directLitigation, ...remedies.directLitigation },
      litigationAfterReconsideration: {
        ...empty.remedies.litigationAfterReconsideration,
        ...remedies.litigationAfterReconsideration,
      },
    },
  }
}

/** 总计 of a row of 表四: the four results added up. */
export function remedyTotal(counts: RemedyCounts): number {
  return REMEDY_PARTS.reduce(
    (sum, part) => sum + (Number.isFinite(counts[part]) ? counts[part] : 0),
    0,
  )
}

const isCount = (value: unknown) =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0
const isAmount = (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0

/** Reads what was typed in a number cell: a count, or an amount with decimals; null if neither. */
export function parseNumber(text: string, decimal = false): number | null {
  const trimmed = text.trim().replace(/[，,]/g, '')
  const pattern = decimal ? /^\d+(\.\d{1,4})?$/ : /^\d+$/
  if (!pattern.test(trimmed)) return null
  const value = Number(trimmed)
  return Number.isFinite(value) && value <= 1e12 ? value : null
}

/** The API paths of numbers that are not counts (or, for fees, not an amount). */
export function invalidNumbers(ogi: OgiTables): string[] {
  const found: string[] = []
  const check = (path: string, value: unknown, ok = isCount) => {
    if (!ok(value)) found.push(`content.ogi.${path}`)
  }
  for (const row of ISSUED_ROWS) {
    for (const column of ISSUED_COLUMNS)
      check(`proactive.${row}.${column}`, ogi.proactive[row][column])
  }
  for (const row of DECISION_ROWS) check(`proactive.${row}.decisions`, ogi.proactive[row].decisions)
  check('proactive.fees.amount', ogi.proactive.fees.amount, isAmount)
  for (const [key, counts] of Object.entries(ogi.requests)) {
    counts.forEach((value, column) => check(`requests.${key}[${column}]`, value))
  }
  for (const group of REMEDY_GROUPS) {
    for (const part of REMEDY_PARTS) check(`remedies.${group}.${part}`, ogi.remedies[group][part])
  }
  return found
}

// ---------------------------------------------------------------- field addresses

/** What part of the page a field problem of the API is about. */
export interface FieldPlace {
  /** The element the error summary's link moves focus to. */
  id: string
  /** title, preamble, correctionNote, a section's field, or ogi.proactive/requests/remedies. */
  part: string
  /** The flat row of a section's field. */
  section?: number
}

function tokens(path: string): (string | number)[] {
  const found: (string | number)[] = []
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) found.push(Number(match[2]))
    else if (/^\d+$/.test(match[1]!)) found.push(Number(match[1]))
    else found.push(match[1]!)
  }
  return found
}

const FIRST_COLUMN: Record<string, string> = {
  regulations: 'issued',
  normativeDocuments: 'issued',
  licensing: 'decisions',
  penalties: 'decisions',
  enforcement: 'decisions',
  fees: 'amount',
}

export const sectionFieldId = (key: string, field: string) => `section-${key}-${field}`

/**
 * Where a problem the API names (`content.sections[0].children[1].heading`,
 * `content.ogi.remedies.reconsideration.total`, `correctionNote`) is shown on the page.
 */
export function placeOf(path: string, flat: readonly FlatSection[]): FieldPlace | null {
  const parts = tokens(path)
  if (parts[0] === 'content') parts.shift()
  const [first] = parts
  if (first === 'title') return { id: 'report-title', part: 'title' }
  if (first === 'preamble') return { id: 'report-preamble', part: 'preamble' }
  if (first === 'correctionNote') return { id: 'report-correctionNote', part: 'correctionNote' }
  if (first === 'sections') {
    const wanted: number[] = []
    let field = 'heading'
    for (let i = 1; i < parts.length; i++) {
      const part = parts[i]!
      if (typeof part === 'number') wanted.push(part)
      else if (part !== 'children') {
        field = part
        break
      }
    }
    if (wanted.length === 0) return null
    const index = treePaths(flat).findIndex((p) => p.join('.') === wanted.join('.'))
    if (index < 0) return null
    const known = ['label', 'heading', 'runIn', 'body'].includes(field) ? field : 'heading'
    return { id: sectionFieldId(flat[index]!.key, known), part: known, section: index }
  }
  if (first === 'ogi') {
    const table = parts[1]
    if (table === 'proactive') {
      const row = String(parts[2] ?? 'regulations')
      const column = parts[3] ?? FIRST_COLUMN[row] ?? 'issued'
      return { id: `ogi-proactive-${row}-${column}`, part: 'ogi.proactive' }
    }
    if (table === 'requests') {
      const id =
        parts[2] !== undefined
          ? `ogi-requests-${parts[2]}-${typeof parts[3] === 'number' ? parts[3] : 0}`
          : 'ogi-requests'
      return { id, part: 'ogi.requests' }
    }
    if (table === 'remedies') {
      const group = parts[2]
      // 总计 is worked out, not typed: a problem with it is fixed in the results before it.
      const column = parts[3] && parts[3] !== 'total' ? parts[3] : 'upheld'
      return {
        id: group ? `ogi-remedies-${group}-${column}` : 'ogi-remedies',
        part: 'ogi.remedies',
      }
    }
    return { id: 'ogi-requests', part: 'ogi.requests' }
  }
  return null
}

// ---------------------------------------------------------------- whole-report preview

/** Escapes what Markdown would read as markup in a label or heading. */
export function escapeInline(text: string): string {
  return text.replace(/([\\`*_[\]<>#|~!])/g, '\\$1')
}

const TRAILING_PUNCTUATION = /[。．.，,、；;：:！!？?]+$/

/**
 * A run-in heading in bold before its paragraph. Its closing punctuation goes after the bold:
 * CommonMark does not close `**` after punctuation when a Chinese character follows.
 */
export function runInHeading(label: string, heading: string): string {
  const text = `${label}${heading}`.trim()
  const punctuation = TRAILING_PUNCTUATION.exec(text)?.[0] ?? ''
  const words = text.slice(0, text.length - punctuation.length)
  return words ? `**${escapeInline(words)}**${escapeInline(punctuation)}` : escapeInline(text)
}

/** The whole report as one Markdown text, for a preview of everything at once. */
export function reportMarkdown(preamble: string, flat: readonly FlatSection[]): string {
  const blocks: string[] = []
  if (preamble.trim()) blocks.push(preamble.trim())
  for (const row of flat) {
    const body = row.body.trim()
    if (row.runIn) {
      blocks.push(`${runInHeading(row.label, row.heading)}${body}`)
    } else {
      const level = '#'.repeat(Math.min(row.depth + 3, 6))
      const title = `${row.label}${row.heading}`.trim()
      if (title) blocks.push(`${level} ${escapeInline(title)}`)
      if (body) blocks.push(body)
    }
  }
  return blocks.join('\n\n')
}
