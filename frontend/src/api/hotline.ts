import type { FileService } from './files'
import { request, requestFile } from './http'
import type { paths } from './schema'
import { enumValues, type Schema } from './types'

/** Shapes of the 12345 hotline API (12345 政务服务便民热线), as the backend sends and takes them. */

/** A ticket as the person who raised it sees it: contact details masked, no staff names. */
export type HotlineTicket = Schema<'HotlineTicketResponse'>

/** 咨询, 求助, 投诉, 举报, 建议. */
export type HotlineType = HotlineTicket['type']
export const HOTLINE_TYPES = enumValues<HotlineType>()(
  'ENQUIRY',
  'HELP',
  'COMPLAINT',
  'REPORT',
  'SUGGESTION',
)

export type HotlineState = HotlineTicket['state']
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

/** The body of a rating (评价). */
export type HotlineRatingForm = Schema<'HotlineRatingForm'>
/** 满意, 基本满意, 不满意. */
export type HotlineRatingValue = HotlineRatingForm['rating']
export const HOTLINE_RATINGS = enumValues<HotlineRatingValue>()(
  'SATISFIED',
  'BASICALLY_SATISFIED',
  'UNSATISFIED',
)

/** The body of POST /api/hotline/tickets (诉求登记表). */
export type HotlineTicketForm = Schema<'HotlineTicketForm'>

export type SubmitterKind = HotlineTicket['submitterKind']
export const SUBMITTER_KINDS = enumValues<SubmitterKind>()('CITIZEN', 'ENTERPRISE', 'ANONYMOUS')

export type HotlineTimelineEntry = Schema<'HotlineTimelineEntry'>
export type HotlineEventType = HotlineTimelineEntry['type']
export const HOTLINE_EVENT_TYPES = enumValues<HotlineEventType>()(
  'RECEIVED',
  'DISPATCHED',
  'REDISPATCHED',
  'ACCEPTED',
  'RETURNED',
  'EXTENSION_REQUESTED',
  'EXTENSION_APPROVED',
  'EXTENSION_DECLINED',
  'REPLIED',
  'RATED',
  'CLOSED_UNRATED',
  'MERGED',
  'ANSWERED_BY_KNOWLEDGE_BASE',
  'DEADLINES_CONFIRMED',
)

/** An agency by id and name, as the hotline's answers name regions and departments. */
export type NamedRef = Schema<'HotlineAgency'>

/** The dispatch catalogue (派单目录): the centre, its matters, and the places a ticket can be about. */
export type HotlineCatalogue = Schema<'CatalogueResponse'>
/** One matter of the catalogue; a 营商环境 one (businessEnvironment) is counted apart. */
export type HotlineMatter = Schema<'CatalogueMatter'>

/** What the intake form shows under the text typed so far. */
export type HotlineSuggestions = Schema<'SuggestionsResponse'>
export type EmergencyNotice = Schema<'EmergencyNotice'>
export type EmergencyKind = EmergencyNotice['kinds'][number]
/** The emergencies the backend tells of, each with its name in the locales. */
export const EMERGENCY_KINDS = enumValues<EmergencyKind>()(
  'FIRE',
  'GAS',
  'CRIME',
  'MEDICAL',
  'TRAFFIC',
  'RESCUE',
  'SELF_HARM',
)
export type RedirectKind = Schema<'SuggestedRedirect'>['kind']
export const REDIRECT_KINDS = enumValues<RedirectKind>()(
  'DISCLOSURE',
  'LITIGATION',
  'RECONSIDERATION',
  'PETITION',
)
/** One knowledge-base entry (知识库) matching the text. */
export type KnowledgeAnswer = Schema<'SuggestedAnswer'>

/** An uploaded file, of a ticket or a reply. */
export type HotlineFile = Schema<'UploadedFile'>

export type HotlineTicketSummary = Schema<'HotlineTicketSummary'>
/** `page` counts from 0, as the API does. */
export type HotlineTicketPage = Schema<'HotlineTicketPage'>
/** 办理时限; `provisional` when counted on a year whose holiday arrangement is not entered (预计). */
export type HotlineDeadlines = Schema<'HotlineDeadlines'>
export type HotlineReply = Schema<'HotlineReply'>
/** The rating given; `comment` is empty when the person wrote none. */
export type HotlineRating = Schema<'HotlineRatingGiven'>
export type HotlineKnowledgeAnswer = Schema<'HotlineKnowledgeAnswer'>

/*
 * Headers and query parameters, read from the API's paths: a renamed header or parameter fails
 * the build here rather than being ignored by the backend.
 */
type SuggestionsQuery = NonNullable<paths['/api/hotline/suggestions']['get']['parameters']['query']>
type MineQuery = NonNullable<paths['/api/hotline/tickets']['get']['parameters']['query']>
type TicketHeaders = Required<
  NonNullable<paths['/api/hotline/tickets/{number}']['get']['parameters']['header']>
>
type SubmitHeaders = paths['/api/hotline/tickets']['post']['parameters']['header']

const BASE = '/api/hotline'
const TICKETS = `${BASE}/tickets`
const ticketPath = (number: string, rest = '') => `${TICKETS}/${encodeURIComponent(number)}${rest}`

/** The query code of an anonymous ticket goes in a header, never in a URL (logs, history). */
const codeHeader = (queryCode?: string | null): Partial<TicketHeaders> =>
  queryCode ? { 'X-Query-Code': queryCode } : {}

export const fetchCatalogue = () => request<HotlineCatalogue>(`${BASE}/catalogue`)

/** The most text the suggestions read (the API refuses more with a 400). */
export const SUGGESTION_TEXT_MAX = 4000

/** The text cut to what the API reads, never in the middle of a surrogate pair. */
function clipped(text: string): string {
  const cut = text.slice(0, SUGGESTION_TEXT_MAX)
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut
}

/** Title and description together can pass the limit: only their beginning is looked at. */
export function fetchSuggestions(
  text: string,
  type: HotlineType | '' | undefined,
  signal?: AbortSignal,
) {
  const query: SuggestionsQuery = { text: clipped(text), type: type || undefined }
  return request<HotlineSuggestions>(`${BASE}/suggestions`, { query, signal })
}

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
export function submitTicket(form: HotlineTicketForm, idempotencyKey: string) {
  const headers: SubmitHeaders = { 'Idempotency-Key': idempotencyKey }
  return request<HotlineTicket>(TICKETS, { method: 'POST', body: form, headers })
}

/** The signed-in person's tickets, newest first; `page` from 0. */
export function fetchMyTickets(page = 0) {
  const query: MineQuery = { page }
  return request<HotlineTicketPage>(TICKETS, { query })
}

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

/** A reply published on the board (办理结果公开): title, question and reply with personal data removed. */
export type HotlineBoardItem = Schema<'HotlineBoardItem'>
/** `page` counts from 0, as the API does; twenty replies a page. */
export type HotlineBoardPage = Schema<'HotlineBoardPage'>

/** The figures of a set of tickets: counts, and rates from 0 to 1 (null when nothing was due). */
export type HotlineFigures = Schema<'HotlineFigures'>
/** 热线数据统计 of the tickets received in a period, for the centre or one department. */
export type HotlineStatistics = Schema<'HotlineStatistics'>

type BoardQuery = NonNullable<paths['/api/hotline/board']['get']['parameters']['query']>
/** `from` and `to` as YYYY-MM-DD, `agency` a department's code; each absent for the default. */
export type HotlineStatisticsQuery = NonNullable<
  paths['/api/hotline/statistics']['get']['parameters']['query']
>

/** The board, newest publication first; `q` finds replies holding all its words, `page` from 0. */
export function fetchBoard(q: string | undefined, page = 0) {
  const query: BoardQuery = { q: q || undefined, page }
  return request<HotlineBoardPage>(`${BASE}/board`, { query })
}

/** The public statistics; without `from` and `to` the twelve months up to the portal's today. */
export const fetchStatistics = (query: HotlineStatisticsQuery) =>
  request<HotlineStatistics>(`${BASE}/statistics`, { query })
