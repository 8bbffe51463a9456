import { describe, expect, it } from 'vitest'
import {
  DISCLOSURE_OUTCOMES,
  DISCLOSURE_STATES,
  STAFF_ACTIONS,
  type DisclosureRequest,
  type TimelineEntry,
} from '@/api/disclosure'
import { createPortalI18n, LOCALES } from '@/i18n'
import {
  actionsToOffer,
  correctionItems,
  eventKey,
  groupOf,
  isFinal,
  isReplyOutcome,
  itemNumberOf,
  needsExplanation,
  needsLegalBasis,
  noDueOnKey,
  OUTCOME_GROUPS,
  replyFieldsFor,
  stateKey,
} from './states'

const EVENTS = [
  'RECEIVED',
  'ACCEPTED',
  'ASSIGNED',
  'CORRECTION_REQUESTED',
  'CORRECTION_RECEIVED',
  'LAPSED',
  'CONSULTATION_SENT',
  'OPINION_RECEIVED',
  'EXTENSION_REQUESTED',
  'EXTENSION_APPROVED',
  'EXTENSION_DECLINED',
  'FEE_NOTIFIED',
  'FEE_PAID',
  'FEE_UNPAID',
  'REPLIED',
  'WITHDRAWN',
  'DEADLINE_CONFIRMED',
]

function entry(type: string, details: Record<string, string> = {}): TimelineEntry {
  return {
    seq: 1,
    type: type as TimelineEntry['type'],
    occurredOn: '2026-11-23',
    recordedAt: '2026-11-23T03:00:00Z',
    actorRole: null,
    actor: null,
    details,
  }
}

function request(overrides: Partial<DisclosureRequest>): DisclosureRequest {
  return {
    allowedActions: [],
    extensionPending: false,
    timeline: [entry('RECEIVED')],
    ...overrides,
  } as DisclosureRequest
}

describe('state names', () => {
  it('name every state, event, outcome and action in both languages', () => {
    for (const locale of LOCALES) {
      const { t, te } = createPortalI18n(locale).global
      for (const state of DISCLOSURE_STATES) expect(te(stateKey(state)), state).toBe(true)
      for (const type of EVENTS) expect(te(eventKey(type)), type).toBe(true)
      for (const outcome of DISCLOSURE_OUTCOMES)
        expect(te(`outcome.${outcome}`), outcome).toBe(true)
      for (const action of STAFF_ACTIONS) {
        expect(te(`staffAction.${action}`), action).toBe(true)
        expect(te(`staffDisclosure.action.submit.${action}`), action).toBe(true)
        expect(te(`staffDisclosure.action.lead.${action}`), action).toBe(true)
      }
      expect(t(stateKey('AWAITING_CORRECTION'))).not.toBe('')
    }
  })

  it('use the terms of the Regulations in Chinese', () => {
    const { t } = createPortalI18n('zh-CN').global
    expect(DISCLOSURE_STATES.map((state) => t(stateKey(state)))).toEqual([
      '已收到',
      '待补正',
      '办理中',
      '征求意见中',
      '待缴费',
      '已答复',
      '已撤回',
      '逾期未补正',
      '逾期未缴费',
    ])
    expect(t('outcomeGroup.PARTLY_DISCLOSED')).toBe(
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    )
    expect(t('outcome.WITHHELD_SECURITY_OR_STABILITY')).toBe('危及“三安全一稳定”')
  })

  it('know the four final states', () => {
    expect(DISCLOSURE_STATES.filter(isFinal)).toEqual([
      'ANSWERED',
      'WITHDRAWN',
      'LAPSED',
      'FEE_UNPAID',
    ])
  })
})

describe('a request without a reply deadline', () => {
  it('says it is set again after the correction only when a correction was asked for', () => {
    expect(noDueOnKey('AWAITING_CORRECTION', '2026-12-08')).toBe('deadline.none')
    expect(noDueOnKey('AWAITING_CORRECTION', null)).toBe('deadline.none')
    expect(noDueOnKey('RECEIVED', '2026-12-08')).toBe('deadline.none')
    expect(noDueOnKey('RECEIVED', null)).toBe('deadline.unknown')
    expect(noDueOnKey('IN_PROGRESS', null)).toBe('deadline.unknown')
    const { t } = createPortalI18n('zh-CN').global
    expect(t('deadline.unknown')).toBe('暂无法计算')
  })
})

describe('outcomes', () => {
  it('fall into the six groups of the national format, every one exactly once', () => {
    expect(OUTCOME_GROUPS.map((group) => group.group)).toEqual([
      'DISCLOSED',
      'PARTLY_DISCLOSED',
      'WITHHELD',
      'UNAVAILABLE',
      'NOT_PROCESSED',
      'OTHER',
    ])
    expect(OUTCOME_GROUPS.flatMap((group) => group.outcomes).sort()).toEqual(
      [...DISCLOSURE_OUTCOMES].sort(),
    )
    expect(groupOf('WITHHELD_ENFORCEMENT_FILE')).toBe('WITHHELD')
    expect(itemNumberOf('WITHHELD_ENFORCEMENT_FILE')).toBe(7)
    expect(itemNumberOf('PARTLY_DISCLOSED')).toBe(0)
  })

  it('say which a reply may take and what each needs', () => {
    expect(isReplyOutcome('OTHER_NO_CORRECTION')).toBe(false)
    expect(isReplyOutcome('OTHER')).toBe(true)
    expect(needsExplanation('DISCLOSED')).toBe(false)
    expect(needsExplanation('UNAVAILABLE_NOT_HELD')).toBe(true)
    expect(needsLegalBasis('NOT_PROCESSED_CONFIRMATION')).toBe(true)
    expect(needsLegalBasis('PARTLY_DISCLOSED')).toBe(false)
    expect(replyFieldsFor('PARTLY_DISCLOSED')).toEqual({
      withheldParts: true,
      competentAgency: false,
      whereAlreadyPublished: false,
      repeatOf: false,
      documents: true,
      accessArrangements: true,
    })
    expect(replyFieldsFor('NOT_PROCESSED_REPEATED').repeatOf).toBe(true)
    expect(replyFieldsFor('DISCLOSED').accessArrangements).toBe(true)
    expect(replyFieldsFor('WITHHELD_STATE_SECRET').accessArrangements).toBe(false)
    expect(replyFieldsFor('').accessArrangements).toBe(false)
  })
})

describe('actions offered to staff', () => {
  const inProgress = [
    'assign',
    'consult',
    'request-extension',
    'approve-extension',
    'decline-extension',
    'notify-fee',
    'reply',
    'request-correction',
  ]

  it('leave the extension decision to the head of the OGI office, once one is asked for', () => {
    const asked = request({
      allowedActions: inProgress,
      extensionPending: true,
      timeline: [entry('RECEIVED'), entry('EXTENSION_REQUESTED')],
    })
    expect(actionsToOffer(asked, false)).toEqual([
      'assign',
      'consult',
      'notify-fee',
      'request-correction',
    ])
    expect(actionsToOffer(asked, true)).toEqual([
      'assign',
      'consult',
      'approve-extension',
      'decline-extension',
      'notify-fee',
      'request-correction',
    ])
  })

  it('offer one extension and one correction notice only', () => {
    const extended = request({
      allowedActions: inProgress,
      timeline: [entry('RECEIVED'), entry('CORRECTION_REQUESTED'), entry('EXTENSION_APPROVED')],
    })
    expect(actionsToOffer(extended, true)).toEqual(['assign', 'consult', 'notify-fee', 'reply'])
    const fresh = request({ allowedActions: inProgress })
    expect(actionsToOffer(fresh, false)).toEqual([
      'assign',
      'consult',
      'request-extension',
      'notify-fee',
      'reply',
      'request-correction',
    ])
  })

  it('read the corrections asked for, one per line', () => {
    const asked = request({
      timeline: [
        entry('RECEIVED'),
        entry('CORRECTION_REQUESTED', { items: '写明文号\n\n 说明年份 ' }),
      ],
    })
    expect(correctionItems(asked)).toEqual(['写明文号', '说明年份'])
  })
})
