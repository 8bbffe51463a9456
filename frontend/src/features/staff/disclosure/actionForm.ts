import type {
  ActionForm,
  DisclosureOutcome,
  RequestedInformation,
  StaffAction,
  UploadedFile,
} from '@/api/disclosure'
import {
  isReplyOutcome,
  needsExplanation,
  needsLegalBasis,
  replyFieldsFor,
} from '@/features/disclosure/states'

/** What the officer fills in for an action, every answer a string bound to an input. */
export interface ActionDraft {
  occurredOn: string
  items: string
  dueOn: string
  party: '' | 'THIRD_PARTY' | 'AGENCY'
  partyName: string
  opinion: '' | 'CONSENTED' | 'OBJECTED' | 'SILENT'
  summary: string
  workingDays: string
  reason: string
  method: '' | 'PER_REQUEST' | 'PER_PAGE'
  quantity: string
  outcome: '' | DisclosureOutcome
  legalBasis: string
  explanation: string
  withheldParts: string
  competentAgency: string
  whereAlreadyPublished: string
  repeatOf: string
  documents: UploadedFile[]
  accessArrangements: string
  assignee: string
  correction: { title: string; documentNumber: string; description: string }
  note: string
}

/** Today in the reader's own calendar, as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

export function emptyActionDraft(today: string, information?: RequestedInformation): ActionDraft {
  return {
    occurredOn: today,
    items: '',
    dueOn: '',
    party: '',
    partyName: '',
    opinion: '',
    summary: '',
    workingDays: '',
    reason: '',
    method: '',
    quantity: '',
    outcome: '',
    legalBasis: '',
    explanation: '',
    withheldParts: '',
    competentAgency: '',
    whereAlreadyPublished: '',
    repeatOf: '',
    documents: [],
    accessArrangements: '',
    assignee: '',
    correction: {
      title: information?.title ?? '',
      documentNumber: information?.documentNumber ?? '',
      description: information?.description ?? '',
    },
    note: '',
  }
}

/** Actions that change nothing but the state: a confirmation button is their whole form. */
export const CONFIRM_ONLY: ReadonlySet<StaffAction> = new Set([
  'accept',
  'lapse',
  'approve-extension',
  'close-unpaid',
])

/** The element id of a field the API names (`correction.description` → act-correction-description). */
export function actionFieldId(path: string): string {
  const bare = path.replace(/\[\d+\]/g, '').replace(/\.\d+(?=\.|$)/g, '')
  if (bare === 'correction') return 'act-correction-description'
  return `act-${bare.replace(/\./g, '-')}`
}

/**
 * The name (a message key) of each field the backend may report a problem with, for the error
 * summary; a problem with any other field is shown there without a link to a field.
 */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  occurredOn: 'staffDisclosure.fields.occurredOnShort',
  items: 'staffDisclosure.fields.items',
  dueOn: 'staffDisclosure.fields.dueOnShort',
  party: 'staffDisclosure.fields.party',
  partyName: 'staffDisclosure.fields.partyName',
  opinion: 'staffDisclosure.fields.opinion',
  summary: 'staffDisclosure.fields.summary',
  workingDays: 'staffDisclosure.fields.workingDays',
  reason: 'staffDisclosure.fields.reason',
  method: 'staffDisclosure.fields.method',
  quantity: 'staffDisclosure.fields.quantity',
  outcome: 'staffDisclosure.fields.outcome',
  legalBasis: 'staffDisclosure.fields.legalBasis',
  explanation: 'staffDisclosure.fields.explanation',
  withheldParts: 'staffDisclosure.fields.withheldParts',
  competentAgency: 'staffDisclosure.fields.competentAgency',
  whereAlreadyPublished: 'staffDisclosure.fields.whereAlreadyPublished',
  repeatOf: 'staffDisclosure.fields.repeatOf',
  documents: 'staffDisclosure.fields.documents',
  accessArrangements: 'staffDisclosure.fields.accessArrangements',
  assignee: 'staffDisclosure.fields.assignee',
  'correction.title': 'apply.information.title',
  'correction.documentNumber': 'apply.information.documentNumber',
  'correction.description': 'apply.information.description',
  note: 'staffDisclosure.fields.note',
}

export interface ActionError {
  path: string
  /** Message key under staffDisclosure.errors. */
  key: string
}

const blank = (value: string) => value.trim() === ''

/** The officer's own checks, the same the backend makes for the fields each action needs. */
export function validateAction(
  action: StaffAction,
  draft: ActionDraft,
  today: string,
): ActionError[] {
  const errors: ActionError[] = []
  const add = (path: string, key: string) => errors.push({ path, key })
  const pastDay = (path = 'occurredOn') => {
    const value = draft[path as 'occurredOn']
    if (blank(value)) add(path, 'dateMissing')
    else if (value > today) add(path, 'dateInFuture')
  }
  const futureDay = (path: 'dueOn') => {
    if (!blank(draft[path]) && draft[path] <= today) add(path, 'dateNotAfterToday')
  }
  switch (action) {
    case 'assign':
      if (blank(draft.assignee)) add('assignee', 'assigneeMissing')
      break
    case 'request-correction':
      if (itemsOf(draft.items).length === 0) add('items', 'itemsMissing')
      futureDay('dueOn')
      break
    case 'receive-correction':
      if (blank(draft.correction.description)) add('correction.description', 'descriptionMissing')
      pastDay()
      break
    case 'consult':
      if (draft.party === '') add('party', 'partyMissing')
      if (blank(draft.partyName)) add('partyName', 'partyNameMissing')
      pastDay()
      break
    case 'receive-opinion':
      if (draft.opinion === '') add('opinion', 'opinionMissing')
      pastDay()
      break
    case 'request-extension': {
      const days = Number(draft.workingDays)
      if (!/^\d+$/.test(draft.workingDays.trim()) || days < 1 || days > 20)
        add('workingDays', 'workingDaysRange')
      if (blank(draft.reason)) add('reason', 'reasonMissing')
      break
    }
    case 'notify-fee':
      if (draft.method === '') add('method', 'methodMissing')
      else if (draft.method === 'PER_PAGE' && !/^\d+$/.test(draft.quantity.trim()))
        add('quantity', 'quantityMissing')
      if (blank(draft.reason)) add('reason', 'reasonMissing')
      futureDay('dueOn')
      break
    case 'receive-payment':
      pastDay()
      break
    case 'reply': {
      const outcome = draft.outcome
      if (outcome === '' || !isReplyOutcome(outcome)) {
        add('outcome', 'outcomeMissing')
        break
      }
      if (needsExplanation(outcome) && blank(draft.explanation))
        add('explanation', 'explanationMissing')
      if (outcome === 'PARTLY_DISCLOSED' && blank(draft.withheldParts))
        add('withheldParts', 'withheldPartsMissing')
      if (needsLegalBasis(outcome) && blank(draft.legalBasis))
        add('legalBasis', 'legalBasisMissing')
      if (outcome === 'NOT_PROCESSED_REPEATED' && blank(draft.repeatOf))
        add('repeatOf', 'repeatOfMissing')
      // Art. 36(二): release the information, or say how, where and when to obtain it.
      const fields = replyFieldsFor(outcome)
      if (
        fields.accessArrangements &&
        draft.documents.length === 0 &&
        blank(draft.accessArrangements) &&
        !(fields.whereAlreadyPublished && !blank(draft.whereAlreadyPublished))
      )
        add('documents', 'releaseMissing')
      break
    }
    default:
      break
  }
  return errors
}

function itemsOf(text: string): string[] {
  return text
    .split('\n')
    .map((item) => item.trim())
    .filter(Boolean)
}

const optional = (value: string) => (blank(value) ? undefined : value.trim())

/** The body for POST …/actions/{action}: only the fields that action reads. */
export function toActionForm(action: StaffAction, draft: ActionDraft): ActionForm {
  switch (action) {
    case 'assign':
      return { assignee: draft.assignee.trim() }
    case 'request-correction':
      return { items: itemsOf(draft.items), dueOn: optional(draft.dueOn) }
    case 'receive-correction':
      return {
        correction: {
          title: optional(draft.correction.title),
          documentNumber: optional(draft.correction.documentNumber),
          description: draft.correction.description.trim(),
        },
        note: optional(draft.note),
        occurredOn: optional(draft.occurredOn),
      }
    case 'consult':
      return {
        party: draft.party || undefined,
        partyName: draft.partyName.trim(),
        occurredOn: optional(draft.occurredOn),
      }
    case 'receive-opinion':
      return {
        opinion: draft.opinion || undefined,
        summary: optional(draft.summary),
        occurredOn: optional(draft.occurredOn),
      }
    case 'request-extension':
      return { workingDays: Number(draft.workingDays), reason: draft.reason.trim() }
    case 'decline-extension':
      return { reason: optional(draft.reason) }
    case 'notify-fee':
      return {
        method: draft.method || undefined,
        quantity: draft.method === 'PER_PAGE' ? Number(draft.quantity) : undefined,
        reason: draft.reason.trim(),
        dueOn: optional(draft.dueOn),
      }
    case 'receive-payment':
      return { occurredOn: optional(draft.occurredOn) }
    case 'reply': {
      const outcome = draft.outcome || undefined
      const fields = replyFieldsFor(draft.outcome)
      return {
        outcome,
        legalBasis: optional(draft.legalBasis),
        explanation: optional(draft.explanation),
        withheldParts: fields.withheldParts ? optional(draft.withheldParts) : undefined,
        competentAgency: fields.competentAgency ? optional(draft.competentAgency) : undefined,
        whereAlreadyPublished: fields.whereAlreadyPublished
          ? optional(draft.whereAlreadyPublished)
          : undefined,
        repeatOf: fields.repeatOf ? optional(draft.repeatOf) : undefined,
        documents: fields.documents ? draft.documents.map((file) => file.id) : undefined,
        accessArrangements: fields.accessArrangements
          ? optional(draft.accessArrangements)
          : undefined,
      }
    }
    default:
      return {}
  }
}
