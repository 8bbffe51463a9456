import { describe, expect, it } from 'vitest'
import {
  channelsFor,
  channelSuits,
  completeDraft,
  emptyDraft,
  fieldId,
  fileProblem,
  firstIncompleteStep,
  formPath,
  labelKeyOf,
  nextStep,
  overwriteDraft,
  placeProblems,
  previousStep,
  stepOfField,
  toApplicationForm,
  validateStep,
  type ApplicationDraft,
} from './application'

function complete(): ApplicationDraft {
  const draft = emptyDraft()
  draft.agency = '340600'
  draft.agencyName = '淮北市人民政府'
  draft.applicant.type = 'person'
  draft.applicant.name = ' 张明 '
  draft.applicant.idType = 'RESIDENT_ID_CARD'
  draft.applicant.idNumber = '11010519491231002x'
  draft.contact.phone = '13800138000'
  draft.information.description = '请提供2025年淮北市城市道路维修计划。'
  draft.delivery.medium = 'ELECTRONIC'
  draft.delivery.channel = 'ONLINE'
  return draft
}

const keys = (step: Parameters<typeof validateStep>[0], draft: ApplicationDraft) =>
  validateStep(step, draft).map((error) => `${error.path}:${error.key}`)

describe('steps', () => {
  it('go forward one at a time, or back to the check page after a change', () => {
    expect(nextStep('agency')).toBe('applicant')
    expect(nextStep('attachments')).toBe('check')
    expect(nextStep('contact', true)).toBe('check')
    expect(previousStep('applicant')).toBe('agency')
    expect(previousStep('agency')).toBeNull()
  })

  it('resume at the first step not yet done', () => {
    const draft = complete()
    expect(firstIncompleteStep(emptyDraft())).toBe('agency')
    expect(firstIncompleteStep(draft)).toBe('check')
    draft.contact.phone = ''
    expect(firstIncompleteStep(draft)).toBe('contact')
  })
})

describe('delivery', () => {
  it('offers only the channels that suit the medium', () => {
    expect(channelsFor('PAPER')).toEqual(['POST', 'PICK_UP'])
    expect(channelsFor('ELECTRONIC')).toEqual(['EMAIL', 'ONLINE'])
    expect(channelsFor('')).toEqual([])
    expect(channelSuits('EMAIL', 'PAPER')).toBe(false)
    expect(channelSuits('PICK_UP', 'PAPER')).toBe(true)
  })

  it('asks for the medium alone until one is chosen, then for a channel that suits it', () => {
    const draft = complete()
    draft.delivery.medium = ''
    draft.delivery.channel = ''
    expect(keys('delivery', draft)).toEqual(['delivery.medium:mediumMissing'])
    draft.delivery.medium = 'PAPER'
    expect(keys('delivery', draft)).toEqual(['delivery.channel:channelMissing'])
  })

  it('needs an e-mail address for e-mail, and an address and code for post', () => {
    const draft = complete()
    draft.delivery.medium = 'ELECTRONIC'
    draft.delivery.channel = 'EMAIL'
    expect(keys('delivery', draft)).toEqual(['contact.email:emailNeeded'])
    draft.delivery.medium = 'PAPER'
    expect(keys('delivery', draft)).toEqual([
      'delivery.channel:channelMissing',
      'contact.email:emailNeeded',
    ])
    draft.delivery.channel = 'POST'
    expect(keys('delivery', draft)).toEqual([
      'contact.postalAddress:addressNeeded',
      'contact.postalCode:postalCodeNeeded',
    ])
  })
})

describe('validation', () => {
  it('asks a person for a name and a valid identity number', () => {
    const draft = complete()
    draft.applicant.name = ''
    draft.applicant.idNumber = '110105194912310021'
    expect(keys('applicant', draft)).toEqual([
      'applicant.name:nameMissing',
      'applicant.idNumber:idNumberInvalid',
    ])
    draft.applicant.idType = 'PASSPORT'
    expect(keys('applicant', draft)).toEqual(['applicant.name:nameMissing'])
  })

  it('asks an organisation for its kind, credit code and representative', () => {
    const draft = complete()
    draft.applicant.type = 'organisation'
    expect(keys('applicant', draft)).toEqual([
      'applicant.organisationKind:organisationKindMissing',
      'applicant.creditCode:creditCodeMissing',
      'applicant.representative:representativeMissing',
    ])
    draft.applicant.organisationKind = 'LEGAL_SERVICE_ORGANISATION'
    draft.applicant.creditCode = '9144030071526726XH'
    draft.applicant.representative = '李华'
    expect(keys('applicant', draft)).toEqual(['applicant.creditCode:creditCodeInvalid'])
  })

  it('asks an agent for a power of attorney', () => {
    const draft = complete()
    draft.applicant.hasAgent = true
    draft.applicant.agent = {
      name: '王律师',
      idType: 'PASSPORT',
      idNumber: 'E1234567',
      powerOfAttorney: null,
    }
    expect(keys('applicant', draft)).toEqual([
      'applicant.agent.powerOfAttorney:powerOfAttorneyMissing',
    ])
  })

  it('checks contact details and the information sought', () => {
    const draft = complete()
    draft.contact.phone = '123'
    draft.contact.email = 'not-an-address'
    draft.contact.postalCode = '2350'
    expect(keys('contact', draft)).toEqual([
      'contact.phone:phoneInvalid',
      'contact.email:emailInvalid',
      'contact.postalCode:postalCodeInvalid',
    ])
    draft.information.description = '  '
    expect(keys('information', draft)).toEqual(['information.description:descriptionMissing'])
  })

  it('refuses files of other types, empty files and files over 10 MB before uploading', () => {
    expect(fileProblem({ name: 'scan.pdf', type: 'application/pdf', size: 1000 })).toBeNull()
    expect(fileProblem({ name: 'photo.JPG', type: '', size: 1000 })).toBeNull()
    expect(fileProblem({ name: 'notes.docx', type: 'application/msword', size: 1000 })).toBe(
      'fileType',
    )
    expect(fileProblem({ name: 'a.png', type: 'image/png', size: 0 })).toBe('fileEmpty')
    expect(fileProblem({ name: 'a.png', type: 'image/png', size: 10 * 1024 * 1024 + 1 })).toBe(
      'fileTooLarge',
    )
  })
})

describe("the backend's field problems", () => {
  it('map dotted paths to the form fields and their steps', () => {
    expect(fieldId('applicant.agent.idNumber')).toBe('app-applicant-agent-idNumber')
    expect(fieldId('application.contact.phone')).toBe('app-contact-phone')
    expect(fieldId('attachments[2]')).toBe('app-attachments')
    expect(formPath('attachments.1')).toBe('attachments')
    expect(stepOfField('contact.email')).toBe('contact')
    expect(stepOfField('application.delivery.channel')).toBe('delivery')
    expect(stepOfField('insistAsDisclosure')).toBe('check')
    expect(stepOfField('Idempotency-Key')).toBe('check')
    expect(labelKeyOf('applicant.idNumber')).toBe('apply.applicant.idNumber')
  })

  it('sort into those shown beside a field and those only the summary can show', () => {
    const placed = placeProblems([
      { field: 'contact.postalAddress', message: '选择邮寄时须填写邮寄地址和邮政编码' },
      { field: 'contact.postalCode', message: '选择邮寄时须填写邮寄地址和邮政编码' },
      { field: 'contact.postalCode', message: '格式不正确' },
      { field: 'Idempotency-Key', message: '值无效' },
    ])
    expect(placed.byField).toEqual({
      'contact.postalAddress': '选择邮寄时须填写邮寄地址和邮政编码',
      'contact.postalCode': '选择邮寄时须填写邮寄地址和邮政编码；格式不正确',
    })
    expect(placed.unplaced).toEqual(['值无效'])
  })
})

describe('the application sent', () => {
  it('is the API form, with blank optional answers left out', () => {
    const draft = complete()
    draft.attachments = [{ id: 'f1', fileName: 'a.pdf', contentType: 'application/pdf', size: 9 }]
    expect(toApplicationForm(draft)).toEqual({
      agency: '340600',
      applicant: {
        kind: 'NATURAL_PERSON',
        name: '张明',
        creditCode: undefined,
        representative: undefined,
        idType: 'RESIDENT_ID_CARD',
        idNumber: '11010519491231002X',
        agent: undefined,
      },
      contact: {
        phone: '13800138000',
        email: undefined,
        postalAddress: undefined,
        postalCode: undefined,
      },
      information: {
        title: undefined,
        documentNumber: undefined,
        description: '请提供2025年淮北市城市道路维修计划。',
      },
      delivery: { medium: 'ELECTRONIC', channel: 'ONLINE' },
      attachments: ['f1'],
      insistAsDisclosure: undefined,
    })
  })

  it('names an organisation by its kind and sends the agent with the power of attorney', () => {
    const draft = complete()
    draft.applicant.type = 'organisation'
    draft.applicant.organisationKind = 'RESEARCH_INSTITUTION'
    draft.applicant.creditCode = '9144030071526726xg'
    draft.applicant.representative = '李华'
    draft.applicant.hasAgent = true
    draft.applicant.agent = {
      name: '王律师',
      idType: 'PASSPORT',
      idNumber: 'e1234567',
      powerOfAttorney: { id: 'poa', fileName: 'p.pdf', contentType: 'application/pdf', size: 1 },
    }
    draft.insistAsDisclosure = true
    const form = toApplicationForm(draft)
    expect(form.applicant.kind).toBe('RESEARCH_INSTITUTION')
    expect(form.applicant.creditCode).toBe('9144030071526726XG')
    expect(form.applicant.agent).toEqual({
      name: '王律师',
      idType: 'PASSPORT',
      idNumber: 'E1234567',
      powerOfAttorney: 'poa',
    })
    expect(form.insistAsDisclosure).toBe(true)
  })
})

describe('stored drafts', () => {
  it('are completed from an empty draft, ignoring what does not fit', () => {
    const draft = completeDraft({
      agency: '340600',
      applicant: { name: '张明', idType: 7 },
      extra: 1,
    })
    expect(draft.agency).toBe('340600')
    expect(draft.applicant.name).toBe('张明')
    expect(draft.applicant.idType).toBe('')
    expect(draft.contact.phone).toBe('')
    expect(completeDraft('nonsense')).toEqual(emptyDraft())
  })

  it('are overwritten in place, so that parts held elsewhere stay current', () => {
    const draft = complete()
    const applicant = draft.applicant
    overwriteDraft(draft, emptyDraft())
    expect(draft.applicant).toBe(applicant)
    expect(applicant.name).toBe('')
    expect(draft).toEqual(emptyDraft())
  })
})
