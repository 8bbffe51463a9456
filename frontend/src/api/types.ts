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
}

export interface SpanAnswer {
  from: string
  to: string
  workingDays: number
}

export type ReportKind = 'RULE_OF_LAW' | 'OPEN_GOVERNMENT_INFORMATION'

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

export interface CalendarYear {
  year: number
  workingDays: number
  holidays: { date: string; name: string }[]
  workingWeekends: string[]
}
