/** Shapes of the portal's API, as the backend sends them. */

export type AgencyKind =
  | 'PROVINCE_GOVERNMENT'
  | 'CITY_GOVERNMENT'
  | 'COUNTY_GOVERNMENT'
  | 'DISTRICT_GOVERNMENT'
  | 'DEPARTMENT'

export interface Agency {
  id: string
  code: string
  name: string
  shortName: string | null
  kind: AgencyKind
  parentId: string | null
  regionCode: string | null
  address: string | null
  postalCode: string | null
  phone: string | null
  email: string | null
  website: string | null
  officeHours: string | null
}

export interface AgencyDetail extends Agency {
  parent: Agency | null
  children: Agency[]
}

export interface Site {
  siteName: string
  siteCode: string
  contactPhone: string
  contactEmail: string
}

export type Role =
  | 'CITIZEN'
  | 'ENTERPRISE_REPRESENTATIVE'
  | 'DISCLOSURE_OFFICER'
  | 'OGI_OFFICE_HEAD'
  | 'HOTLINE_DISPATCHER'
  | 'DEPARTMENT_HANDLER'
  | 'REPORT_EDITOR'
  | 'REPORT_PUBLISHER'
  | 'SYSTEM_ADMINISTRATOR'
  | 'SECURITY_AUDITOR'

export interface RoleGrant {
  role: Role
  agencyId: string | null
  agencyName: string | null
}

export interface Me {
  subject: string
  displayName: string
  roles: RoleGrant[]
}

export interface DeadlineAnswer {
  from: string
  add: number
  date: string
  fromIsWorkingDay: boolean
  /** Counted on a year whose holiday arrangement is not entered yet (预计). */
  provisional: boolean
}

export interface SpanAnswer {
  from: string
  to: string
  workingDays: number
  /** Counted on a year whose holiday arrangement is not entered yet (预计). */
  provisional: boolean
}

/**
 * The two annual reports the law requires (年度报告), and the rule-of-law plans (法治政府建设规划方案)
 * published beside them, which are not annual reports and owe no deadline.
 */
export type ReportKind = 'RULE_OF_LAW' | 'OPEN_GOVERNMENT_INFORMATION' | 'RULE_OF_LAW_PLAN'

/** The kinds the law requires every year, by a deadline. */
export type AnnualReportKind = Exclude<ReportKind, 'RULE_OF_LAW_PLAN'>

export interface ReportSummary {
  id: string
  agencyCode: string
  agencyName: string
  year: number
  kind: ReportKind
  title: string
  publishedAt: string
  url: string
}

export interface ReportPage {
  items: ReportSummary[]
  page: number
  size: number
  total: number
}

export interface ReportHit {
  id: string
  title: string
  agencyName: string
  year: number
  kind: ReportKind
  url: string
  snippet: string
}

export interface ReportHits {
  items: ReportHit[]
  total: number
}

/** Where one annual report stands against its legal deadline, worst first. */
export type ReportStanding = 'MISSING' | 'LATE' | 'NOT_YET_DUE' | 'ON_TIME'

/** One annual report an agency owes for the year. */
export interface ReportObligation {
  kind: AnnualReportKind
  /** YYYY-MM-DD, the last day it may be published. */
  deadline: string
  /** YYYY-MM-DD, the day it was first published; null while it is not. */
  publishedOn: string | null
  standing: ReportStanding
  /** The public page, while the report is published. */
  url: string | null
}

/** One agency's line on the compliance board (年度报告公开情况). */
export interface AgencyCompliance {
  agencyCode: string
  agencyName: string
  agencyKind: AgencyKind
  reports: ReportObligation[]
}

export interface CalendarYear {
  year: number
  workingDays: number
  holidays: { date: string; name: string }[]
  workingWeekends: string[]
}

/** The first year whose State Council holiday arrangement (节假日安排) is not entered yet. */
export interface PendingYear {
  year: number
  /** Whether it should be entered now: from 1 November of the year before. */
  due: boolean
  /** The title of the State Council notice to enter it from. */
  notice: string
}
