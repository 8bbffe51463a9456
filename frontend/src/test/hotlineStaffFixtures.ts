import type { HotlineQueuePage, HotlineStaffTicket } from '@/api/hotlineStaff'
import { CATALOGUE } from './hotlineFixtures'

/** Answers of the hotline's staff API as the contract gives them, for tests and screenshots. */

export const SCJG = CATALOGUE.matters[0]!.leadDepartment
export const RSSB = CATALOGUE.matters[2]!.leadDepartment
export const CSGL = CATALOGUE.matters[3]!.leadDepartment
export const CENTRE = CATALOGUE.centre

export const DISPATCHER = {
  subject: 'dispatcher-huaibei',
  displayName: '陈静',
  roles: [{ role: 'HOTLINE_DISPATCHER', agencyId: CENTRE.id }],
}

export const HANDLER = {
  subject: 'handler-huaibei-scjg',
  displayName: '刘洋',
  roles: [{ role: 'DEPARTMENT_HANDLER', agencyId: SCJG.id }],
}

export const AGENCIES = [
  { id: CENTRE.id, code: '340600', name: CENTRE.name, kind: 'CITY_GOVERNMENT' },
  { id: SCJG.id, code: '340600-SCJG', name: SCJG.name, kind: 'DEPARTMENT' },
  { id: RSSB.id, code: '340600-RSJ', name: RSSB.name, kind: 'DEPARTMENT' },
  { id: CSGL.id, code: '340600-CGJ', name: CSGL.name, kind: 'DEPARTMENT' },
]

export const QUEUE: HotlineQueuePage = {
  items: [
    {
      number: 'RX-2026-000130',
      type: 'COMPLAINT',
      title: '餐馆油烟直排影响居民',
      state: 'RECEIVED',
      urgent: true,
      categoryName: '噪声扰民',
      leadDepartment: null,
      receivedAt: '2026-12-14T01:05:00Z',
      acceptanceDueOn: null,
      replyDueOn: null,
      provisional: false,
      overdue: false,
      atRisk: false,
      supervised: false,
    },
    {
      number: 'RX-2026-000123',
      type: 'COMPLAINT',
      title: '同一事项被多部门重复检查',
      state: 'DISPATCHED',
      urgent: false,
      categoryName: '涉企检查与营商环境',
      leadDepartment: SCJG,
      receivedAt: '2026-12-02T01:15:00Z',
      acceptanceDueOn: '2026-12-03',
      replyDueOn: '2026-12-23',
      provisional: false,
      overdue: true,
      atRisk: false,
      supervised: false,
    },
    {
      number: 'RX-2026-000101',
      type: 'HELP',
      title: '小区供暖不热',
      state: 'REOPENED',
      urgent: false,
      categoryName: '社会保险参保缴费',
      leadDepartment: RSSB,
      receivedAt: '2026-12-20T02:00:00Z',
      acceptanceDueOn: '2026-12-21',
      replyDueOn: '2027-01-05',
      provisional: true,
      overdue: false,
      atRisk: true,
      supervised: true,
    },
  ],
  total: 3,
  page: 0,
  size: 20,
}

/** A complaint received and waiting for the dispatcher, with a similar open ticket. */
export const STAFF_TICKET: HotlineStaffTicket = {
  number: 'RX-2026-000130',
  type: 'COMPLAINT',
  category: { code: 'CSGL-004', name: '噪声扰民' },
  title: '餐馆油烟直排影响居民',
  description: '楼下餐馆每天晚上油烟直排，窗户无法打开。',
  place: {
    region: { id: CATALOGUE.regions[1]!.id, name: '相山区人民政府' },
    address: '惠黎街道 12 号',
  },
  happenedOn: '2026-12-13',
  submitterKind: 'CITIZEN',
  contactName: '王晓明',
  contactPhone: '13855558000',
  enterpriseName: null,
  creditCode: null,
  publishReply: true,
  state: 'RECEIVED',
  urgent: false,
  supervised: false,
  extensionPending: false,
  receivedAt: '2026-12-14T01:05:00Z',
  leadDepartment: null,
  assistingDepartments: [],
  deadlines: {
    acceptanceDueOn: null,
    replyDueOn: null,
    ratingDueOn: null,
    provisional: false,
    overdue: false,
    atRisk: false,
  },
  timeline: [
    {
      seq: 1,
      type: 'RECEIVED',
      occurredAt: '2026-12-14T01:05:00Z',
      note: null,
      actor: 'citizen-demo',
      actorRole: null,
      agency: null,
    },
  ],
  replies: [],
  rating: null,
  mergedInto: null,
  knowledgeAnswer: null,
  attachments: [
    {
      id: '3a1b9d4e-0000-4000-8000-000000000310',
      name: '油烟照片.jpg',
      contentType: 'image/jpeg',
      size: 1_048_576,
    },
  ],
  suggestedLead: CSGL,
  similarOpen: [
    { number: 'RX-2026-000118', title: '惠黎街道餐馆油烟扰民', receivedAt: '2026-12-10T06:30:00Z' },
  ],
  allowedActions: ['dispatch', 'merge'],
}

/** The same ticket in the department's hands, an extension asked for and waiting. */
export const HANDLED_TICKET: HotlineStaffTicket = {
  ...STAFF_TICKET,
  state: 'IN_PROGRESS',
  leadDepartment: CSGL,
  assistingDepartments: [SCJG],
  extensionPending: true,
  deadlines: {
    acceptanceDueOn: '2026-12-15',
    replyDueOn: '2027-01-04',
    ratingDueOn: null,
    provisional: true,
    overdue: false,
    atRisk: true,
  },
  timeline: [
    ...STAFF_TICKET.timeline,
    {
      seq: 2,
      type: 'DISPATCHED',
      occurredAt: '2026-12-14T02:00:00Z',
      note: '派至淮北市城市管理局',
      actor: 'dispatcher-huaibei',
      actorRole: 'HOTLINE_DISPATCHER',
      agency: CENTRE,
    },
    {
      seq: 3,
      type: 'ACCEPTED',
      occurredAt: '2026-12-14T05:00:00Z',
      note: null,
      actor: 'handler-huaibei-cgj',
      actorRole: 'DEPARTMENT_HANDLER',
      agency: CSGL,
    },
    {
      seq: 4,
      type: 'EXTENSION_REQUESTED',
      occurredAt: '2026-12-18T05:00:00Z',
      note: '申请延期 5 个工作日：需会同生态环境部门检测',
      actor: 'handler-huaibei-cgj',
      actorRole: 'DEPARTMENT_HANDLER',
      agency: CSGL,
    },
  ],
  similarOpen: [],
  allowedActions: ['reply', 'approve-extension', 'decline-extension'],
}

/** Returned by the department the catalogue suggests, waiting to be dispatched again. */
export const RETURNED_TICKET: HotlineStaffTicket = {
  ...STAFF_TICKET,
  state: 'RETURNED',
  leadDepartment: CSGL,
  timeline: [
    ...HANDLED_TICKET.timeline.slice(0, 2),
    {
      seq: 3,
      type: 'RETURNED',
      occurredAt: '2026-12-14T06:00:00Z',
      note: '退单理由：餐饮油烟属生态环境部门职责',
      actor: 'handler-huaibei-cgj',
      actorRole: 'DEPARTMENT_HANDLER',
      agency: CSGL,
    },
  ],
  allowedActions: ['dispatch'],
}
