import type {
  DisclosureOutcome,
  DisclosureRequest,
  DisclosureState,
  StaffAction,
  TimelineEntry,
} from '@/api/disclosure'

/** The four states after which nothing more happens to a request. */
const FINAL: ReadonlySet<DisclosureState> = new Set([
  'ANSWERED',
  'WITHDRAWN',
  'LAPSED',
  'FEE_UNPAID',
])

export function isFinal(state: DisclosureState): boolean {
  return FINAL.has(state)
}

/** Message key of a state's name (已收到, 待补正, 办理中 …). */
export const stateKey = (state: DisclosureState) => `disclosureState.${state}`

/** Message key of an event's name on the timeline (收到申请, 告知补正 …). */
export const eventKey = (type: string) => `disclosureEvent.${type}`

/**
 * Message key of what to say while a request has no reply deadline: "set again once the
 * correction arrives" only when a correction was asked for, a neutral "not yet known" otherwise.
 */
export function noDueOnKey(state: DisclosureState, correctionDueOn: string | null): string {
  return state === 'AWAITING_CORRECTION' || correctionDueOn ? 'deadline.none' : 'deadline.unknown'
}

/** The lettered groups of 三、本年度办理结果 (国办公开办函〔2021〕30号), in order. */
export type OutcomeGroup =
  'DISCLOSED' | 'PARTLY_DISCLOSED' | 'WITHHELD' | 'UNAVAILABLE' | 'NOT_PROCESSED' | 'OTHER'

export const OUTCOME_GROUPS: ReadonlyArray<{ group: OutcomeGroup; outcomes: DisclosureOutcome[] }> =
  [
    { group: 'DISCLOSED', outcomes: ['DISCLOSED'] },
    { group: 'PARTLY_DISCLOSED', outcomes: ['PARTLY_DISCLOSED'] },
    {
      group: 'WITHHELD',
      outcomes: [
        'WITHHELD_STATE_SECRET',
        'WITHHELD_PROHIBITED_BY_LAW',
        'WITHHELD_SECURITY_OR_STABILITY',
        'WITHHELD_THIRD_PARTY_RIGHTS',
        'WITHHELD_INTERNAL_AFFAIRS',
        'WITHHELD_PROCESS_INFORMATION',
        'WITHHELD_ENFORCEMENT_FILE',
        'WITHHELD_ADMINISTRATIVE_QUERY',
      ],
    },
    {
      group: 'UNAVAILABLE',
      outcomes: [
        'UNAVAILABLE_NOT_HELD',
        'UNAVAILABLE_NEEDS_CREATION',
        'UNAVAILABLE_UNCLEAR_AFTER_CORRECTION',
      ],
    },
    {
      group: 'NOT_PROCESSED',
      outcomes: [
        'NOT_PROCESSED_COMPLAINT',
        'NOT_PROCESSED_REPEATED',
        'NOT_PROCESSED_PUBLICATION',
        'NOT_PROCESSED_EXCESSIVE',
        'NOT_PROCESSED_CONFIRMATION',
      ],
    },
    { group: 'OTHER', outcomes: ['OTHER_NO_CORRECTION', 'OTHER_FEE_UNPAID', 'OTHER'] },
  ]

export function groupOf(outcome: DisclosureOutcome): OutcomeGroup {
  return OUTCOME_GROUPS.find((entry) => entry.outcomes.includes(outcome))!.group
}

/** Whether an officer may choose the outcome as a reply; the others follow from lapses. */
export function isReplyOutcome(outcome: DisclosureOutcome): boolean {
  return outcome !== 'OTHER_NO_CORRECTION' && outcome !== 'OTHER_FEE_UNPAID'
}

/** Everything but disclosure must say what was refused and why (Arts. 36(三), 37). */
export function needsExplanation(outcome: DisclosureOutcome): boolean {
  return groupOf(outcome) !== 'DISCLOSED'
}

/** No single article governs these: the officer must state the legal basis. */
export function needsLegalBasis(outcome: DisclosureOutcome): boolean {
  return outcome === 'NOT_PROCESSED_CONFIRMATION' || outcome === 'OTHER'
}

/** The reply fields that belong to an outcome beyond explanation and legal basis. */
export function replyFieldsFor(outcome: DisclosureOutcome | ''): {
  withheldParts: boolean
  competentAgency: boolean
  whereAlreadyPublished: boolean
  repeatOf: boolean
  documents: boolean
  accessArrangements: boolean
} {
  return {
    withheldParts: outcome === 'PARTLY_DISCLOSED',
    competentAgency: outcome === 'UNAVAILABLE_NOT_HELD',
    whereAlreadyPublished: outcome === 'DISCLOSED',
    repeatOf: outcome === 'NOT_PROCESSED_REPEATED',
    documents: outcome === 'DISCLOSED' || outcome === 'PARTLY_DISCLOSED',
    accessArrangements: outcome === 'DISCLOSED' || outcome === 'PARTLY_DISCLOSED',
  }
}

/** The item number inside a group of the national format (1. 2. …), 0 for one-row groups. */
export function itemNumberOf(outcome: DisclosureOutcome): number {
  const entry = OUTCOME_GROUPS.find((group) => group.outcomes.includes(outcome))!
  return entry.outcomes.length === 1 ? 0 : entry.outcomes.indexOf(outcome) + 1
}

/** Actions that record something that happened off-line, on a day the officer gives. */
export const DATED_ACTIONS: ReadonlySet<StaffAction> = new Set([
  'receive-correction',
  'receive-opinion',
  'receive-payment',
  'consult',
])

export function lastEvent(request: DisclosureRequest, type: string): TimelineEntry | undefined {
  for (let i = request.timeline.length - 1; i >= 0; i--) {
    if (request.timeline[i]!.type === type) return request.timeline[i]
  }
  return undefined
}

/** The corrections asked for, one per line in the notice. */
export function correctionItems(request: DisclosureRequest): string[] {
  const asked = lastEvent(request, 'CORRECTION_REQUESTED')
  return (asked?.details.items ?? '')
    .split('\n')
    .map((item) => item.trim())
    .filter(Boolean)
}

/**
 * Which of the allowed actions to offer the officer now: the backend lists what the state allows;
 * the extension steps also depend on a pending extension and on who is looking.
 */
export function actionsToOffer(request: DisclosureRequest, isOfficeHead: boolean): StaffAction[] {
  const extended = request.timeline.some((entry) => entry.type === 'EXTENSION_APPROVED')
  return (request.allowedActions as StaffAction[]).filter((action) => {
    switch (action) {
      case 'approve-extension':
      case 'decline-extension':
        return request.extensionPending && isOfficeHead
      case 'request-extension':
        return !request.extensionPending && !extended
      case 'reply':
        return !request.extensionPending
      case 'request-correction':
        return !request.timeline.some((entry) => entry.type === 'CORRECTION_REQUESTED')
      default:
        return true
    }
  })
}

/** The ids of the files released with the reply, as its timeline step lists them. */
export function releasedDocuments(request: DisclosureRequest): string[] {
  return (lastEvent(request, 'REPLIED')?.details.documents ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean)
}
