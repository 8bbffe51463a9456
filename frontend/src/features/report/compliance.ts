import type { LocationQuery } from 'vue-router'
import { ANNUAL_REPORT_KINDS } from '@/api/report'
import type {
  AgencyCompliance,
  AnnualReportKind,
  ReportObligation,
  ReportStanding,
} from '@/api/types'
import { FIRST_REPORT_YEAR, isReportYear, yearsNewestFirst } from './archiveQuery'

/** Worst first, as the board sorts its agencies. */
export const STANDINGS: readonly ReportStanding[] = ['MISSING', 'LATE', 'NOT_YET_DUE', 'ON_TIME']

/**
 * Reports about a year are published in the next, so the latest year worth a look is last year;
 * this year's would all be "not yet due".
 */
export const latestComplianceYear = (today: Date) => today.getFullYear() - 1

export const complianceYears = (today: Date) =>
  yearsNewestFirst(FIRST_REPORT_YEAR, latestComplianceYear(today))

/** The year the address asks for, or last year. */
export function readComplianceYear(query: LocationQuery, today: Date): number {
  const year = typeof query.year === 'string' ? query.year.trim() : ''
  return isReportYear(year) ? Number(year) : latestComplianceYear(today)
}

/** The agency's report of one kind; null only if the backend left it out. */
export function obligationOf(
  line: AgencyCompliance,
  kind: AnnualReportKind,
): ReportObligation | null {
  return line.reports.find((report) => report.kind === kind) ?? null
}

/** How many reports stand each way, over every agency and both kinds. */
export function countByStanding(lines: AgencyCompliance[]): Record<ReportStanding, number> {
  const counts: Record<ReportStanding, number> = { MISSING: 0, LATE: 0, NOT_YET_DUE: 0, ON_TIME: 0 }
  for (const line of lines) {
    for (const kind of ANNUAL_REPORT_KINDS) {
      const report = obligationOf(line, kind)
      if (report) counts[report.standing]++
    }
  }
  return counts
}
