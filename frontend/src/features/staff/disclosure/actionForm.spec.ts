import { describe, expect, it } from 'vitest'
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
    ])
    form.outcome = 'NOT_PROCESSED_CONFIRMATION'
    form.explanation = '已于此前答复'
    expect(keys('reply', form, TODAY)).toEqual(['legalBasis:legalBasisMissing'])
    form.outcome = 'DISCLOSED'
    form.withheldParts = 'left over from another choice'
    form.whereAlreadyPublished = '本机关网站'
    form.documents = [{ id: 'f1', fileName: 'a.pdf', contentType: 'application/pdf', size: 1 }]
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
    })
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
