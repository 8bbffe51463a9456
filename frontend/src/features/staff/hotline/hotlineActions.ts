import type { HotlineCatalogue, HotlineFile, KnowledgeAnswer, NamedRef } from '@/api/hotline'
import {
  HOTLINE_STAFF_ACTIONS,
  type HotlineActionForm,
  type HotlineStaffAction,
  type HotlineStaffTicket,
  type HotlineStaffTimelineEntry,
} from '@/api/hotlineStaff'

/** What the staff member fills in for an action; each action reads only its own fields. */
export interface HotlineActionDraft {
  leadDepartmentId: string
  assistingDepartmentIds: string[]
  urgent: boolean
  reason: string
  text: string
  attachments: HotlineFile[]
  workingDays: string
  /** A similar open ticket's number, or OTHER_TICKET when the number is typed. */
  mergeChoice: string
  leadTicketNumber: string
  /** The knowledge-base answer chosen, kept whole for the summary. */
  entry: KnowledgeAnswer | null
}

/** The merge choice that stands for "a number I type". */
export const OTHER_TICKET = 'OTHER'

/** At most this many working days of extension in all (HotlineTicket.MAX_EXTENSION). */
export const MAX_EXTENSION_DAYS = 15
export const MAX_REASON = 2000
export const MAX_REPLY = 4000
export const MAX_REPLY_FILES = 9

/** The actions the page offers: those the backend allows now, in a fixed order, known ones only. */
export function actionsToOffer(allowed: readonly string[]): HotlineStaffAction[] {
  return HOTLINE_STAFF_ACTIONS.filter((action) => allowed.includes(action))
}

/** Actions that change nothing but the state: the summary and its button are their whole form. */
export const CONFIRM_ONLY: ReadonlySet<HotlineStaffAction> = new Set([
  'accept',
  'approve-extension',
])

/** The last step of a kind, say the return a re-dispatch answers or the extension asked for. */
export function lastEntry(
  ticket: Pick<HotlineStaffTicket, 'timeline'>,
  type: HotlineStaffTimelineEntry['type'],
): HotlineStaffTimelineEntry | null {
  for (let i = ticket.timeline.length - 1; i >= 0; i--) {
    if (ticket.timeline[i]!.type === type) return ticket.timeline[i]!
  }
  return null
}

/**
 * The departments a ticket can be dispatched to: those the dispatch catalogue names, each once,
 * in the order of their names (pinyin), with any the ticket names that the catalogue does not.
 */
export function departmentsOf(
  catalogue: HotlineCatalogue | null,
  ...extra: (NamedRef | null | undefined)[]
): NamedRef[] {
  const byId = new Map<string, NamedRef>()
  for (const matter of catalogue?.matters ?? [])
    byId.set(matter.leadDepartment.id, matter.leadDepartment)
  for (const department of extra)
    if (department && !byId.has(department.id)) byId.set(department.id, department)
  const collator = new Intl.Collator('zh-CN')
  return [...byId.values()].sort((a, b) => collator.compare(a.name, b.name))
}

/**
 * The lead department to preselect: the one the catalogue suggests for the ticket's matter, unless
 * it is the department that has just returned the ticket, which the dispatcher chooses again only
 * on purpose.
 */
export function preselectedLead(
  ticket: Pick<HotlineStaffTicket, 'state' | 'suggestedLead' | 'category' | 'leadDepartment'>,
  catalogue: HotlineCatalogue | null,
): string {
  const suggested =
    ticket.suggestedLead ??
    catalogue?.matters.find((matter) => matter.code === ticket.category.code)?.leadDepartment ??
    null
  if (!suggested) return ''
  if (ticket.state === 'RETURNED' && ticket.leadDepartment?.id === suggested.id) return ''
  return suggested.id
}

export function emptyHotlineDraft(
  ticket: HotlineStaffTicket,
  catalogue: HotlineCatalogue | null,
): HotlineActionDraft {
  return {
    leadDepartmentId: preselectedLead(ticket, catalogue),
    assistingDepartmentIds: [],
    urgent: ticket.urgent,
    reason: '',
    text: '',
    attachments: [],
    workingDays: '',
    mergeChoice: ticket.similarOpen.length === 0 ? OTHER_TICKET : '',
    leadTicketNumber: '',
    entry: null,
  }
}

/** The element id of a field, from the path the draft or the API names it by. */
export function hotlineFieldId(path: string): string {
  const bare = path.replace(/\[\d+\]/g, '').replace(/\.\d+(?=\.|$)/g, '')
  const field = bare === 'attachmentIds' ? 'attachments' : bare === 'entryId' ? 'entry' : bare
  return `hl-act-${field}`
}

/** The name (a message key) of each field a problem may be about, for the error summary. */
export const HOTLINE_FIELD_LABELS: Readonly<Record<string, string>> = {
  leadDepartmentId: 'staffHotline.fields.leadDepartment',
  assistingDepartmentIds: 'staffHotline.fields.assisting',
  urgent: 'staffHotline.fields.urgent',
  reason: 'staffHotline.fields.reason',
  text: 'staffHotline.fields.text',
  attachmentIds: 'staffHotline.fields.attachments',
  workingDays: 'staffHotline.fields.workingDays',
  mergeChoice: 'staffHotline.fields.leadTicket',
  leadTicketNumber: 'staffHotline.fields.leadTicketNumber',
  entryId: 'staffHotline.fields.entry',
}

export interface HotlineActionError {
  path: string
  /** Message key under staffHotline.errors. */
  key: string
}

const blank = (value: string) => value.trim() === ''

/** The number the ticket is to be merged into, as chosen or typed. */
export function mergeTarget(draft: HotlineActionDraft): string {
  return draft.mergeChoice === OTHER_TICKET ? draft.leadTicketNumber.trim() : draft.mergeChoice
}

/** The staff member's own checks: the same the backend makes on the fields of each action. */
export function validateHotlineAction(
  action: HotlineStaffAction,
  draft: HotlineActionDraft,
  ticketNumber: string,
): HotlineActionError[] {
  const errors: HotlineActionError[] = []
  const add = (path: string, key: string) => errors.push({ path, key })
  const reason = () => {
    if (blank(draft.reason)) add('reason', 'reasonMissing')
    else if (draft.reason.trim().length > MAX_REASON) add('reason', 'reasonTooLong')
  }
  switch (action) {
    case 'dispatch':
      if (blank(draft.leadDepartmentId)) add('leadDepartmentId', 'leadMissing')
      else if (draft.assistingDepartmentIds.includes(draft.leadDepartmentId))
        add('assistingDepartmentIds', 'leadAlsoAssisting')
      break
    case 'return':
    case 'decline-extension':
      reason()
      break
    case 'reply':
      if (blank(draft.text)) add('text', 'textMissing')
      else if (draft.text.trim().length > MAX_REPLY) add('text', 'textTooLong')
      if (draft.attachments.length > MAX_REPLY_FILES) add('attachmentIds', 'tooManyFiles')
      break
    case 'request-extension': {
      const days = Number(draft.workingDays.trim())
      if (!/^\d+$/.test(draft.workingDays.trim()) || days < 1 || days > MAX_EXTENSION_DAYS)
        add('workingDays', 'workingDaysRange')
      reason()
      break
    }
    case 'merge': {
      if (draft.mergeChoice === '') add('mergeChoice', 'leadTicketMissing')
      else if (draft.mergeChoice === OTHER_TICKET && blank(draft.leadTicketNumber))
        add('leadTicketNumber', 'leadTicketMissing')
      else if (mergeTarget(draft) === ticketNumber)
        add(draft.mergeChoice === OTHER_TICKET ? 'leadTicketNumber' : 'mergeChoice', 'mergeItself')
      break
    }
    case 'answer-from-knowledge-base':
      if (!draft.entry) add('entryId', 'entryMissing')
      break
    default:
      break
  }
  return errors
}

/** The body for POST …/tickets/{number}/{action}: only the fields that action reads. */
export function toHotlineActionForm(
  action: HotlineStaffAction,
  draft: HotlineActionDraft,
): HotlineActionForm {
  switch (action) {
    case 'dispatch':
      return {
        leadDepartmentId: draft.leadDepartmentId,
        assistingDepartmentIds: draft.assistingDepartmentIds.filter(
          (id) => id !== draft.leadDepartmentId,
        ),
        urgent: draft.urgent,
      }
    case 'return':
    case 'decline-extension':
      return { reason: draft.reason.trim() }
    case 'reply':
      return { text: draft.text.trim(), attachmentIds: draft.attachments.map((file) => file.id) }
    case 'request-extension':
      return { workingDays: Number(draft.workingDays.trim()), reason: draft.reason.trim() }
    case 'merge':
      return { leadTicketNumber: mergeTarget(draft) }
    case 'answer-from-knowledge-base':
      return { entryId: draft.entry?.id }
    default:
      return {}
  }
}

/**
 * Where a problem the backend names goes: the draft's field for it, which for a merge depends on
 * whether the number was chosen or typed. Null when no field of the form holds it.
 */
export function fieldOfProblem(
  action: HotlineStaffAction,
  field: string,
  draft: HotlineActionDraft,
): string | null {
  const path = field.replace(/\[\d+\]/g, '')
  if (action === 'merge' && path === 'leadTicketNumber')
    return draft.mergeChoice === OTHER_TICKET ? 'leadTicketNumber' : 'mergeChoice'
  return path in HOTLINE_FIELD_LABELS ? path : null
}
