import type {
  ApplicationForm,
  DeliveryChannel,
  IdDocumentType,
  Medium,
  OrganisationKind,
  UploadedFile,
} from '@/api/disclosure'
import type { FieldProblem } from '@/api/http'
import {
  isValidCreditCode,
  isValidEmail,
  isValidIdNumber,
  isValidPhone,
  isValidPostalCode,
} from '@/composables/identifiers'

/**
 * The application form (申请表, Art. 29) as the reader fills it in: every answer a string bound to
 * an input, so that it can be kept in sessionStorage between pages and reloads.
 */
export interface ApplicationDraft {
  agency: string
  agencyName: string
  applicant: {
    /** 自然人 or 法人或其他组织 */
    type: '' | 'person' | 'organisation'
    organisationKind: '' | OrganisationKind
    name: string
    creditCode: string
    representative: string
    idType: '' | IdDocumentType
    idNumber: string
    hasAgent: boolean
    agent: {
      name: string
      idType: '' | IdDocumentType
      idNumber: string
      powerOfAttorney: UploadedFile | null
    }
  }
  contact: { phone: string; email: string; postalAddress: string; postalCode: string }
  information: { title: string; documentNumber: string; description: string }
  delivery: { medium: '' | Medium; channel: '' | DeliveryChannel }
  attachments: UploadedFile[]
  insistAsDisclosure: boolean
}

export function emptyDraft(): ApplicationDraft {
  return {
    agency: '',
    agencyName: '',
    applicant: {
      type: '',
      organisationKind: '',
      name: '',
      creditCode: '',
      representative: '',
      idType: '',
      idNumber: '',
      hasAgent: false,
      agent: { name: '', idType: '', idNumber: '', powerOfAttorney: null },
    },
    contact: { phone: '', email: '', postalAddress: '', postalCode: '' },
    information: { title: '', documentNumber: '', description: '' },
    delivery: { medium: '', channel: '' },
    attachments: [],
    insistAsDisclosure: false,
  }
}

/** Fills in what a stored draft lacks (an older shape, a partial object) from an empty one. */
export function completeDraft(stored: unknown): ApplicationDraft {
  const base = emptyDraft()
  if (!stored || typeof stored !== 'object') return base
  const merge = (target: Record<string, unknown>, source: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(target)) {
      const given = source[key]
      if (given === undefined) continue
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        if (given && typeof given === 'object') {
          merge(value as Record<string, unknown>, given as Record<string, unknown>)
        }
      } else if (value === null || typeof value === typeof given || Array.isArray(given)) {
        target[key] = given
      }
    }
  }
  merge(base as unknown as Record<string, unknown>, stored as Record<string, unknown>)
  return base
}

/**
 * Copies one draft into another without replacing the nested objects, so that every component
 * holding a part of the target (the applicant, the contact) keeps seeing the current answers.
 */
export function overwriteDraft(target: ApplicationDraft, source: ApplicationDraft): void {
  const copy = (into: Record<string, unknown>, from: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(from)) {
      const current = into[key]
      if (
        value &&
        typeof value === 'object' &&
        !Array.isArray(value) &&
        current &&
        typeof current === 'object' &&
        !Array.isArray(current) &&
        key !== 'powerOfAttorney'
      ) {
        copy(current as Record<string, unknown>, value as Record<string, unknown>)
      } else {
        into[key] = Array.isArray(value) ? [...value] : value
      }
    }
  }
  copy(target as unknown as Record<string, unknown>, source as unknown as Record<string, unknown>)
}

/** The steps of the form, in order; the last one is 核对 (check your answers). */
export const STEPS = [
  'agency',
  'applicant',
  'contact',
  'information',
  'delivery',
  'attachments',
  'check',
] as const
export type Step = (typeof STEPS)[number]

export function isStep(value: unknown): value is Step {
  return typeof value === 'string' && (STEPS as readonly string[]).includes(value)
}

/** Where "continue" leads: back to the check page when the reader came from there to change. */
export function nextStep(step: Step, returnToCheck = false): Step {
  if (returnToCheck) return 'check'
  const index = STEPS.indexOf(step)
  return STEPS[Math.min(index + 1, STEPS.length - 1)]!
}

export function previousStep(step: Step): Step | null {
  const index = STEPS.indexOf(step)
  return index > 0 ? STEPS[index - 1]! : null
}

/** Paper goes by post or is picked up; electronic copies by e-mail or on-line (as the backend). */
export function channelsFor(medium: '' | Medium): DeliveryChannel[] {
  if (medium === 'PAPER') return ['POST', 'PICK_UP']
  if (medium === 'ELECTRONIC') return ['EMAIL', 'ONLINE']
  return []
}

export function channelSuits(channel: '' | DeliveryChannel, medium: '' | Medium): boolean {
  return channel !== '' && channelsFor(medium).includes(channel)
}

export const MAX_ATTACHMENTS = 5
export { ACCEPTED_TYPES, fileProblem, MAX_FILE_BYTES } from '@/composables/fileRules'

/** A problem found in the form: the dotted path of the field (as the API names it) and a message. */
export interface DraftError {
  path: string
  /** Message key under apply.errors. */
  key: string
}

const trimmed = (value: string) => value.trim()
const blank = (value: string) => value.trim() === ''

/** The checks the backend makes, so that the reader hears of most problems before submitting. */
export function validateStep(
  step: Step,
  draft: ApplicationDraft,
  today = new Date(),
): DraftError[] {
  const errors: DraftError[] = []
  const add = (path: string, key: string) => errors.push({ path, key })
  switch (step) {
    case 'agency':
      if (blank(draft.agency)) add('agency', 'agencyMissing')
      break
    case 'applicant': {
      const applicant = draft.applicant
      const organisation = applicant.type === 'organisation'
      if (applicant.type === '') add('applicant.kind', 'kindMissing')
      else if (organisation && applicant.organisationKind === '')
        add('applicant.organisationKind', 'organisationKindMissing')
      if (blank(applicant.name))
        add('applicant.name', organisation ? 'orgNameMissing' : 'nameMissing')
      else if (applicant.name.length > 100) add('applicant.name', 'nameTooLong')
      if (organisation) {
        if (blank(applicant.creditCode)) add('applicant.creditCode', 'creditCodeMissing')
        else if (!isValidCreditCode(applicant.creditCode))
          add('applicant.creditCode', 'creditCodeInvalid')
        if (blank(applicant.representative))
          add('applicant.representative', 'representativeMissing')
        else if (applicant.representative.length > 50)
          add('applicant.representative', 'representativeTooLong')
      }
      if (applicant.idType === '') add('applicant.idType', 'idTypeMissing')
      if (blank(applicant.idNumber)) add('applicant.idNumber', 'idNumberMissing')
      else if (
        applicant.idType === 'RESIDENT_ID_CARD' &&
        !isValidIdNumber(applicant.idNumber, today)
      )
        add('applicant.idNumber', 'idNumberInvalid')
      else if (applicant.idNumber.trim().length > 30) add('applicant.idNumber', 'idNumberTooLong')
      if (applicant.hasAgent) {
        const agent = applicant.agent
        if (blank(agent.name)) add('applicant.agent.name', 'agentNameMissing')
        else if (agent.name.length > 50) add('applicant.agent.name', 'agentNameTooLong')
        if (agent.idType === '') add('applicant.agent.idType', 'idTypeMissing')
        if (blank(agent.idNumber)) add('applicant.agent.idNumber', 'idNumberMissing')
        else if (agent.idType === 'RESIDENT_ID_CARD' && !isValidIdNumber(agent.idNumber, today))
          add('applicant.agent.idNumber', 'idNumberInvalid')
        if (!agent.powerOfAttorney) add('applicant.agent.powerOfAttorney', 'powerOfAttorneyMissing')
      }
      break
    }
    case 'contact': {
      const contact = draft.contact
      if (blank(contact.phone)) add('contact.phone', 'phoneMissing')
      else if (!isValidPhone(contact.phone)) add('contact.phone', 'phoneInvalid')
      if (!blank(contact.email) && (!isValidEmail(contact.email) || contact.email.length > 100))
        add('contact.email', 'emailInvalid')
      if (contact.postalAddress.length > 200) add('contact.postalAddress', 'addressTooLong')
      if (!blank(contact.postalCode) && !isValidPostalCode(contact.postalCode))
        add('contact.postalCode', 'postalCodeInvalid')
      break
    }
    case 'information': {
      const information = draft.information
      if (information.title.length > 200) add('information.title', 'titleTooLong')
      if (information.documentNumber.length > 100)
        add('information.documentNumber', 'documentNumberTooLong')
      if (blank(information.description)) add('information.description', 'descriptionMissing')
      else if (information.description.length > 2000)
        add('information.description', 'descriptionTooLong')
      break
    }
    case 'delivery': {
      const { medium, channel } = draft.delivery
      // The channels are shown once a medium is chosen: until then the medium is the problem.
      if (medium === '') add('delivery.medium', 'mediumMissing')
      else if (!channelSuits(channel, medium)) add('delivery.channel', 'channelMissing')
      if (channel === 'EMAIL') {
        if (blank(draft.contact.email)) add('contact.email', 'emailNeeded')
        else if (!isValidEmail(draft.contact.email)) add('contact.email', 'emailInvalid')
      }
      if (channel === 'POST') {
        if (blank(draft.contact.postalAddress)) add('contact.postalAddress', 'addressNeeded')
        if (blank(draft.contact.postalCode)) add('contact.postalCode', 'postalCodeNeeded')
        else if (!isValidPostalCode(draft.contact.postalCode))
          add('contact.postalCode', 'postalCodeInvalid')
      }
      break
    }
    case 'attachments':
      if (draft.attachments.length > MAX_ATTACHMENTS) add('attachments', 'tooManyFiles')
      break
    case 'check':
      break
  }
  return errors
}

/** The first step the reader has not yet completed, or 'check' when every step is done. */
export function firstIncompleteStep(draft: ApplicationDraft, today = new Date()): Step {
  for (const step of STEPS) {
    if (step === 'check') return step
    if (validateStep(step, draft, today).length > 0) return step
  }
  return 'check'
}

/** Which step asks for a field the API names by its dotted path (contact.email → contact). */
export function stepOfField(path: string): Step {
  const head = path.replace(/^application\./, '').split(/[.[]/)[0]
  return isStep(head) && head !== 'check' ? head : 'check'
}

/**
 * The element id of a field the API names by its dotted path: `applicant.agent.idNumber` →
 * `app-applicant-agent-idNumber`. List indices fall to the list (`attachments[2]` → attachments);
 * a paper application's `application.` prefix is dropped.
 */
export function fieldId(path: string): string {
  return `app-${formPath(path).replace(/\./g, '-')}`
}

/** The path of the field on which the form shows a problem the backend reported. */
export function formPath(apiPath: string): string {
  return apiPath
    .replace(/^application\./, '')
    .replace(/\[\d+\]/g, '')
    .replace(/\.\d+(?=\.|$)/g, '')
}

/** The message key of each field's label, to name the field in the error summary. */
const LABELS: Record<string, string> = {
  agency: 'apply.agency.legend',
  'applicant.kind': 'apply.applicant.kindLegend',
  'applicant.organisationKind': 'apply.applicant.organisationKindLegend',
  'applicant.name': 'apply.applicant.name',
  'applicant.creditCode': 'apply.applicant.creditCode',
  'applicant.representative': 'apply.applicant.representative',
  'applicant.idType': 'apply.applicant.idType',
  'applicant.idNumber': 'apply.applicant.idNumber',
  'applicant.agent': 'apply.applicant.agentTitle',
  'applicant.agent.name': 'apply.applicant.agentName',
  'applicant.agent.idType': 'apply.applicant.agentIdType',
  'applicant.agent.idNumber': 'apply.applicant.agentIdNumber',
  'applicant.agent.powerOfAttorney': 'apply.applicant.powerOfAttorney',
  'contact.phone': 'apply.contact.phone',
  'contact.email': 'apply.contact.email',
  'contact.postalAddress': 'apply.contact.postalAddress',
  'contact.postalCode': 'apply.contact.postalCode',
  'information.title': 'apply.information.title',
  'information.documentNumber': 'apply.information.documentNumber',
  'information.description': 'apply.information.description',
  'delivery.medium': 'apply.delivery.mediumLegend',
  'delivery.channel': 'apply.delivery.channelLegend',
  attachments: 'apply.attachments.title',
  insistAsDisclosure: 'apply.check.insistLabel',
}

export function labelKeyOf(path: string): string | null {
  return LABELS[formPath(path)] ?? null
}

/**
 * Sorts the backend's field problems into those the form can show beside a field (by form path)
 * and those it cannot place, which go to the summary alone.
 */
export function placeProblems(errors: FieldProblem[] | undefined): {
  byField: Record<string, string>
  unplaced: string[]
} {
  const byField: Record<string, string> = {}
  const unplaced: string[] = []
  for (const error of errors ?? []) {
    const path = formPath(error.field)
    if (LABELS[path]) {
      // Two problems on one field (both postal fields, say): show them both.
      byField[path] = byField[path] ? `${byField[path]}；${error.message}` : error.message
    } else {
      unplaced.push(error.message)
    }
  }
  return { byField, unplaced }
}

const optional = (value: string) => (blank(value) ? undefined : trimmed(value))

/** The body of POST /api/disclosure/requests. Call only once every step is valid. */
export function toApplicationForm(draft: ApplicationDraft): ApplicationForm {
  const applicant = draft.applicant
  const organisation = applicant.type === 'organisation'
  const agent = applicant.agent
  return {
    agency: draft.agency,
    applicant: {
      kind: organisation ? (applicant.organisationKind as OrganisationKind) : 'NATURAL_PERSON',
      name: trimmed(applicant.name),
      creditCode: organisation ? optional(applicant.creditCode)?.toUpperCase() : undefined,
      representative: organisation ? optional(applicant.representative) : undefined,
      idType: applicant.idType as IdDocumentType,
      idNumber: trimmed(applicant.idNumber).toUpperCase(),
      agent: applicant.hasAgent
        ? {
            name: trimmed(agent.name),
            idType: agent.idType as IdDocumentType,
            idNumber: trimmed(agent.idNumber).toUpperCase(),
            powerOfAttorney: agent.powerOfAttorney?.id ?? '',
          }
        : undefined,
    },
    contact: {
      phone: trimmed(draft.contact.phone),
      email: optional(draft.contact.email),
      postalAddress: optional(draft.contact.postalAddress),
      postalCode: optional(draft.contact.postalCode),
    },
    information: {
      title: optional(draft.information.title),
      documentNumber: optional(draft.information.documentNumber),
      description: trimmed(draft.information.description),
    },
    delivery: {
      medium: draft.delivery.medium as Medium,
      channel: draft.delivery.channel as DeliveryChannel,
    },
    attachments: draft.attachments.map((file) => file.id),
    insistAsDisclosure: draft.insistAsDisclosure || undefined,
  }
}
