import { request } from './http'
import type { paths } from './schema'
import type { HotlineStatistics } from './hotline'
import type { Schema } from './types'

/** Shapes of the staff side of the 12345 hotline API (12345 工单办理), as the backend sends and takes them. */

/** One ticket in the dispatcher's or a department's queue; `supervised` is 督办 (reopened). */
export type HotlineQueueItem = Schema<'HotlineQueueItem'>

/** `page` counts from 0, as the API does. */
export type HotlineQueuePage = Schema<'HotlineQueuePage'>

/**
 * What the queue is asked for; every filter is applied by the database. `agency` is the code of
 * one lead department (the dispatcher's choice), `state` open tickets when absent, `page` from 0.
 */
export type HotlineQueueFilter = NonNullable<
  paths['/api/staff/hotline/tickets']['get']['parameters']['query']
>

/** A step with who took it (their sign-in name, "system" for the portal's own), in which role, for whom. */
export type HotlineStaffTimelineEntry = Schema<'HotlineStaffTimelineEntry'>

/** An open ticket of the same category and place (可并单). */
export type HotlineSimilarTicket = Schema<'HotlineSimilarTicket'>

/** A ticket as the staff handling it see it: the contact unmasked, what the viewer may do now. */
export type HotlineStaffTicket = Schema<'HotlineStaffTicketResponse'>

/** What an action carries; each action reads its own fields. */
export type HotlineActionForm = Schema<'HotlineActionForm'>

/**
 * The actions staff take (HotlineAction's slugs), in the order the ticket page offers them. The
 * API sends them as plain strings (allowedActions), so the page ignores any it does not know.
 */
export const HOTLINE_STAFF_ACTIONS = [
  'dispatch',
  'accept',
  'return',
  'reply',
  'request-extension',
  'approve-extension',
  'decline-extension',
  'merge',
  'answer-from-knowledge-base',
] as const
export type HotlineStaffAction = (typeof HOTLINE_STAFF_ACTIONS)[number]

const STAFF = '/api/staff/hotline/tickets'
const staffTicketPath = (number: string, rest = '') =>
  `${STAFF}/${encodeURIComponent(number)}${rest}`

export const fetchHotlineQueue = (filter: HotlineQueueFilter) =>
  request<HotlineQueuePage>(STAFF, {
    query: {
      agency: filter.agency,
      state: filter.state,
      // Only a set flag is sent: an absent one is false to the API.
      overdue: filter.overdue ? 'true' : undefined,
      atRisk: filter.atRisk ? 'true' : undefined,
      q: filter.q,
      publication: filter.publication,
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

/** 公开: the dispatcher publishes the latest reply, with only the texts they edited in the form. */
export const approvePublication = (number: string, form: Schema<'HotlinePublicationForm'>) =>
  request<HotlineStaffTicket>(staffTicketPath(number, '/approve-publication'), {
    method: 'POST',
    body: form,
  })

/** 不予公开: the dispatcher keeps the latest reply off the board, with a reason. */
export const withholdPublication = (number: string, form: Schema<'HotlineWithholdForm'>) =>
  request<HotlineStaffTicket>(staffTicketPath(number, '/withhold-publication'), {
    method: 'POST',
    body: form,
  })

type StaffStatisticsQuery = NonNullable<
  paths['/api/staff/hotline/statistics']['get']['parameters']['query']
>

/**
 * The statistics of the viewer's tickets, in the public page's shape: the whole centre for the
 * dispatcher, the departments they work for for a handler.
 */
export const fetchStaffStatistics = (query: StaffStatisticsQuery) =>
  request<HotlineStatistics>('/api/staff/hotline/statistics', { query })
