import { request, type FieldProblem } from './http'
import { enumValues, type AnnualReportKind, type ReportKind, type Schema } from './types'

/** Shapes of the staff API for annual reports (年度报告), as the backend sends and takes them. */

export const ANNUAL_REPORT_KINDS: readonly AnnualReportKind[] = [
  'RULE_OF_LAW',
  'OPEN_GOVERNMENT_INFORMATION',
]

export const REPORT_KINDS: readonly ReportKind[] = [...ANNUAL_REPORT_KINDS, 'RULE_OF_LAW_PLAN']

/** Whether the law requires the report every year, by a deadline; a plan is filed under the year it starts. */
export const isAnnualReport = (kind: ReportKind): kind is AnnualReportKind =>
  kind !== 'RULE_OF_LAW_PLAN'

export type ReportState = Schema<'ReportDraft'>['state']
export const REPORT_STATES = enumValues<ReportState>()(
  'DRAFT',
  'SUBMITTED',
  'APPROVED',
  'SCHEDULED',
  'PUBLISHED',
  'WITHDRAWN',
)

/** The workflow actions, in the order a report meets them. */
export const REPORT_ACTIONS = [
  'submit',
  'return',
  'approve',
  'publish',
  'schedule',
  'unschedule',
  'correct',
  'withdraw',
] as const
export type ReportAction = (typeof REPORT_ACTIONS)[number]

/** One numbered part (章节): 一、 （一） 1. 一是 … with its Markdown body and its own parts. */
export interface ReportSectionContent {
  label: string
  heading: string
  /** The heading opens the first paragraph instead of standing on its own line. */
  runIn: boolean
  body: string
  children: ReportSectionContent[]
}

/** 本年制发件数, 本年废止件数, 现行有效件数. */
export interface IssuedCounts {
  issued: number
  repealed: number
  inForce: number
}

/** 本年处理决定数量. */
export interface DecisionCount {
  decisions: number
}

/** 结果维持, 结果纠正, 其他结果, 尚未审结, 总计 (the sum of the four). */
export interface RemedyCounts {
  upheld: number
  corrected: number
  other: number
  pending: number
  total: number
}

/** The three tables of an open-government-information report. */
export interface OgiTables {
  /** 表二 主动公开政府信息情况. */
  proactive: {
    regulations: IssuedCounts
    normativeDocuments: IssuedCounts
    licensing: DecisionCount
    penalties: DecisionCount
    enforcement: DecisionCount
    /** 本年收费金额（单位：万元）. */
    fees: { amount: number }
  }
  /** 表三: the rows of GET /api/disclosure/statistics by key, seven columns each. */
  requests: Record<string, number[]>
  /** 表四 行政复议、行政诉讼情况. */
  remedies: {
    reconsideration: RemedyCounts
    directLitigation: RemedyCounts
    litigationAfterReconsideration: RemedyCounts
  }
}

export interface ReportContent {
  title: string
  /** Markdown before the first numbered part (主送机关, 开头). */
  preamble: string
  sections: ReportSectionContent[]
  ogi: OgiTables | null
}

export interface AgencyRef {
  code: string
  name: string
}

export interface StaffReportItem {
  id: string
  year: number
  kind: ReportKind
  title: string
  state: ReportState
  revision: number | null
  publishedVersion: number | null
  publishedAt: string | null
  scheduledFor: string | null
  updatedAt: string | null
  updatedBy: string | null
  /** The public page, such as /reports/340621/2025/rule-of-law; its PDF is the same plus .pdf. */
  url: string
}

export interface StaffReportList {
  agency: AgencyRef
  items: StaffReportItem[]
}

export type Withdrawal = Schema<'Withdrawal'>

export interface ReportDraft {
  id: string
  agency: AgencyRef
  year: number
  kind: ReportKind
  state: ReportState
  /** The latest saved version; null for a report only ever published by import. */
  revision: number | null
  content: ReportContent
  correctionNote: string | null
  scheduledFor: string | null
  publishedVersion: number | null
  publishedAt: string | null
  withdrawal: Withdrawal | null
  /** "save" when the draft may be saved, and the workflow actions this user may take now. */
  allowedActions: string[]
  updatedAt: string | null
  updatedBy: string | null
  url: string
}

export type ReportVersion = Schema<'Summary'>

export interface ReportVersionContent extends ReportVersion {
  content: ReportContent
  correctionNote: string | null
}

export type DiffLine = Schema<'Line'>
export type DiffKind = DiffLine['kind']

export type ReportDiff = Schema<'Diff'>

export interface NewReportForm {
  agency: string
  year: number
  kind: ReportKind
}

export interface ImportReportForm extends NewReportForm {
  title?: string
  file: File
}

export interface DraftForm {
  revision: number | null
  content: ReportContent
  correctionNote: string | null
}

/** A figure (插图) uploaded to a draft; its URL goes into the Markdown as ![说明](url). */
export interface ReportFigure {
  id: string
  /** /reports/images/{uuid} */
  url: string
  mediaType: string
  size: number
}

export interface ReportActionForm {
  reason?: string
  /** ISO-8601 with offset, such as 2026-03-01T09:00:00+08:00. */
  at?: string
}

const STAFF_REPORTS = '/api/staff/reports'
const path = (id: string, rest = '') => `${STAFF_REPORTS}/${encodeURIComponent(id)}${rest}`

/** The reports of an agency; without one, of the first agency where the user edits or publishes. */
export const fetchStaffReports = (agency?: string) =>
  request<StaffReportList>(STAFF_REPORTS, { query: { agency } })

/** Starts a report from its kind's template. */
export const createReport = (form: NewReportForm) =>
  request<ReportDraft>(STAFF_REPORTS, { method: 'POST', body: form })

/** Starts a report from a .txt (UTF-8) or .docx file. */
export function importReport(form: ImportReportForm): Promise<ReportDraft> {
  const body = new FormData()
  body.append('agency', form.agency)
  body.append('year', String(form.year))
  body.append('kind', form.kind)
  if (form.title) body.append('title', form.title)
  body.append('file', form.file, form.file.name)
  return request<ReportDraft>(`${STAFF_REPORTS}/import`, { method: 'POST', body })
}

export const fetchReportDraft = (id: string) => request<ReportDraft>(path(id))

/** Saves the draft made from `revision`; a 409 means someone saved after it, or it left DRAFT. */
export const saveReportDraft = (id: string, form: DraftForm) =>
  request<ReportDraft>(path(id, '/draft'), { method: 'PUT', body: form })

/**
 * Uploads a PNG or JPEG (at most 5 MB, judged by content) to a draft; only its editors may, and
 * only while it is a draft (409 otherwise).
 */
export function uploadReportFigure(id: string, file: File): Promise<ReportFigure> {
  const body = new FormData()
  body.append('file', file, file.name)
  return request<ReportFigure>(path(id, '/images'), { method: 'POST', body })
}

/** Markdown as the published page would show it, sanitised by the backend. */
export const previewMarkdown = (markdown: string, signal?: AbortSignal) =>
  request<{ html: string }>(`${STAFF_REPORTS}/preview`, {
    method: 'POST',
    body: { markdown },
    signal,
  })

/** Every saved version, newest first. */
export const fetchReportVersions = (id: string) => request<ReportVersion[]>(path(id, '/versions'))

export const fetchReportVersion = (id: string, revision: number) =>
  request<ReportVersionContent>(path(id, `/versions/${revision}`))

export const fetchReportDiff = (id: string, from: number, to: number) =>
  request<ReportDiff>(path(id, '/diff'), { query: { from, to } })

export const takeReportAction = (id: string, action: ReportAction, form: ReportActionForm = {}) =>
  request<ReportDraft>(path(id, `/actions/${action}`), { method: 'POST', body: form })

/** One column of table 三's check (表三核对), as the backend worked it out. */
export interface TableThreeColumnCheck {
  column: number
  received: number
  carriedOver: number
  answered: number
  carriedForward: number
  /** The outcome rows of 三 added up, which （七）总计 must equal. */
  outcomeSum: number
  /** 一 + 二 = （七）总计 + 四. */
  balances: boolean
  /** （七）总计 = the sum of the outcome rows. */
  totalAddsUp: boolean
  holds: boolean
}

/**
 * The backend's check of table 三: every column, the rows whose total is not the sum of the
 * applicant kinds, and each failure as a field problem (`requests.<row>[<column>]`) in the
 * request's language. A report whose table does not hold is not submitted or published.
 */
export interface TableThreeCheck {
  holds: boolean
  columns: TableThreeColumnCheck[]
  rowsNotAddingUp: string[]
  errors: FieldProblem[]
}

/** Asks the backend whether table 三 holds; 400 with field problems when a row is malformed. */
export const checkTableThree = (requests: Record<string, number[]>, signal?: AbortSignal) =>
  request<TableThreeCheck>(`${STAFF_REPORTS}/table-three/check`, {
    method: 'POST',
    body: { requests },
    signal,
  })
