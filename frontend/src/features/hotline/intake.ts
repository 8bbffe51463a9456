import type { FieldProblem } from '@/api/http'
import type {
  HotlineFile,
  HotlineTicketForm,
  HotlineType,
  KnowledgeAnswer,
  SubmitterKind,
} from '@/api/hotline'
import { isValidCreditCode, isValidMobile } from '@/composables/identifiers'

/**
 * A hotline request (诉求) as the person fills it in: every answer a string or a flag bound to an
 * input, so that it can be kept in sessionStorage between the steps, a reload and the sign-in page.
 */
export interface IntakeDraft {
  type: '' | HotlineType
  categoryCode: string
  /** Kept beside the code for the check page, which must not wait for the catalogue. */
  categoryName: string
  title: string
  description: string
  place: { regionId: string; regionName: string; address: string }
  happenedOn: string
  attachments: HotlineFile[]
  submitter: {
    kind: '' | SubmitterKind
    name: string
    phone: string
    enterpriseName: string
    creditCode: string
  }
  publishReply: boolean
}

export function emptyIntake(): IntakeDraft {
  return {
    type: '',
    categoryCode: '',
    categoryName: '',
    title: '',
    description: '',
    place: { regionId: '', regionName: '', address: '' },
    happenedOn: '',
    attachments: [],
    submitter: { kind: '', name: '', phone: '', enterpriseName: '', creditCode: '' },
    publishReply: false,
  }
}

/** A stored draft read back: what it lacks or holds in another shape comes from an empty one. */
export function completeIntake(stored: unknown): IntakeDraft {
  const draft = emptyIntake()
  if (!stored || typeof stored !== 'object') return draft
  overwriteIntake(draft, stored as IntakeDraft)
  return draft
}

/**
 * Copies one draft into another in place (the nested place and submitter objects kept, so that
 * components holding them see the new answers), taking only fields of the right type.
 */
export function overwriteIntake(target: IntakeDraft, source: IntakeDraft): void {
  const copy = (into: Record<string, unknown>, from: Record<string, unknown>) => {
    for (const [key, current] of Object.entries(into)) {
      const given = from[key]
      if (Array.isArray(current)) {
        if (Array.isArray(given)) into[key] = [...given]
      } else if (current && typeof current === 'object') {
        if (given && typeof given === 'object')
          copy(current as Record<string, unknown>, given as Record<string, unknown>)
      } else if (typeof given === typeof current) {
        into[key] = given
      }
    }
  }
  copy(target as unknown as Record<string, unknown>, source as unknown as Record<string, unknown>)
}

/** The steps of the form, in order; the last is 核对 (check your answers). */
export const INTAKE_STEPS = ['type', 'details', 'submitter', 'check'] as const
export type IntakeStep = (typeof INTAKE_STEPS)[number]

export function isIntakeStep(value: unknown): value is IntakeStep {
  return typeof value === 'string' && (INTAKE_STEPS as readonly string[]).includes(value)
}

export function nextIntakeStep(step: IntakeStep, returnToCheck = false): IntakeStep {
  if (returnToCheck) return 'check'
  const index = INTAKE_STEPS.indexOf(step)
  return INTAKE_STEPS[Math.min(index + 1, INTAKE_STEPS.length - 1)]!
}

export function previousIntakeStep(step: IntakeStep): IntakeStep | null {
  const index = INTAKE_STEPS.indexOf(step)
  return index > 0 ? INTAKE_STEPS[index - 1]! : null
}

export const MAX_HOTLINE_ATTACHMENTS = 9
export const LIMITS = { title: 100, description: 4000, address: 200, name: 50 } as const

/** Who may file as whom: a citizen or an enterprise must be signed in; anyone may file anonymously. */
export function needsSignIn(kind: '' | SubmitterKind): boolean {
  return kind === 'CITIZEN' || kind === 'ENTERPRISE'
}

/** A problem found in the form: the field's path as the API names it, and a message key. */
export interface IntakeError {
  path: string
  /** Message key under hotlineIntake.errors. */
  key: string
}

const blank = (value: string) => value.trim() === ''

/** YYYY-MM-DD of a day in the reader's own calendar. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** Why the day it happened cannot be taken (not a day, or in the future); null when it can. */
export function happenedOnProblem(value: string, today = new Date()): string | null {
  if (value === '') return null
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'dateInvalid'
  return value > isoDay(today) ? 'dateInFuture' : null
}

/** The checks the backend makes, so that the person hears of most problems before submitting. */
export function validateIntakeStep(
  step: IntakeStep,
  draft: IntakeDraft,
  context: { signedIn: boolean; today?: Date },
): IntakeError[] {
  const errors: IntakeError[] = []
  const add = (path: string, key: string) => errors.push({ path, key })
  switch (step) {
    case 'type':
      if (draft.type === '') add('type', 'typeMissing')
      break
    case 'details': {
      if (blank(draft.categoryCode)) add('categoryCode', 'categoryMissing')
      if (blank(draft.title)) add('title', 'titleMissing')
      else if (draft.title.trim().length > LIMITS.title) add('title', 'titleTooLong')
      if (blank(draft.description)) add('description', 'descriptionMissing')
      else if (draft.description.trim().length > LIMITS.description)
        add('description', 'descriptionTooLong')
      if (blank(draft.place.regionId)) add('place.regionId', 'regionMissing')
      if (draft.place.address.trim().length > LIMITS.address) add('place.address', 'addressTooLong')
      const dateProblem = happenedOnProblem(draft.happenedOn, context.today)
      if (dateProblem) add('happenedOn', dateProblem)
      if (draft.attachments.length > MAX_HOTLINE_ATTACHMENTS) add('attachmentIds', 'tooManyFiles')
      break
    }
    case 'submitter': {
      const submitter = draft.submitter
      if (submitter.kind === '') {
        add('submitter.kind', 'kindMissing')
        break
      }
      if (needsSignIn(submitter.kind) && !context.signedIn) {
        add('submitter.kind', 'signInNeeded')
        break
      }
      const identified = submitter.kind !== 'ANONYMOUS'
      if (submitter.kind === 'ENTERPRISE') {
        if (blank(submitter.enterpriseName))
          add('submitter.enterpriseName', 'enterpriseNameMissing')
        else if (submitter.enterpriseName.trim().length > 100)
          add('submitter.enterpriseName', 'enterpriseNameTooLong')
        if (blank(submitter.creditCode)) add('submitter.creditCode', 'creditCodeMissing')
        else if (!isValidCreditCode(submitter.creditCode))
          add('submitter.creditCode', 'creditCodeInvalid')
      }
      if (identified && blank(submitter.name)) add('submitter.name', 'nameMissing')
      else if (submitter.name.trim().length > LIMITS.name) add('submitter.name', 'nameTooLong')
      if (identified && blank(submitter.phone)) add('submitter.phone', 'phoneMissing')
      else if (!blank(submitter.phone) && !isValidMobile(submitter.phone))
        add('submitter.phone', 'phoneInvalid')
      break
    }
    case 'check':
      break
  }
  return errors
}

/** The first step not yet done, or 'check' when every step is. */
export function firstIncompleteIntakeStep(
  draft: IntakeDraft,
  context: { signedIn: boolean; today?: Date },
): IntakeStep {
  for (const step of INTAKE_STEPS) {
    if (step === 'check' || validateIntakeStep(step, draft, context).length > 0) return step
  }
  return 'check'
}

/** The path of the field on which the form shows a problem the API reported (lists fall to the list). */
export function intakePath(apiPath: string): string {
  return apiPath.replace(/\[\d+\]/g, '').replace(/\.\d+(?=\.|$)/g, '')
}

/** The element id of a field by its API path: `submitter.creditCode` → `hl-submitter-creditCode`. */
export function intakeFieldId(path: string): string {
  return `hl-${intakePath(path).replace(/\./g, '-')}`
}

/** The message key of each field's label, and the step that asks for it. */
const FIELDS: Record<string, { label: string; step: IntakeStep }> = {
  type: { label: 'hotlineIntake.type.legend', step: 'type' },
  categoryCode: { label: 'hotlineIntake.matter.legend', step: 'details' },
  title: { label: 'hotlineIntake.details.title', step: 'details' },
  description: { label: 'hotlineIntake.details.description', step: 'details' },
  'place.regionId': { label: 'hotlineIntake.details.region', step: 'details' },
  'place.address': { label: 'hotlineIntake.details.address', step: 'details' },
  happenedOn: { label: 'hotlineIntake.details.happenedOn', step: 'details' },
  attachmentIds: { label: 'hotlineIntake.details.attachments', step: 'details' },
  'submitter.kind': { label: 'hotlineIntake.submitter.legend', step: 'submitter' },
  'submitter.name': { label: 'hotlineIntake.submitter.name', step: 'submitter' },
  'submitter.phone': { label: 'hotlineIntake.submitter.phone', step: 'submitter' },
  'submitter.enterpriseName': {
    label: 'hotlineIntake.submitter.enterpriseName',
    step: 'submitter',
  },
  'submitter.creditCode': { label: 'hotlineIntake.submitter.creditCode', step: 'submitter' },
  publishReply: { label: 'hotlineIntake.submitter.publishReply', step: 'submitter' },
}

export function intakeLabelKey(path: string): string | null {
  return FIELDS[intakePath(path)]?.label ?? null
}

export function intakeStepOf(path: string): IntakeStep {
  return FIELDS[intakePath(path)]?.step ?? 'check'
}

/** The backend's field problems: those the form can show beside a field, and the rest. */
export function placeIntakeProblems(errors: FieldProblem[] | undefined): {
  byField: Record<string, string>
  unplaced: string[]
} {
  const byField: Record<string, string> = {}
  const unplaced: string[] = []
  for (const error of errors ?? []) {
    const path = intakePath(error.field)
    if (FIELDS[path])
      byField[path] = byField[path] ? `${byField[path]}；${error.message}` : error.message
    else unplaced.push(error.message)
  }
  return { byField, unplaced }
}

const trimmed = (value: string) => value.trim()

/** The body of POST /api/hotline/tickets. Call only once every step is valid. */
export function toTicketForm(draft: IntakeDraft): HotlineTicketForm {
  const submitter = draft.submitter
  const enterprise = submitter.kind === 'ENTERPRISE'
  return {
    type: draft.type as HotlineType,
    categoryCode: draft.categoryCode,
    title: trimmed(draft.title),
    description: trimmed(draft.description),
    place: { regionId: draft.place.regionId, address: trimmed(draft.place.address) },
    happenedOn: draft.happenedOn || undefined,
    attachmentIds: draft.attachments.map((file) => file.id),
    publishReply: draft.publishReply,
    submitter: {
      kind: submitter.kind as SubmitterKind,
      name: trimmed(submitter.name),
      phone: trimmed(submitter.phone),
      enterpriseName: enterprise ? trimmed(submitter.enterpriseName) : '',
      creditCode: enterprise ? trimmed(submitter.creditCode).normalize('NFKC').toUpperCase() : '',
    },
    answeredByEntryId: null,
  }
}

/**
 * The enquiry the person says a knowledge-base answer settled (自助解决): what they entered, with
 * what is still missing taken from the answer (its question as the title, its matter) and the
 * centre as the place. Whoever has not said who they are yet files it anonymously: nothing more
 * is asked of a person whose question is answered. Null when no matter can be named.
 */
export function selfServiceForm(
  draft: IntakeDraft,
  answer: KnowledgeAnswer,
  context: { signedIn: boolean; centreId: string; today?: Date },
): HotlineTicketForm | null {
  const categoryCode = draft.categoryCode || answer.matterCode || ''
  if (!categoryCode) return null
  const submitterDone = validateIntakeStep('submitter', draft, context).length === 0
  const base = toTicketForm(draft)
  const title = trimmed(draft.title) || answer.question
  return {
    ...base,
    type: 'ENQUIRY',
    categoryCode,
    title: [...title].slice(0, LIMITS.title).join(''),
    description: trimmed(draft.description) || answer.question,
    place: {
      regionId: draft.place.regionId || context.centreId,
      address: trimmed(draft.place.address).slice(0, LIMITS.address),
    },
    happenedOn: happenedOnProblem(draft.happenedOn, context.today) ? undefined : base.happenedOn,
    submitter: submitterDone
      ? base.submitter
      : { kind: 'ANONYMOUS', name: '', phone: '', enterpriseName: '', creditCode: '' },
    answeredByEntryId: answer.id,
  }
}
