import { describe, expect, it } from 'vitest'
import type { DisclosureOutcome } from '@/api/disclosure'
import {
  actionFieldId,
  emptyActionDraft,
  localToday,
  toActionForm,
  validateAction,
} from './actionForm'

const TODAY = '2026-11-23'
const draft = () =>
  emptyActionDraft(TODAY, { title: '清单', documentNumber: null, description: '原描述' })
const keys = (...args: Parameters<typeof validateAction>) =>
  validateAction(...args).map((error) => `${error.path}:${error.key}`)
const PDF = { id: 'f1', fileName: 'a.pdf', contentType: 'application/pdf', size: 1 }

describe('staff action forms', () => {
  it('start from today and the information as it stands', () => {
    const empty = draft()
    expect(empty.occurredOn).toBe(TODAY)
    expect(empty.correction).toEqual({ title: '清单', documentNumber: '', description: '原描述' })
    expect(localToday(new Date(2026, 0, 5))).toBe('2026-01-05')
  })

  it('ask for every correction, one per line, and a deadline after today', () => {
    const form = draft()
    form.dueOn = TODAY
    expect(keys('request-correction', form, TODAY)).toEqual([
      'items:itemsMissing',
      'dueOn:dateNotAfterToday',
    ])
    form.items = ' 写明文号 \n\n说明年份'
    form.dueOn = ''
    expect(keys('request-correction', form, TODAY)).toEqual([])
    expect(toActionForm('request-correction', form)).toEqual({
      items: ['写明文号', '说明年份'],
      dueOn: undefined,
    })
  })

  it('record off-line steps on a day that is not in the future', () => {
    const form = draft()
    form.occurredOn = '2026-11-24'
    expect(keys('consult', form, TODAY)).toEqual([
      'party:partyMissing',
      'partyName:partyNameMissing',
      'occurredOn:dateInFuture',
    ])
    form.party = 'THIRD_PARTY'
    form.partyName = ' 某公司 '
    form.occurredOn = '2026-11-20'
    expect(toActionForm('consult', form)).toEqual({
      party: 'THIRD_PARTY',
      partyName: '某公司',
      occurredOn: '2026-11-20',
    })
  })

  it('keep an extension between 1 and 20 working days with a reason', () => {
    const form = draft()
    form.workingDays = '21'
    expect(keys('request-extension', form, TODAY)).toEqual([
      'workingDays:workingDaysRange',
      'reason:reasonMissing',
    ])
    form.workingDays = '20'
    form.reason = '需要汇总'
    expect(toActionForm('request-extension', form)).toEqual({ workingDays: 20, reason: '需要汇总' })
  })

  it('need what each reply outcome needs, and send only its fields', () => {
    const form = draft()
    expect(keys('reply', form, TODAY)).toEqual(['outcome:outcomeMissing'])
    form.outcome = 'PARTLY_DISCLOSED'
    expect(keys('reply', form, TODAY)).toEqual([
      'explanation:explanationMissing',
      'withheldParts:withheldPartsMissing',
      'documents:releaseMissing',
    ])
    form.outcome = 'NOT_PROCESSED_CONFIRMATION'
    form.explanation = '已于此前答复'
    expect(keys('reply', form, TODAY)).toEqual(['legalBasis:legalBasisMissing'])
    form.outcome = 'DISCLOSED'
    form.withheldParts = 'left over from another choice'
    form.whereAlreadyPublished = '本机关网站'
    form.documents = [PDF]
    expect(keys('reply', form, TODAY)).toEqual([])
    expect(toActionForm('reply', form)).toEqual({
      outcome: 'DISCLOSED',
      legalBasis: undefined,
      explanation: '已于此前答复',
      withheldParts: undefined,
      competentAgency: undefined,
      whereAlreadyPublished: '本机关网站',
      repeatOf: undefined,
      documents: ['f1'],
      accessArrangements: undefined,
    })
  })

  it.each<[string, DisclosureOutcome, Partial<ReturnType<typeof draft>>, string[]]>([
    ['DISCLOSED with a document', 'DISCLOSED', { documents: [PDF] }, []],
    [
      'DISCLOSED with how to obtain it',
      'DISCLOSED',
      { accessArrangements: '到政务服务中心领取' },
      [],
    ],
    ['DISCLOSED where already published', 'DISCLOSED', { whereAlreadyPublished: '本机关网站' }, []],
    [
      'DISCLOSED with nothing',
      'DISCLOSED',
      { accessArrangements: '  ' },
      ['documents:releaseMissing'],
    ],
    [
      'PARTLY_DISCLOSED with nothing released',
      'PARTLY_DISCLOSED',
      { whereAlreadyPublished: '本机关网站' },
      ['documents:releaseMissing'],
    ],
    [
      'PARTLY_DISCLOSED with how to obtain it',
      'PARTLY_DISCLOSED',
      { accessArrangements: '邮寄' },
      [],
    ],
    ['a withheld outcome', 'WITHHELD_STATE_SECRET', {}, []],
  ])('release the information or say how to obtain it: %s', (_, outcome, fields, expected) => {
    const form = { ...draft(), explanation: '理由', withheldParts: '第二部分', ...fields, outcome }
    expect(keys('reply', form, TODAY)).toEqual(expected)
  })

  it('send how to obtain the information only with a disclosure, trimmed', () => {
    const form = draft()
    form.outcome = 'PARTLY_DISCLOSED'
    form.accessArrangements = ' 工作日到本机关政务公开窗口领取 '
    expect(toActionForm('reply', form).accessArrangements).toBe('工作日到本机关政务公开窗口领取')
    form.accessArrangements = '   '
    expect(toActionForm('reply', form)).toHaveProperty('accessArrangements', undefined)
    expect(JSON.stringify(toActionForm('reply', form))).not.toContain('accessArrangements')
    form.outcome = 'UNAVAILABLE_NOT_HELD'
    form.accessArrangements = '邮寄'
    expect(toActionForm('reply', form).accessArrangements).toBeUndefined()
  })

  it('count fees per request, or per page with the number of pages', () => {
    const form = draft()
    form.method = 'PER_PAGE'
    form.reason = '页数过多'
    expect(keys('notify-fee', form, TODAY)).toEqual(['quantity:quantityMissing'])
    form.quantity = '120'
    expect(toActionForm('notify-fee', form)).toEqual({
      method: 'PER_PAGE',
      quantity: 120,
      reason: '页数过多',
      dueOn: undefined,
    })
  })

  it("place the backend's field problems on their inputs", () => {
    expect(actionFieldId('items[0]')).toBe('act-items')
    expect(actionFieldId('correction')).toBe('act-correction-description')
    expect(actionFieldId('correction.title')).toBe('act-correction-title')
    expect(actionFieldId('documents.2')).toBe('act-documents')
  })
})
