import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import { ANNUAL_REPORT_KINDS } from '@/api/report'
import type {
  AgencyCompliance,
  AgencyKind,
  AnnualReportKind,
  ReportObligation,
  ReportStanding,
} from '@/api/types'
import { FIRST_REPORT_YEAR, isReportYear, yearsNewestFirst } from './archiveQuery'

/** Worst first, as the board sorts its agencies and counts its reports. */
export const STANDINGS: readonly ReportStanding[] = ['MISSING', 'LATE', 'NOT_YET_DUE', 'ON_TIME']

/** Governments from the top down, then their departments, as the directory lists them. */
export const AGENCY_KINDS: readonly AgencyKind[] = [
  'PROVINCE_GOVERNMENT',
  'CITY_GOVERNMENT',
  'COUNTY_GOVERNMENT',
  'DISTRICT_GOVERNMENT',
  'DEPARTMENT',
]

/**
 * The board as the address asks for it. Without a year the portal chooses (the latest year whose
 * deadlines have come) and says which; a value that makes no sense is left out, not sent.
 */
export interface ComplianceQuery {
  year?: number
  standing?: ReportStanding
  agencyKind?: AgencyKind
}

const one = (value: LocationQuery[string] | undefined) =>
  typeof value === 'string' ? value.trim() : ''

const oneOf = <T extends string>(values: readonly T[], value: string): T | undefined =>
  (values as readonly string[]).includes(value) ? (value as T) : undefined

export function readComplianceQuery(query: LocationQuery): ComplianceQuery {
  const year = one(query.year)
  return {
    year: isReportYear(year) ? Number(year) : undefined,
    standing: oneOf(STANDINGS, one(query.standing)),
    agencyKind: oneOf(AGENCY_KINDS, one(query.agencyKind)),
  }
}

/** The address of a board: only what was chosen, so that the plain address stays the default. */
export function complianceQuery(choice: {
  year: string
  standing: string
  agencyKind: string
}): LocationQueryRaw {
  const query: LocationQueryRaw = {}
  if (choice.year) query.year = choice.year
  if (choice.standing) query.standing = choice.standing
  if (choice.agencyKind) query.agencyKind = choice.agencyKind
  return query
}

/** The years to choose from: the newest the portal offers back to the first, and the one shown. */
export function complianceYears(latest: number, shown?: number): number[] {
  const years = yearsNewestFirst(FIRST_REPORT_YEAR, latest)
  if (shown !== undefined && !years.includes(shown)) years.push(shown)
  return years.sort((a, b) => b - a)
}

/** A bar's length: its share of the largest count, so the longest bar fills the row. */
export function barShare(count: number, counts: readonly number[]): number {
  const largest = Math.max(0, ...counts)
  return largest === 0 ? 0 : Math.round((count / largest) * 100)
}

/** The agency's report of one kind; null only if the backend left it out. */
export function obligationOf(
  line: AgencyCompliance,
  kind: AnnualReportKind,
): ReportObligation | null {
  return line.reports.find((report) => report.kind === kind) ?? null
}

export const reportsOf = (line: AgencyCompliance) =>
  ANNUAL_REPORT_KINDS.map((kind) => ({ kind, report: obligationOf(line, kind) }))
