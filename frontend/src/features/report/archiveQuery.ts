import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import { REPORT_KINDS } from '@/api/report'
import type { ReportFilter } from '@/api/portal'
import type { ReportKind } from '@/api/types'

/** The first year whose reports the portal holds. */
export const FIRST_REPORT_YEAR = 2019
export const ARCHIVE_PAGE_SIZE = 20

/** The archive's filter as the address carries it; `page` counts from 1, as readers do. */
export interface ArchiveQuery {
  agency?: string
  year?: number
  kind?: ReportKind
  page: number
}

/** The API's own limits: a value past them would only earn a 400, so it is left out instead. */
const AGENCY_CODE = /^[a-z0-9-]{2,40}$/
const MAX_PAGE = 10_001

const one = (value: LocationQuery[string] | undefined) =>
  typeof value === 'string' ? value.trim() : ''

export function isReportYear(value: string): boolean {
  const year = Number(value)
  return /^\d{4}$/.test(value) && year >= 2000 && year <= 2100
}

/** Reads the address; a value that makes no sense is ignored rather than shown as an error. */
export function readArchiveQuery(query: LocationQuery): ArchiveQuery {
  const agency = one(query.agency)
  const year = one(query.year)
  const kind = one(query.kind)
  const page = one(query.page)
  return {
    agency: AGENCY_CODE.test(agency) ? agency : undefined,
    year: isReportYear(year) ? Number(year) : undefined,
    kind: (REPORT_KINDS as readonly string[]).includes(kind) ? (kind as ReportKind) : undefined,
    page: /^\d+$/.test(page) ? Math.min(Math.max(1, Number(page)), MAX_PAGE) : 1,
  }
}

/** The address for a filter: empty filters and page 1 are left out, so links stay short. */
export function archiveLocationQuery(query: ArchiveQuery): LocationQueryRaw {
  const raw: LocationQueryRaw = {}
  if (query.agency) raw.agency = query.agency
  if (query.year) raw.year = String(query.year)
  if (query.kind) raw.kind = query.kind
  if (query.page > 1) raw.page = String(query.page)
  return raw
}

/** What the API is asked: its pages count from 0. */
export function toReportFilter(query: ArchiveQuery): ReportFilter {
  return {
    agency: query.agency,
    year: query.year,
    kind: query.kind,
    page: query.page - 1,
    size: ARCHIVE_PAGE_SIZE,
  }
}

export const isFiltered = (query: ArchiveQuery) => !!(query.agency || query.year || query.kind)

/** How many pages `total` items fill; an empty list still has its one (empty) page. */
export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / Math.max(1, size)))
}

/** The years from `last` back to `first`, newest first. */
export function yearsNewestFirst(first: number, last: number): number[] {
  const years: number[] = []
  for (let year = last; year >= first; year--) years.push(year)
  return years
}
