import { enumValues } from './types'
import { request } from './http'
import type {
  HotlineDeadlines,
  HotlineEventType,
  HotlineFile,
  HotlineRating,
  HotlineReply,
  HotlineState,
  HotlineType,
  NamedRef,
  SubmitterKind,
} from './hotline'

/*
 * Shapes of the staff side of the 12345 hotline API (12345 工单办理), as /work/hotline-contract.md
 * gives them. As in hotline.ts, each type stands in for the generated one named in its comment,
 * and becomes `Schema<'…'>` once openapi.json describes the hotline.
 */

/** Will be Schema<'HotlineQueueItem'>: one ticket in the dispatcher's or a department's queue. */
export interface HotlineQueueItem {
  number: string
  type: HotlineType
  title: string
  state: HotlineState
  urgent: boolean
  categoryName: string
  leadDepartment: NamedRef | null
  receivedAt: string
  acceptanceDueOn: string | null
  replyDueOn: string | null
  /** The due dates fall in a year whose holiday arrangement is not entered yet (预计). */
  provisional: boolean
  overdue: boolean
  atRisk: boolean
  /** 督办: reopened after an unsatisfied rating, or flagged for supervision. */
  supervised: boolean
}

/** Will be Schema<'HotlineQueuePage'>. `page` counts from 0, as the API does. */
export interface HotlineQueuePage {
  items: HotlineQueueItem[]
  total: number
  page: number
  size: number
}

/** What the queue is asked for; every filter is applied by the database. */
export interface HotlineQueueFilter {
  /** The code of one lead department (the dispatcher's choice); all of the viewer's otherwise. */
  agency?: string
  /** Open tickets when absent. */
  state?: HotlineState
  overdue?: boolean
  atRisk?: boolean
  q?: string
  /** From 0. */
  page?: number
  size?: number
}

/** Will be Schema<'HotlineStaffTimelineEntry'>: a step with who took it, in which role, for whom. */
export interface HotlineStaffTimelineEntry {
  seq: number
  type: HotlineEventType
  occurredAt: string
  note: string | null
  /** The sign-in name of whoever acted ("system" for the portal's own steps). */
  actor: string
  actorRole: string | null
  agency: NamedRef | null
}

/** Will be Schema<'HotlineSimilarTicket'>: an open ticket of the same category and place (可并单). */
export interface HotlineSimilarTicket {
  number: string
  title: string
  receivedAt: string
}

/** The actions staff take (HotlineAction's slugs), in the order the ticket page offers them. */
export const HOTLINE_STAFF_ACTIONS = enumValues<HotlineStaffAction>()(
  'dispatch',
  'accept',
  'return',
  'reply',
  'request-extension',
  'approve-extension',
  'decline-extension',
  'merge',
  'answer-from-knowledge-base',
)
/** Will be Schema<'HotlineStaffTicketResponse'>['allowedActions'][number]. */
export type HotlineStaffAction =
  | 'dispatch'
  | 'accept'
  | 'return'
  | 'reply'
  | 'request-extension'
  | 'approve-extension'
  | 'decline-extension'
  | 'merge'
  | 'answer-from-knowledge-base'

/** Will be Schema<'HotlineStaffTicketResponse'>: a ticket as the staff handling it see it. */
export interface HotlineStaffTicket {
  number: string
  type: HotlineType
  category: { code: string; name: string }
  title: string
  description: string
  place: { region: NamedRef; address: string | null }
  happenedOn: string | null
  submitterKind: SubmitterKind
  /** Unmasked, for the staff of the ticket. */
  contactName: string | null
  /** Unmasked, for the staff of the ticket. */
  contactPhone: string | null
  enterpriseName: string | null
  creditCode: string | null
  publishReply: boolean
  state: HotlineState
  urgent: boolean
  /** 督办: reopened after an unsatisfied rating. */
  supervised: boolean
  extensionPending: boolean
  receivedAt: string
  leadDepartment: NamedRef | null
  assistingDepartments: NamedRef[]
  deadlines: HotlineDeadlines
  timeline: HotlineStaffTimelineEntry[]
  replies: HotlineReply[]
  rating: HotlineRating | null
  mergedInto: string | null
  knowledgeAnswer: { question: string; answer: string; basis: string } | null
  attachments: HotlineFile[]
  /** The lead department the dispatch catalogue gives for the ticket's matter. */
  suggestedLead: NamedRef | null
  similarOpen: HotlineSimilarTicket[]
  /** What the viewer may do now. Slugs the page does not know are ignored. */
  allowedActions: string[]
}

/** Will be Schema<'HotlineActionForm'>: each action reads its own fields. */
export interface HotlineActionForm {
  leadDepartmentId?: string
  assistingDepartmentIds?: string[]
  urgent?: boolean
  reason?: string
  text?: string
  attachmentIds?: string[]
  workingDays?: number
  leadTicketNumber?: string
  entryId?: string
}

const STAFF = '/api/staff/hotline/tickets'
const staffTicketPath = (number: string, rest = '') =>
  `${STAFF}/${encodeURIComponent(number)}${rest}`

export const fetchHotlineQueue = (filter: HotlineQueueFilter) =>
  request<HotlineQueuePage>(STAFF, {
    query: {
      agency: filter.agency,
      state: filter.state,
      overdue: filter.overdue ? 'true' : undefined,
      atRisk: filter.atRisk ? 'true' : undefined,
      q: filter.q,
      page: filter.page,
      size: filter.size,
    },
  })

export const fetchStaffTicket = (number: string) =>
  request<HotlineStaffTicket>(staffTicketPath(number))

export const takeHotlineAction = (
  number: string,
  action: HotlineStaffAction,
  form: HotlineActionForm,
) =>
  request<HotlineStaffTicket>(staffTicketPath(number, `/${action}`), {
    method: 'POST',
    body: form,
  })
