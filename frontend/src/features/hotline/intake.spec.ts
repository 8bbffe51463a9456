import { describe, expect, it } from 'vitest'
import { ANSWER, CATALOGUE } from '@/test/hotlineFixtures'
import {
  completeIntake,
  emptyIntake,
  firstIncompleteIntakeStep,
  intakeFieldId,
  intakeStepOf,
  placeIntakeProblems,
  selfServiceForm,
  toTicketForm,
  validateIntakeStep,
  type IntakeDraft,
} from './intake'

const TODAY = new Date(2026, 11, 14)
const signedIn = { signedIn: true, today: TODAY }
const anonymous = { signedIn: false, today: TODAY }

function filled(): IntakeDraft {
  const draft = emptyIntake()
  draft.type = 'COMPLAINT'
  draft.categoryCode = '340600-enterprise-inspections'
  draft.categoryName = '涉企检查与营商环境'
  draft.title = ' 重复检查 '
  draft.description = '三个部门先后检查。'
  draft.place = { regionId: CATALOGUE.regions[1]!.id, regionName: '相山区人民政府', address: '' }
  draft.submitter = {
    kind: 'ENTERPRISE',
    name: '王芳',
    phone: '13800138000',
    enterpriseName: '淮北市惠民餐饮有限公司',
    creditCode: '91340600ma2t4pxx1l',
  }
  return draft
}

const keys = (errors: { path: string; key: string }[]) => errors.map((e) => `${e.path}:${e.key}`)

describe('the hotline intake form', () => {
  it('asks for the type, then the matter, title, description and region', () => {
    const draft = emptyIntake()
    expect(keys(validateIntakeStep('type', draft, anonymous))).toEqual(['type:typeMissing'])
    expect(keys(validateIntakeStep('details', draft, anonymous))).toEqual([
      'categoryCode:categoryMissing',
      'title:titleMissing',
      'description:descriptionMissing',
      'place.regionId:regionMissing',
    ])
    expect(firstIncompleteIntakeStep(draft, anonymous)).toBe('type')
    expect(firstIncompleteIntakeStep(filled(), signedIn)).toBe('check')
  })

  it('refuses a day after today and more than 100 characters of title', () => {
    const draft = filled()
    draft.happenedOn = '2026-12-15'
    draft.title = '长'.repeat(101)
    expect(keys(validateIntakeStep('details', draft, signedIn))).toEqual([
      'title:titleTooLong',
      'happenedOn:dateInFuture',
    ])
    draft.happenedOn = '2026-12-14'
    draft.title = '长'.repeat(100)
    expect(validateIntakeStep('details', draft, signedIn)).toEqual([])
  })

  it('checks the 统一社会信用代码 with its check character and wants a mobile number', () => {
    const draft = filled()
    draft.submitter.creditCode = '91340600MA2T4PXX1B'
    draft.submitter.phone = '0561-3012345'
    expect(keys(validateIntakeStep('submitter', draft, signedIn))).toEqual([
      'submitter.creditCode:creditCodeInvalid',
      'submitter.phone:phoneInvalid',
    ])
  })

  it('needs a sign-in to file as a citizen or an enterprise, nothing to file anonymously', () => {
    const draft = filled()
    expect(keys(validateIntakeStep('submitter', draft, anonymous))).toEqual([
      'submitter.kind:signInNeeded',
    ])
    draft.submitter = { kind: 'ANONYMOUS', name: '', phone: '', enterpriseName: '', creditCode: '' }
    expect(validateIntakeStep('submitter', draft, anonymous)).toEqual([])
    draft.submitter.phone = '12345'
    expect(keys(validateIntakeStep('submitter', draft, anonymous))).toEqual([
      'submitter.phone:phoneInvalid',
    ])
  })

  it('sends the form as the contract names it, the credit code in upper case', () => {
    const form = toTicketForm(filled())
    expect(form).toEqual({
      type: 'COMPLAINT',
      categoryCode: '340600-enterprise-inspections',
      title: '重复检查',
      description: '三个部门先后检查。',
      place: { regionId: CATALOGUE.regions[1]!.id, address: '' },
      happenedOn: undefined,
      attachmentIds: [],
      publishReply: false,
      submitter: {
        kind: 'ENTERPRISE',
        name: '王芳',
        phone: '13800138000',
        enterpriseName: '淮北市惠民餐饮有限公司',
        creditCode: '91340600MA2T4PXX1L',
      },
      answeredByEntryId: null,
    })
  })

  it('files an enquiry settled by an answer with what is missing taken from the answer', () => {
    const draft = emptyIntake()
    draft.type = 'ENQUIRY'
    draft.description = '灵活就业怎么交养老保险'
    const form = selfServiceForm(draft, ANSWER, {
      signedIn: false,
      centreId: CATALOGUE.centre.id,
      today: TODAY,
    })
    expect(form).toMatchObject({
      type: 'ENQUIRY',
      categoryCode: '340600-social-insurance',
      title: ANSWER.question,
      description: '灵活就业怎么交养老保险',
      place: { regionId: CATALOGUE.centre.id, address: '' },
      submitter: { kind: 'ANONYMOUS', name: '', phone: '' },
      answeredByEntryId: ANSWER.id,
    })
    expect(
      selfServiceForm(draft, { ...ANSWER, matterCode: null }, { signedIn: false, centreId: 'c' }),
    ).toBeNull()
    // Whoever said who they are files under that name.
    const mine = filled()
    mine.type = 'ENQUIRY'
    expect(
      selfServiceForm(mine, ANSWER, { signedIn: true, centreId: 'c', today: TODAY })?.submitter
        .kind,
    ).toBe('ENTERPRISE')
  })

  it('places the backend’s problems on their fields and steps', () => {
    const { byField, unplaced } = placeIntakeProblems([
      { field: 'submitter.creditCode', message: '校验码不正确' },
      { field: 'attachmentIds[2]', message: '文件不存在' },
      { field: 'Idempotency-Key', message: '值无效' },
    ])
    expect(byField).toEqual({ 'submitter.creditCode': '校验码不正确', attachmentIds: '文件不存在' })
    expect(unplaced).toEqual(['值无效'])
    expect(intakeStepOf('attachmentIds[2]')).toBe('details')
    expect(intakeFieldId('place.regionId')).toBe('hl-place-regionId')
  })

  it('reads back a stored draft of another shape without taking its wrong types', () => {
    const draft = completeIntake({ type: 'HELP', title: 5, submitter: { kind: 'ANONYMOUS' } })
    expect(draft.type).toBe('HELP')
    expect(draft.title).toBe('')
    expect(draft.submitter).toEqual({ ...emptyIntake().submitter, kind: 'ANONYMOUS' })
  })
})
