/**
 * Shapes of the portal's API, as the backend sends them: named views of the types generated from its OpenAPI
 * document (schema.d.ts, `npm run api:types`), so that a changed API fails the build where the front end did not
 * follow.
 */
import type { components } from './schema'

/** A schema of the API by its name in the OpenAPI document. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name]

/**
 * The values of an enumeration of the API as a list in the order given: the compiler refuses a list that names a
 * value the API does not have or misses one it has.
 */
export function enumValues<T extends string>() {
  return <const L extends readonly T[]>(
    ...values: L & ([T] extends [L[number]] ? unknown : { missing: Exclude<T, L[number]> })
  ): L => values
}

export type Agency = Schema<'Agency'>
export type AgencyKind = Agency['kind']
export type AgencyDetail = Schema<'AgencyResponse'>
export type Site = Schema<'SiteResponse'>
export type RoleGrant = Schema<'RoleGrant'>
export type Role = RoleGrant['role']
export type Me = Schema<'MeResponse'>
export type DeadlineAnswer = Schema<'DeadlineResponse'>
export type SpanAnswer = Schema<'SpanResponse'>

/**
 * The two annual reports the law requires (年度报告), and the rule-of-law plans (法治政府建设规划方案)
 * published beside them, which are not annual reports and owe no deadline.
 */
export type ReportKind = Schema<'ReportSummary'>['kind']

/** The kinds the law requires every year, by a deadline. */
export type AnnualReportKind = Exclude<ReportKind, 'RULE_OF_LAW_PLAN'>

export type ReportSummary = Schema<'ReportSummary'>
export type ReportPage = Schema<'PageReportSummary'>
export type ReportHit = Schema<'SearchHit'>
export type ReportHits = Schema<'SearchResults'>

/** One annual report an agency owes for the year, and where it stands against its legal deadline. */
export type ReportObligation = Schema<'Obligation'> & { kind: AnnualReportKind }
/** Where one annual report stands against its legal deadline, worst first. */
export type ReportStanding = ReportObligation['standing']

/** One agency's line on the compliance board (年度报告公开情况). */
export type AgencyCompliance = Omit<Schema<'AgencyLine'>, 'reports'> & {
  reports: ReportObligation[]
}

/** The compliance board of one year: its reports counted by standing, and the agencies listed. */
export type ComplianceBoard = Omit<Schema<'ComplianceBoard'>, 'lines'> & {
  lines: AgencyCompliance[]
}

export type CalendarYear = Schema<'CalendarYearResponse'>

/** The first year whose State Council holiday arrangement (节假日安排) is not entered yet. */
export type PendingYear = Schema<'PendingYearResponse'>
