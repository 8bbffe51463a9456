import { describe, expect, it } from 'vitest'
import type { HotlineStaffAction } from '@/api/hotlineStaff'
import { CATALOGUE, ANSWER } from '@/test/hotlineFixtures'
import {
  CSGL,
  HANDLED_TICKET,
  RETURNED_TICKET,
  RSSB,
  SCJG,
  STAFF_TICKET,
} from '@/test/hotlineStaffFixtures'
import {
  actionsToOffer,
  departmentsOf,
  emptyHotlineDraft,
  fieldOfProblem,
  hotlineFieldId,
  lastEntry,
  OTHER_TICKET,
  preselectedLead,
  toHotlineActionForm,
  validateHotlineAction,
} from './hotlineActions'

const draft = (ticket = STAFF_TICKET) => emptyHotlineDraft(ticket, CATALOGUE)
const keys = (...args: Parameters<typeof validateHotlineAction>) =>
  validateHotlineAction(...args).map((error) => `${error.path}:${error.key}`)
const NUMBER = STAFF_TICKET.number

describe('hotline staff actions', () => {
  it.each<[string[], HotlineStaffAction[]]>([
    [[], []],
    [
      ['merge', 'dispatch', 'answer-from-knowledge-base'],
      ['dispatch', 'merge', 'answer-from-knowledge-base'],
    ],
    [
      ['accept', 'return'],
      ['accept', 'return'],
    ],
    [
      ['decline-extension', 'reply', 'approve-extension', 'request-extension'],
      ['reply', 'request-extension', 'approve-extension', 'decline-extension'],
    ],
    [['rate', 'close-unrated', 'reply'], ['reply']],
  ])('offer what the backend allows, %j, in the page’s order: %j', (allowed, offered) => {
    expect(actionsToOffer(allowed)).toEqual(offered)
  })

  it('list the catalogue’s departments once each, in pinyin order, with those the ticket names', () => {
    const other = { id: 'x', name: '淮北市教育局' }
    expect(departmentsOf(CATALOGUE, CSGL, other, null).map((d) => d.name)).toEqual([
      '淮北市城市管理局',
      '淮北市教育局',
      '淮北市人力资源和社会保障局',
      '淮北市市场监督管理局',
    ])
    expect(departmentsOf(null)).toEqual([])
  })

  it('preselect the suggested lead, but not the department that just returned the ticket', () => {
    expect(preselectedLead(STAFF_TICKET, CATALOGUE)).toBe(CSGL.id)
    expect(preselectedLead({ ...STAFF_TICKET, suggestedLead: null }, CATALOGUE)).toBe(CSGL.id)
    expect(preselectedLead({ ...STAFF_TICKET, suggestedLead: null }, null)).toBe('')
    expect(preselectedLead(RETURNED_TICKET, CATALOGUE)).toBe('')
    expect(preselectedLead({ ...RETURNED_TICKET, leadDepartment: SCJG }, CATALOGUE)).toBe(CSGL.id)
  })

  it('start a merge with the typed number only when nothing similar is open', () => {
    expect(draft().mergeChoice).toBe('')
    expect(draft(HANDLED_TICKET).mergeChoice).toBe(OTHER_TICKET)
    expect(draft({ ...STAFF_TICKET, urgent: true }).urgent).toBe(true)
  })

  it('find the last step of a kind', () => {
    expect(lastEntry(HANDLED_TICKET, 'EXTENSION_REQUESTED')?.seq).toBe(4)
    expect(lastEntry(STAFF_TICKET, 'RETURNED')).toBeNull()
  })

  it('dispatch to a lead that does not also assist', () => {
    const form = draft()
    form.leadDepartmentId = ''
    expect(keys('dispatch', form, NUMBER)).toEqual(['leadDepartmentId:leadMissing'])
    form.leadDepartmentId = SCJG.id
    form.assistingDepartmentIds = [RSSB.id, SCJG.id]
    expect(keys('dispatch', form, NUMBER)).toEqual(['assistingDepartmentIds:leadAlsoAssisting'])
    form.assistingDepartmentIds = [RSSB.id]
    form.urgent = true
    expect(keys('dispatch', form, NUMBER)).toEqual([])
    expect(toHotlineActionForm('dispatch', form)).toEqual({
      leadDepartmentId: SCJG.id,
      assistingDepartmentIds: [RSSB.id],
      urgent: true,
    })
  })

  it.each<HotlineStaffAction>(['return', 'decline-extension'])(
    '%s with a reason of at most 2000 characters',
    (action) => {
      const form = draft()
      form.reason = '   '
      expect(keys(action, form, NUMBER)).toEqual(['reason:reasonMissing'])
      form.reason = '理'.repeat(2001)
      expect(keys(action, form, NUMBER)).toEqual(['reason:reasonTooLong'])
      form.reason = ' 不属本部门职责 '
      expect(keys(action, form, NUMBER)).toEqual([])
      expect(toHotlineActionForm(action, form)).toEqual({ reason: '不属本部门职责' })
    },
  )

  it('reply with text and the uploaded files’ ids', () => {
    const form = draft()
    expect(keys('reply', form, NUMBER)).toEqual(['text:textMissing'])
    form.text = '答'.repeat(4001)
    expect(keys('reply', form, NUMBER)).toEqual(['text:textTooLong'])
    form.text = ' 已责令整改 '
    form.attachments = [{ id: 'f1', name: '整改通知.pdf', contentType: 'application/pdf', size: 9 }]
    expect(toHotlineActionForm('reply', form)).toEqual({
      text: '已责令整改',
      attachmentIds: ['f1'],
    })
  })

  it.each([
    ['', false],
    ['0', false],
    ['1', true],
    [' 15 ', true],
    ['16', false],
    ['2.5', false],
    ['五', false],
  ])('ask for 1 to 15 working days of extension: %j', (days, ok) => {
    const form = draft()
    form.workingDays = days
    form.reason = '需会同检测'
    expect(keys('request-extension', form, NUMBER)).toEqual(
      ok ? [] : ['workingDays:workingDaysRange'],
    )
    if (ok)
      expect(toHotlineActionForm('request-extension', form)).toEqual({
        workingDays: Number(days),
        reason: '需会同检测',
      })
  })

  it('merge into a similar ticket or a typed number, never into itself', () => {
    const form = draft()
    expect(keys('merge', form, NUMBER)).toEqual(['mergeChoice:leadTicketMissing'])
    form.mergeChoice = '340600-20261210-00009'
    expect(toHotlineActionForm('merge', form)).toEqual({
      leadTicketNumber: '340600-20261210-00009',
    })
    form.mergeChoice = OTHER_TICKET
    expect(keys('merge', form, NUMBER)).toEqual(['leadTicketNumber:leadTicketMissing'])
    form.leadTicketNumber = ` ${NUMBER} `
    expect(keys('merge', form, NUMBER)).toEqual(['leadTicketNumber:mergeItself'])
    form.leadTicketNumber = ' 340600-20261201-00001 '
    expect(keys('merge', form, NUMBER)).toEqual([])
    expect(toHotlineActionForm('merge', form)).toEqual({
      leadTicketNumber: '340600-20261201-00001',
    })
  })

  it('answer from the knowledge base with the entry chosen', () => {
    const form = draft()
    expect(keys('answer-from-knowledge-base', form, NUMBER)).toEqual(['entryId:entryMissing'])
    form.entry = ANSWER
    expect(toHotlineActionForm('answer-from-knowledge-base', form)).toEqual({ entryId: ANSWER.id })
  })

  it('send nothing for the actions that only change the state', () => {
    expect(keys('accept', draft(), NUMBER)).toEqual([])
    expect(toHotlineActionForm('accept', draft())).toEqual({})
    expect(toHotlineActionForm('approve-extension', draft())).toEqual({})
  })

  it('place the backend’s problems on the fields that hold them', () => {
    expect(hotlineFieldId('assistingDepartmentIds[1]')).toBe('hl-act-assistingDepartmentIds')
    expect(hotlineFieldId('attachmentIds.0')).toBe('hl-act-attachments')
    expect(hotlineFieldId('entryId')).toBe('hl-act-entry')
    const form = draft()
    form.mergeChoice = '340600-20261210-00009'
    expect(fieldOfProblem('merge', 'leadTicketNumber', form)).toBe('mergeChoice')
    form.mergeChoice = OTHER_TICKET
    expect(fieldOfProblem('merge', 'leadTicketNumber', form)).toBe('leadTicketNumber')
    expect(fieldOfProblem('dispatch', 'assistingDepartmentIds[0]', form)).toBe(
      'assistingDepartmentIds',
    )
    expect(fieldOfProblem('reply', 'version', form)).toBeNull()
  })
})
