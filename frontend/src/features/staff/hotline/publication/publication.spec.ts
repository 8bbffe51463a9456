import { describe, expect, it } from 'vitest'
import {
  editedFields,
  emptyPublicationDraft,
  removalCounts,
  segmentsOf,
  toApprovalForm,
  validatePublication,
} from './publication'
import { AWAITING_TICKET, REPLY, redact } from './publicationFixtures'

const publication = AWAITING_TICKET.publication!

describe('segmentsOf', () => {
  it('cuts the redacted text at its masks and the original at what was removed', () => {
    expect(segmentsOf(REPLY, 'redacted').map((s) => [s.text, s.removal?.kind ?? null])).toEqual([
      ['〔姓名〕', 'NAME'],
      ['先生：经查，油烟已整改。如有疑问请拨打', null],
      ['〔电话〕', 'PHONE'],
      ['。', null],
    ])
    expect(segmentsOf(REPLY, 'original').map((s) => s.text)).toEqual([
      '张明',
      '先生：经查，油烟已整改。如有疑问请拨打',
      '13812345678',
      '。',
    ])
  })

  it('keeps a text without removals whole, and a removal that does not fit as plain text', () => {
    expect(segmentsOf(redact('没有个人信息', []), 'redacted')).toEqual([
      { text: '没有个人信息', removal: null },
    ])
    const broken = { ...REPLY, removals: [{ ...REPLY.removals[0]!, redactedEnd: 999 }] }
    expect(
      segmentsOf(broken, 'redacted')
        .map((s) => s.text)
        .join(''),
    ).toBe(REPLY.redacted)
    expect(segmentsOf(broken, 'redacted').every((s) => s.removal === null)).toBe(true)
  })
})

describe('the dispatcher’s check', () => {
  it('counts the removals by kind', () => {
    expect(removalCounts(publication.description!)).toEqual([
      { kind: 'NAME', count: 1 },
      { kind: 'ADDRESS', count: 1 },
    ])
  })

  it('starts from the redacted texts and sends only what was edited', () => {
    const draft = emptyPublicationDraft(publication)
    expect(draft.text).toBe(REPLY.redacted)
    expect(editedFields(draft, publication)).toEqual([])
    expect(toApprovalForm(draft, publication)).toEqual({})
    draft.text = '  经查，油烟已整改。  '
    expect(editedFields(draft, publication)).toEqual(['text'])
    expect(toApprovalForm(draft, publication)).toEqual({ text: '经查，油烟已整改。' })
  })

  it('refuses an empty or over-long text, and a withholding without a reason', () => {
    const draft = emptyPublicationDraft(publication)
    draft.title = ' '
    draft.text = '字'.repeat(4001)
    expect(validatePublication('approve', draft)).toEqual([
      { path: 'title', key: 'missing' },
      { path: 'text', key: 'tooLong' },
    ])
    expect(validatePublication('withhold', draft)).toEqual([
      { path: 'reason', key: 'reasonMissing' },
    ])
    draft.reason = '涉及第三方商业秘密'
    expect(validatePublication('withhold', draft)).toEqual([])
  })
})
