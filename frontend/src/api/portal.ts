import { request, isNotFound } from './http'
import type {
  Agency,
  AgencyKind,
  ComplianceBoard,
  AgencyDetail,
  CalendarYear,
  DeadlineAnswer,
  Me,
  PendingYear,
  ReportHits,
  ReportKind,
  ReportPage,
  ReportStanding,
  Site,
  SpanAnswer,
} from './types'

export const fetchSite = () => request<Site>('/api/site')

export const fetchMe = () => request<Me>('/api/me')

export const fetchAgencies = () => request<Agency[]>('/api/agencies')

export const fetchAgency = (code: string) =>
  request<AgencyDetail>(`/api/agencies/${encodeURIComponent(code)}`)

/** Ends the session; the backend answers 204 and clears its cookies. */
export const logOut = () => request<void>('/logout', { method: 'POST' })

/** The n-th working day after a date (periods count from the next day). */
export const addWorkingDays = (from: string, add: number) =>
  request<DeadlineAnswer>('/api/calendar/working-days', { query: { from, add } })

/** How many working days lie in (from, to]. */
export const countWorkingDays = (from: string, to: string) =>
  request<SpanAnswer>('/api/calendar/working-days', { query: { from, to } })

/** Every year entered in the working-day calendar, with its holidays. */
export const fetchCalendarYears = () => request<CalendarYear[]>('/api/calendar/years')

/** The first year not entered in the calendar, and whether its entry is due now. */
export const fetchPendingYear = () => request<PendingYear>('/api/calendar/pending-year')

export interface ReportFilter {
  agency?: string
  year?: number
  kind?: ReportKind
  /** 0-based. */
  page?: number
  size?: number
}

/**
 * Published reports. Until the report service answers, "none published" is the honest answer,
 * so a 404 reads as an empty page.
 */
export async function fetchReports(filter: ReportFilter = {}): Promise<ReportPage> {
  try {
    return await request<ReportPage>('/api/reports', { query: { ...filter } })
  } catch (error) {
    if (isNotFound(error)) return { items: [], page: 0, size: filter.size ?? 0, total: 0 }
    throw error
  }
}

export async function searchReports(q: string): Promise<ReportHits> {
  try {
    return await request<ReportHits>('/api/reports/search', { query: { q } })
  } catch (error) {
    if (isNotFound(error)) return { items: [], total: 0 }
    throw error
  }
}

/**
 * For reports about one year (without one, the year the portal chooses), the annual reports counted
 * by standing and the agencies asked for, worst first: the whole board in one call.
 */
export const fetchReportCompliance = (query: {
  year?: number
  standing?: ReportStanding
  agencyKind?: AgencyKind
}) => request<ComplianceBoard>('/api/reports/compliance', { query })
