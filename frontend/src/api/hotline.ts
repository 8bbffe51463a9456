import { enumValues } from './types'
import type { FileService } from './files'
import { request, requestFile } from './http'

/*
 * Shapes of the 12345 hotline API (12345 政务服务便民热线), as /work/hotline-contract.md gives them.
 * The OpenAPI document does not describe the hotline yet: each type below stands in for the
 * generated one named in its comment, and becomes `Schema<'…'>` (as in disclosure.ts) once
 * openapi.json is regenerated. Nothing outside this file declares a hotline shape.
 */

/** Will be Schema<'HotlineTicketResponse'>['type']. 咨询, 求助, 投诉, 举报, 建议. */
export type HotlineType = 'ENQUIRY' | 'HELP' | 'COMPLAINT' | 'REPORT' | 'SUGGESTION'
export const HOTLINE_TYPES = enumValues<HotlineType>()(
  'ENQUIRY',
  'HELP',
  'COMPLAINT',
  'REPORT',
  'SUGGESTION',
)

/** Will be Schema<'HotlineTicketResponse'>['state']. */
export type HotlineState =
  | 'RECEIVED'
  | 'DISPATCHED'
  | 'RETURNED'
  | 'IN_PROGRESS'
  | 'REPLIED'
  | 'REOPENED'
  | 'CLOSED'
  | 'MERGED'
  | 'ANSWERED_BY_KNOWLEDGE_BASE'
export const HOTLINE_STATES = enumValues<HotlineState>()(
  'RECEIVED',
  'DISPATCHED',
  'RETURNED',
  'IN_PROGRESS',
  'REPLIED',
  'REOPENED',
  'CLOSED',
  'MERGED',
  'ANSWERED_BY_KNOWLEDGE_BASE',
)

/** Will be NonNullable<Schema<'HotlineTicketResponse'>['rating']>['rating']. 满意, 基本满意, 不满意. */
export type HotlineRatingValue = 'SATISFIED' | 'BASICALLY_SATISFIED' | 'UNSATISFIED'
export const HOTLINE_RATINGS = enumValues<HotlineRatingValue>()(
  'SATISFIED',
  'BASICALLY_SATISFIED',
  'UNSATISFIED',
)

/** Will be Schema<'HotlineTicketForm'>['submitter']['kind']. */
export type SubmitterKind = 'CITIZEN' | 'ENTERPRISE' | 'ANONYMOUS'
export const SUBMITTER_KINDS = enumValues<SubmitterKind>()('CITIZEN', 'ENTERPRISE', 'ANONYMOUS')

/** Will be Schema<'HotlineTicketResponse'>['timeline'][number]['type'] (HotlineEventType). */
export type HotlineEventType =
  | 'RECEIVED'
  | 'DISPATCHED'
  | 'REDISPATCHED'
  | 'ACCEPTED'
  | 'RETURNED'
  | 'EXTENSION_REQUESTED'
  | 'EXTENSION_APPROVED'
  | 'EXTENSION_DECLINED'
  | 'REPLIED'
  | 'RATED'
  | 'CLOSED_UNRATED'
  | 'MERGED'
  | 'ANSWERED_BY_KNOWLEDGE_BASE'

/** Will be Schema<'…'> of the {id, name} pairs the hotline API sends (regions, departments). */
export interface NamedRef {
  id: string
  name: string
}

/** Will be Schema<'HotlineMatter'>: one matter of the dispatch catalogue (派单目录). */
export interface HotlineMatter {
  code: string
  name: string
  field: string
  leadDepartment: NamedRef
  /** A 营商环境 matter: enterprises' complaints about the business environment, counted apart. */
  businessEnvironment: boolean
}

/** Will be Schema<'HotlineCatalogueResponse'>. */
export interface HotlineCatalogue {
  centre: NamedRef
  matters: HotlineMatter[]
  /** The centre and the district/county governments under it. */
  regions: NamedRef[]
}

/** Will be Schema<'HotlineSuggestionsResponse'>['emergency']['kinds'][number]; more may come. */
export type EmergencyKind = 'FIRE' | 'CRIME' | 'MEDICAL' | 'TRAFFIC' | 'GAS' | (string & {})

/** Will be Schema<'HotlineSuggestionsResponse'>['redirects'][number]['kind']. */
export type RedirectKind = 'DISCLOSURE' | 'LITIGATION' | 'RECONSIDERATION' | 'PETITION'

/** Will be Schema<'KnowledgeAnswer'>: one knowledge-base entry (知识库) matching the text. */
export interface KnowledgeAnswer {
  id: string
  question: string
  answer: string
  basis: string
  matterCode: string | null
}

/** Will be Schema<'HotlineSuggestionsResponse'>. */
export interface HotlineSuggestions {
  emergency: { kinds: EmergencyKind[]; numbers: { number: string; name: string }[] } | null
  redirects: { kind: RedirectKind; path: string | null }[]
  /** At most 5, best first. */
  answers: KnowledgeAnswer[]
}

/** Will be Schema<'HotlineFileResponse'>. */
export interface HotlineFile {
  id: string
  name: string
  contentType: string
  size: number
}

/** Will be Schema<'HotlineTicketForm'>: the body of POST /api/hotline/tickets. */
export interface HotlineTicketForm {
  type: HotlineType
  categoryCode: string
  title: string
  description: string
  place: { regionId: string; address: string }
  happenedOn?: string
  attachmentIds: string[]
  publishReply: boolean
  submitter: {
    kind: SubmitterKind
    name: string
    phone: string
    enterpriseName: string
    creditCode: string
  }
  /** Only for an ENQUIRY the person says this knowledge-base answer answered. */
  answeredByEntryId: string | null
}

/** Will be Schema<'HotlineTicketSummary'>. */
export interface HotlineTicketSummary {
  number: string
  type: HotlineType
  title: string
  state: HotlineState
  receivedAt: string
  replyDueOn: string | null
  categoryName: string
}

/** Will be Schema<'PageHotlineTicketSummary'>. */
export interface HotlineTicketPage {
  items: HotlineTicketSummary[]
  total: number
  page: number
  size: number
}

/** Will be Schema<'HotlineTicketResponse'>['deadlines']. */
export interface HotlineDeadlines {
  acceptanceDueOn: string | null
  replyDueOn: string | null
  ratingDueOn: string | null
  /** Counted on a year whose holiday arrangement is not entered yet (预计). */
  provisional: boolean
  overdue: boolean
  atRisk: boolean
}

/** Will be Schema<'HotlineTicketResponse'>['timeline'][number]. No staff names on the public side. */
export interface HotlineTimelineEntry {
  seq: number
  type: HotlineEventType
  occurredAt: string
  note: string | null
}

/** Will be Schema<'HotlineTicketResponse'>['replies'][number]. */
export interface HotlineReply {
  repliedAt: string
  department: NamedRef
  text: string
  attachments: HotlineFile[]
}

/** Will be NonNullable<Schema<'HotlineTicketResponse'>['rating']>. */
export interface HotlineRating {
  rating: HotlineRatingValue
  comment: string
  ratedAt: string
}

/** Will be Schema<'HotlineTicketResponse'>: a ticket as its submitter sees it. */
export interface HotlineTicket {
  number: string
  type: HotlineType
  category: { code: string; name: string }
  title: string
  description: string
  place: { region: NamedRef; address: string | null }
  happenedOn: string | null
  submitterKind: SubmitterKind
  /** Masked. */
  contactName: string | null
  /** Masked. */
  contactPhone: string | null
  enterpriseName: string | null
  creditCode: string | null
  publishReply: boolean
  state: HotlineState
  urgent: boolean
  receivedAt: string
  leadDepartment: NamedRef | null
  deadlines: HotlineDeadlines
  timeline: HotlineTimelineEntry[]
  replies: HotlineReply[]
  rating: HotlineRating | null
  canRate: boolean
  mergedInto: string | null
  knowledgeAnswer: { question: string; answer: string; basis: string } | null
  attachments: HotlineFile[]
  /** Only in the answer to an anonymous submission, and never again. */
  queryCode: string | null
}

/** Will be Schema<'HotlineRatingForm'>. */
export interface HotlineRatingForm {
  rating: HotlineRatingValue
  comment: string
}

const BASE = '/api/hotline'
const TICKETS = `${BASE}/tickets`
const ticketPath = (number: string, rest = '') => `${TICKETS}/${encodeURIComponent(number)}${rest}`

/** The query code of an anonymous ticket goes in a header, never in a URL (logs, history). */
const codeHeader = (queryCode?: string | null): Record<string, string> =>
  queryCode ? { 'X-Query-Code': queryCode } : {}

export const fetchCatalogue = () => request<HotlineCatalogue>(`${BASE}/catalogue`)

export const fetchSuggestions = (
  text: string,
  type: HotlineType | '' | undefined,
  signal?: AbortSignal,
) =>
  request<HotlineSuggestions>(`${BASE}/suggestions`, {
    query: { text, type: type || undefined },
    signal,
  })

/** Uploads one JPEG, PNG or PDF file (at most 10 MiB; the backend reads the type from the bytes). */
export function uploadHotlineFile(file: File): Promise<HotlineFile> {
  const body = new FormData()
  body.append('file', file, file.name)
  return request<HotlineFile>(`${BASE}/files`, { method: 'POST', body })
}

/** The hotline's upload service, for the shared upload field. */
export const hotlineFiles: FileService<HotlineFile> = {
  upload: uploadHotlineFile,
  nameOf: (file) => file.name,
}

/** Files a ticket; the same key on a retry returns the ticket already filed. */
export const submitTicket = (form: HotlineTicketForm, idempotencyKey: string) =>
  request<HotlineTicket>(TICKETS, {
    method: 'POST',
    body: form,
    headers: { 'Idempotency-Key': idempotencyKey },
  })

export const fetchMyTickets = (page = 0) => request<HotlineTicketPage>(TICKETS, { query: { page } })

/** The owner signed in, or anyone with the query code; a wrong number or code is the same 404. */
export const fetchTicket = (number: string, queryCode?: string | null) =>
  request<HotlineTicket>(ticketPath(number), { headers: codeHeader(queryCode) })

export const rateTicket = (number: string, form: HotlineRatingForm, queryCode?: string | null) =>
  request<HotlineTicket>(ticketPath(number, '/rating'), {
    method: 'POST',
    body: form,
    headers: codeHeader(queryCode),
  })

/** 受理回执 as a PDF, with the query code printed on it when given. */
export const fetchReceipt = (number: string, queryCode?: string | null) =>
  requestFile(ticketPath(number, '/receipt.pdf'), { headers: codeHeader(queryCode) })

/** An attachment of the ticket or of a reply. */
export const fetchHotlineFile = (id: string, queryCode?: string | null) =>
  requestFile(`${BASE}/files/${encodeURIComponent(id)}`, { headers: codeHeader(queryCode) })
