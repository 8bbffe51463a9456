import type { HotlineQueuePage, HotlineStaffTicket } from '@/api/hotlineStaff'
import type { Agency, Me } from '@/api/types'
import { CATALOGUE } from './hotlineFixtures'

/**
 * Answers of the hotline's staff API as the backend sends them (typed with the generated shapes,
 * so they cannot drift), for tests and screenshots.
 */

export const SCJG = CATALOGUE.matters[0]!.leadDepartment
export const RSSB = CATALOGUE.matters[2]!.leadDepartment
export const CSGL = CATALOGUE.matters[3]!.leadDepartment
export const CENTRE = CATALOGUE.centre

export const DISPATCHER: Me = {
  subject: 'dispatcher-huaibei',
  displayName: '陈静',
  roles: [{ role: 'HOTLINE_DISPATCHER', agencyId: CENTRE.id, agencyName: CENTRE.name }],
}

export const HANDLER: Me = {
  subject: 'handler-huaibei-scjg',
  displayName: '刘洋',
  roles: [{ role: 'DEPARTMENT_HANDLER', agencyId: SCJG.id, agencyName: SCJG.name }],
}

/** An entry of the agency directory, with the contact details the directory may leave empty. */
function agency(
  ref: { id: string; name: string },
  code: string,
  kind: Agency['kind'],
  parentId: string | null,
): Agency {
  return {
    ...ref,
    code,
    kind,
    parentId,
    shortName: null,
    nameEn: null,
    regionCode: '340600',
    address: null,
    postalCode: null,
    phone: null,
    email: null,
    website: null,
    officeHours: null,
  }
}

export const AGENCIES: Agency[] = [
  agency(CENTRE, '340600', 'CITY_GOVERNMENT', null),
  agency(SCJG, '340600-scjgj', 'DEPARTMENT', CENTRE.id),
  agency(RSSB, '340600-rsj', 'DEPARTMENT', CENTRE.id),
  agency(CSGL, '340600-cgj', 'DEPARTMENT', CENTRE.id),
]

export const QUEUE: HotlineQueuePage = {
  items: [
    {
      number: '340600-20261214-00002',
      type: 'COMPLAINT',
      title: '餐馆油烟直排影响居民',
      state: 'RECEIVED',
      urgent: true,
      categoryName: '餐饮油烟',
      leadDepartment: null,
      receivedAt: '2026-12-14T09:05:00+08:00',
      acceptanceDueOn: null,
      replyDueOn: null,
      provisional: false,
      overdue: false,
      atRisk: false,
      supervised: false,
    },
    {
      number: '340600-20261202-00003',
      type: 'COMPLAINT',
      title: '同一事项被多部门重复检查',
      state: 'DISPATCHED',
      urgent: false,
      categoryName: '涉企检查与营商环境',
      leadDepartment: SCJG,
      receivedAt: '2026-12-02T09:15:00+08:00',
      acceptanceDueOn: '2026-12-03',
      replyDueOn: '2026-12-23',
      provisional: false,
      overdue: true,
      atRisk: false,
      supervised: false,
    },
    {
      number: '340600-20261220-00005',
      type: 'HELP',
      title: '小区供暖不热',
      state: 'REOPENED',
      urgent: false,
      categoryName: '社会保险参保缴费',
      leadDepartment: RSSB,
      receivedAt: '2026-12-20T10:00:00+08:00',
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
  number: '340600-20261214-00002',
  type: 'COMPLAINT',
  category: { code: '340600-catering-fumes', name: '餐饮油烟' },
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
  receivedAt: '2026-12-14T09:05:00+08:00',
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
      occurredAt: '2026-12-14T09:05:00+08:00',
      note: null,
      actor: 'b3c1f0e2-7a4d-4c59-9e61-2f8d0a6c5e17',
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
    {
      number: '340600-20261210-00009',
      title: '惠黎街道餐馆油烟扰民',
      receivedAt: '2026-12-10T14:30:00+08:00',
    },
  ],
  allowedActions: ['dispatch', 'merge'],
  publication: null,
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
      occurredAt: '2026-12-14T10:00:00+08:00',
      note: '派至淮北市城市管理局',
      actor: 'dispatcher-huaibei',
      actorRole: 'HOTLINE_DISPATCHER',
      agency: CENTRE,
    },
    {
      seq: 3,
      type: 'ACCEPTED',
      occurredAt: '2026-12-14T13:00:00+08:00',
      note: null,
      actor: 'handler-huaibei-cgj',
      actorRole: 'DEPARTMENT_HANDLER',
      agency: CSGL,
    },
    {
      seq: 4,
      type: 'EXTENSION_REQUESTED',
      occurredAt: '2026-12-18T13:00:00+08:00',
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
      occurredAt: '2026-12-14T14:00:00+08:00',
      note: '退单理由：餐饮油烟属生态环境部门职责',
      actor: 'handler-huaibei-cgj',
      actorRole: 'DEPARTMENT_HANDLER',
      agency: CSGL,
    },
  ],
  allowedActions: ['dispatch'],
}
