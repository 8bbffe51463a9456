import type { FileService } from './files'
import { portalUrl, request, type Query } from './http'
import { enumValues, type Schema } from './types'

/** Shapes of the disclosure-request API (政府信息公开申请), as the backend sends and takes them. */

export type ApplicantKind = Schema<'ApplicantView'>['kind']
/** 申请人情况: the columns of table 三 of the annual report, in their order. */
export const APPLICANT_KINDS = enumValues<ApplicantKind>()(
  'NATURAL_PERSON',
  'COMMERCIAL_ENTERPRISE',
  'RESEARCH_INSTITUTION',
  'PUBLIC_INTEREST_ORGANISATION',
  'LEGAL_SERVICE_ORGANISATION',
  'OTHER_ORGANISATION',
)
export type OrganisationKind = Exclude<ApplicantKind, 'NATURAL_PERSON'>

export type IdDocumentType = NonNullable<Schema<'ApplicantView'>['idType']>
export const ID_DOCUMENT_TYPES = enumValues<IdDocumentType>()(
  'RESIDENT_ID_CARD',
  'PASSPORT',
  'HONG_KONG_MACAO_PERMIT',
  'TAIWAN_PERMIT',
  'FOREIGN_PERMANENT_RESIDENT_CARD',
)

export type Medium = Schema<'Delivery'>['medium']
export const MEDIA = enumValues<Medium>()('PAPER', 'ELECTRONIC')

export type DeliveryChannel = Schema<'Delivery'>['channel']
export const DELIVERY_CHANNELS = enumValues<DeliveryChannel>()('POST', 'PICK_UP', 'EMAIL', 'ONLINE')

export type DisclosureState = Schema<'DisclosureRequestResponse'>['state']
export const DISCLOSURE_STATES = enumValues<DisclosureState>()(
  'RECEIVED',
  'AWAITING_CORRECTION',
  'IN_PROGRESS',
  'AWAITING_OPINION',
  'AWAITING_FEE',
  'ANSWERED',
  'WITHDRAWN',
  'LAPSED',
  'FEE_UNPAID',
)

export type DisclosureOutcome = NonNullable<Schema<'DisclosureRequestResponse'>['outcome']>
export const DISCLOSURE_OUTCOMES = enumValues<DisclosureOutcome>()(
  'DISCLOSED',
  'PARTLY_DISCLOSED',
  'WITHHELD_STATE_SECRET',
  'WITHHELD_PROHIBITED_BY_LAW',
  'WITHHELD_SECURITY_OR_STABILITY',
  'WITHHELD_THIRD_PARTY_RIGHTS',
  'WITHHELD_INTERNAL_AFFAIRS',
  'WITHHELD_PROCESS_INFORMATION',
  'WITHHELD_ENFORCEMENT_FILE',
  'WITHHELD_ADMINISTRATIVE_QUERY',
  'UNAVAILABLE_NOT_HELD',
  'UNAVAILABLE_NEEDS_CREATION',
  'UNAVAILABLE_UNCLEAR_AFTER_CORRECTION',
  'NOT_PROCESSED_COMPLAINT',
  'NOT_PROCESSED_REPEATED',
  'NOT_PROCESSED_PUBLICATION',
  'NOT_PROCESSED_EXCESSIVE',
  'NOT_PROCESSED_CONFIRMATION',
  'OTHER_NO_CORRECTION',
  'OTHER_FEE_UNPAID',
  'OTHER',
)

export type ReceiptChannel = Schema<'DisclosureRequestResponse'>['receiptChannel']
export type PaperChannel = Exclude<ReceiptChannel, 'ONLINE'>

export type DisclosureEventType =
  | 'RECEIVED'
  | 'ACCEPTED'
  | 'ASSIGNED'
  | 'CORRECTION_REQUESTED'
  | 'CORRECTION_RECEIVED'
  | 'LAPSED'
  | 'CONSULTATION_SENT'
  | 'OPINION_RECEIVED'
  | 'EXTENSION_REQUESTED'
  | 'EXTENSION_APPROVED'
  | 'EXTENSION_DECLINED'
  | 'FEE_NOTIFIED'
  | 'FEE_PAID'
  | 'FEE_UNPAID'
  | 'REPLIED'
  | 'WITHDRAWN'
  | 'DEADLINE_CONFIRMED'

/** The staff actions, in the order the API lists them (办理操作). */
export const STAFF_ACTIONS = [
  'accept',
  'assign',
  'request-correction',
  'receive-correction',
  'lapse',
  'consult',
  'receive-opinion',
  'request-extension',
  'approve-extension',
  'decline-extension',
  'notify-fee',
  'receive-payment',
  'close-unpaid',
  'reply',
] as const
export type StaffAction = (typeof STAFF_ACTIONS)[number]

export interface ApplicationForm {
  agency: string
  applicant: {
    kind: ApplicantKind
    name: string
    creditCode?: string
    representative?: string
    idType: IdDocumentType
    idNumber: string
    agent?: {
      name: string
      idType: IdDocumentType
      idNumber: string
      /** The id of the uploaded 授权委托书. */
      powerOfAttorney: string
    }
  }
  contact: { phone: string; email?: string; postalAddress?: string; postalCode?: string }
  information: RequestedInformation
  delivery: { medium: Medium; channel: DeliveryChannel }
  /** Up to five uploaded file ids. */
  attachments?: string[]
  insistAsDisclosure?: boolean
  /** The applicant was told they filed the same before (possible-duplicate) and files again. */
  confirmedNotDuplicate?: boolean
}

export interface RequestedInformation {
  title?: string | null
  documentNumber?: string | null
  description: string
}

export type AgencySummary = Schema<'AgencySummary'>

/** The applicant as shown: the identity number is always masked. */
export type ApplicantView = Schema<'ApplicantView'>

/**
 * The deadline with the steps of its reckoning; a date counted on a year whose holiday arrangement is not entered
 * yet is provisional (预计) and may still move once that year is entered.
 */
export type Deadline = Schema<'DeadlineView'>

export interface TimelineEntry {
  seq: number
  type: DisclosureEventType
  occurredOn: string
  recordedAt: string
  actorRole: string | null
  /** Staff only. */
  actor: string | null
  details: Record<string, string>
}

export type Reply = Schema<'Reply'>

export type DisclosureRequest = Schema<'DisclosureRequestResponse'>

export type QueueItem = Schema<'QueueItem'>

export type QueuePage = Schema<'QueuePage'>

export interface QueueFilter {
  agency?: string
  state?: DisclosureState
  due?: 'overdue' | 'at-risk'
  assignee?: string
  q?: string
  closed?: boolean
  page?: number
  size?: number
}

/** The facts a staff action records; each action reads the fields it needs. */
export interface ActionForm {
  occurredOn?: string
  items?: string[]
  dueOn?: string
  party?: 'THIRD_PARTY' | 'AGENCY'
  partyName?: string
  opinion?: 'CONSENTED' | 'OBJECTED' | 'SILENT'
  summary?: string
  workingDays?: number
  reason?: string
  method?: 'PER_REQUEST' | 'PER_PAGE'
  quantity?: number
  outcome?: DisclosureOutcome
  legalBasis?: string
  explanation?: string
  withheldParts?: string
  competentAgency?: string
  whereAlreadyPublished?: string
  /** How, where and when the applicant obtains the information released; at most 2000 characters. */
  accessArrangements?: string
  repeatOf?: string
  documents?: string[]
  assignee?: string
  correction?: RequestedInformation
  note?: string
}

export interface PaperApplicationForm {
  application: ApplicationForm
  channel: PaperChannel
  receivedOn: string
}

export type UploadedFile = Schema<'StoredFile'>

const REQUESTS = '/api/disclosure/requests'
const STAFF_REQUESTS = '/api/staff/disclosure/requests'

const path = (base: string, number: string, rest = '') =>
  `${base}/${encodeURIComponent(number)}${rest}`

/** Files an application; the same key on a retry returns the request already filed. */
export const submitApplication = (form: ApplicationForm, idempotencyKey: string) =>
  request<DisclosureRequest>(REQUESTS, {
    method: 'POST',
    body: form,
    headers: { 'Idempotency-Key': idempotencyKey },
  })

export const fetchMyRequests = () =>
  request<DisclosureRequest[]>(REQUESTS, { query: { mine: 'true' } })

export const fetchMyRequest = (number: string) => request<DisclosureRequest>(path(REQUESTS, number))

export const fileCorrection = (
  number: string,
  body: { information: RequestedInformation; note?: string },
) => request<DisclosureRequest>(path(REQUESTS, number, '/correction'), { method: 'POST', body })

export const withdrawRequest = (number: string, reason: string) =>
  request<DisclosureRequest>(path(REQUESTS, number, '/withdrawal'), {
    method: 'POST',
    body: { reason },
  })

/** Uploads one PDF, JPEG or PNG file (at most 10 MB; the backend checks the type by content). */
export function uploadFile(file: File): Promise<UploadedFile> {
  const body = new FormData()
  body.append('file', file, file.name)
  return request<UploadedFile>('/api/disclosure/files', { method: 'POST', body })
}

/** The disclosure's upload service, for the shared upload field. */
export const disclosureFiles: FileService<UploadedFile> = {
  upload: uploadFile,
  nameOf: (file) => file.fileName,
}

export const fileUrl = (id: string) => `/api/disclosure/files/${encodeURIComponent(id)}`

/** 回执: available once the request is filed. */
export const receiptUrl = (number: string) => path(REQUESTS, number, '/receipt.pdf')

/** 答复告知书: available once answered. */
export const replyLetterUrl = (number: string) => path(REQUESTS, number, '/reply-letter.pdf')

export const staffReceiptUrl = (number: string) => path(STAFF_REQUESTS, number, '/receipt.pdf')

export const staffReplyLetterUrl = (number: string) =>
  path(STAFF_REQUESTS, number, '/reply-letter.pdf')

/** Whether a document can be downloaded now (a HEAD request; no body is fetched). */
export async function isAvailable(url: string): Promise<boolean> {
  try {
    const response = await fetch(portalUrl(url), { method: 'HEAD', credentials: 'same-origin' })
    return response.ok
  } catch {
    return false
  }
}

export function fetchQueue(filter: QueueFilter = {}): Promise<QueuePage> {
  const query: Query = {
    agency: filter.agency,
    state: filter.state,
    due: filter.due,
    assignee: filter.assignee,
    q: filter.q,
    closed: filter.closed ? 'true' : undefined,
    page: filter.page,
    size: filter.size,
  }
  return request<QueuePage>(STAFF_REQUESTS, { query })
}

/** A deadline reminder written by the daily job (到期提醒). */
export type Reminder = Schema<'Reminder'>

export const fetchReminders = (agency?: string) =>
  request<Reminder[]>('/api/staff/disclosure/reminders', { query: { agency } })

export const fetchStaffRequest = (number: string) =>
  request<DisclosureRequest>(path(STAFF_REQUESTS, number))

export const fetchEarlierRequests = (number: string) =>
  request<QueueItem[]>(path(STAFF_REQUESTS, number, '/earlier'))

export const takeAction = (number: string, action: StaffAction, form: ActionForm) =>
  request<DisclosureRequest>(path(STAFF_REQUESTS, number, `/actions/${action}`), {
    method: 'POST',
    body: form,
  })

export const registerPaperApplication = (form: PaperApplicationForm) =>
  request<DisclosureRequest>(STAFF_REQUESTS, { method: 'POST', body: form })

/** One row of table 三 as counted from the records: `group` is the lettered group of an outcome. */
export type StatisticsRow = DisclosureStatistics['rows'][number]

/** Table 三 of the annual report (收到和处理政府信息公开申请情况), counted from an agency's requests. */
export type DisclosureStatistics = Schema<'StatisticsResponse'>

export const fetchStatistics = (agency: string, year: number) =>
  request<DisclosureStatistics>('/api/disclosure/statistics', { query: { agency, year } })

/** One role held by one person in an agency (the agency's staff roster). */
/** One role held by one person in an agency (the agency's staff roster). */
export type StaffMember = Schema<'StaffMember'>

/** Roles that may handle a disclosure request, and so be assigned one. */
export const HANDLER_ROLES: readonly string[] = ['DISCLOSURE_OFFICER', 'OGI_OFFICE_HEAD']

export const fetchAgencyStaff = (agencyCode: string) =>
  request<StaffMember[]>(`/api/staff/agencies/${encodeURIComponent(agencyCode)}/staff`)

/** The agency's register of the requests received in a year (申请登记台账), as a spreadsheet file. */
export const registerUrl = (year: number, agency?: string) =>
  `/api/staff/disclosure/register.csv?year=${year}${agency ? `&agency=${encodeURIComponent(agency)}` : ''}`
