import type {
  HotlineCatalogue,
  HotlineSuggestions,
  HotlineTicket,
  HotlineTicketPage,
  KnowledgeAnswer,
} from '@/api/hotline'

/**
 * Answers of the hotline API as the backend sends them (typed with the generated shapes, so they
 * cannot drift), for tests and screenshots. Matter codes are the centre's code and a slug, ticket
 * numbers the centre's code, the day and a serial, as the backend makes them.
 */

export const CATALOGUE: HotlineCatalogue = {
  centre: { id: '7d2f0a56-0000-4000-8000-000000000001', name: '淮北市人民政府', nameEn: null },
  matters: [
    {
      code: '340600-food-safety',
      name: '食品安全',
      field: '市场监管',
      leadDepartment: {
        id: '7d2f0a56-0000-4000-8000-000000000101',
        name: '淮北市市场监督管理局',
        nameEn: null,
      },
      businessEnvironment: false,
      keywords: ['食品', '变质', '过期', '餐馆', '外卖'],
    },
    {
      code: '340600-enterprise-inspections',
      name: '涉企检查与营商环境',
      field: '营商环境',
      leadDepartment: {
        id: '7d2f0a56-0000-4000-8000-000000000101',
        name: '淮北市市场监督管理局',
        nameEn: null,
      },
      businessEnvironment: true,
      keywords: ['检查', '重复检查', '执法', '企业'],
    },
    {
      code: '340600-social-insurance',
      name: '社会保险参保缴费',
      field: '人力资源和社会保障',
      leadDepartment: {
        id: '7d2f0a56-0000-4000-8000-000000000102',
        name: '淮北市人力资源和社会保障局',
        nameEn: null,
      },
      businessEnvironment: false,
      keywords: ['社保', '养老保险', '缴费', '灵活就业'],
    },
    {
      code: '340600-catering-fumes',
      name: '餐饮油烟',
      field: '城市管理',
      leadDepartment: {
        id: '7d2f0a56-0000-4000-8000-000000000103',
        name: '淮北市城市管理局',
        nameEn: null,
      },
      businessEnvironment: false,
      keywords: ['油烟', '餐馆', '烧烤', '排烟'],
    },
  ],
  regions: [
    { id: '7d2f0a56-0000-4000-8000-000000000001', name: '淮北市人民政府', nameEn: null },
    { id: '7d2f0a56-0000-4000-8000-000000000002', name: '相山区人民政府', nameEn: null },
    { id: '7d2f0a56-0000-4000-8000-000000000003', name: '濉溪县人民政府', nameEn: null },
  ],
}

export const NO_SUGGESTIONS: HotlineSuggestions = { emergency: null, redirects: [], answers: [] }

export const FIRE: HotlineSuggestions = {
  emergency: {
    kinds: ['FIRE'],
    numbers: [{ number: '119', name: '火警、抢险救援' }],
  },
  redirects: [],
  answers: [],
}

export const ANSWER: KnowledgeAnswer = {
  id: '5b8e1c2a-0000-4000-8000-000000000201',
  question: '灵活就业人员如何缴纳城乡居民养老保险？',
  answer: '可通过“皖事通”App或社保经办窗口办理参保登记，按年度选择缴费档次缴纳。',
  basis: '《安徽省城乡居民基本养老保险实施办法》',
  matterCode: '340600-social-insurance',
}

export const WITH_ANSWER: HotlineSuggestions = {
  emergency: null,
  redirects: [{ kind: 'DISCLOSURE', path: '/disclosure' }],
  answers: [ANSWER],
}

export const TICKET: HotlineTicket = {
  number: '340600-20261202-00003',
  type: 'COMPLAINT',
  category: { code: '340600-enterprise-inspections', name: '涉企检查与营商环境' },
  title: '同一事项被多部门重复检查',
  description: '本月内三个部门先后到店检查消防和卫生，要求提交相同材料。',
  place: {
    region: { id: '7d2f0a56-0000-4000-8000-000000000002', name: '相山区人民政府' },
    address: '人民中路 88 号',
  },
  happenedOn: '2026-12-01',
  submitterKind: 'ENTERPRISE',
  contactName: '王*',
  contactPhone: '138****8000',
  enterpriseName: '淮北市惠民餐饮有限公司',
  creditCode: '91340600MA2T4PXX1L',
  publishReply: true,
  state: 'REPLIED',
  urgent: false,
  receivedAt: '2026-12-02T09:15:00+08:00',
  leadDepartment: { id: '7d2f0a56-0000-4000-8000-000000000101', name: '淮北市市场监督管理局' },
  deadlines: {
    acceptanceDueOn: '2026-12-03',
    replyDueOn: '2026-12-23',
    ratingDueOn: '2026-12-16',
    provisional: false,
    overdue: false,
    atRisk: false,
  },
  timeline: [
    { seq: 1, type: 'RECEIVED', occurredAt: '2026-12-02T09:15:00+08:00', note: null },
    {
      seq: 2,
      type: 'DISPATCHED',
      occurredAt: '2026-12-02T11:00:00+08:00',
      note: '派至淮北市市场监督管理局',
    },
    { seq: 3, type: 'ACCEPTED', occurredAt: '2026-12-02T14:00:00+08:00', note: null },
    {
      seq: 4,
      type: 'REPLIED',
      occurredAt: '2026-12-09T15:30:00+08:00',
      note: '淮北市市场监督管理局答复',
    },
  ],
  replies: [
    {
      repliedAt: '2026-12-09T15:30:00+08:00',
      department: { id: '7d2f0a56-0000-4000-8000-000000000101', name: '淮北市市场监督管理局' },
      text: '经核实，已将三项检查合并为一次联合检查，今后同类检查提前告知。',
      attachments: [
        {
          id: '3a1b9d4e-0000-4000-8000-000000000301',
          name: '联合检查通知.pdf',
          contentType: 'application/pdf',
          size: 204800,
        },
      ],
    },
  ],
  rating: null,
  canRate: true,
  mergedInto: null,
  knowledgeAnswer: null,
  attachments: [
    {
      id: '3a1b9d4e-0000-4000-8000-000000000302',
      name: '检查记录.jpg',
      contentType: 'image/jpeg',
      size: 1_572_864,
    },
  ],
  queryCode: null,
  leadTicket: null,
}

export const ANONYMOUS_TICKET: HotlineTicket = {
  ...TICKET,
  number: '340600-20261202-00004',
  type: 'ENQUIRY',
  submitterKind: 'ANONYMOUS',
  contactName: null,
  contactPhone: null,
  enterpriseName: null,
  creditCode: null,
  state: 'RECEIVED',
  replies: [],
  canRate: false,
  attachments: [],
  timeline: [{ seq: 1, type: 'RECEIVED', occurredAt: '2026-12-02T09:15:00+08:00', note: null }],
  queryCode: 'K7Q2MX9P4WTA',
}

export const MY_TICKETS: HotlineTicketPage = {
  items: [
    {
      number: TICKET.number,
      type: 'COMPLAINT',
      title: TICKET.title,
      state: 'REPLIED',
      receivedAt: TICKET.receivedAt,
      replyDueOn: '2026-12-23',
      categoryName: '涉企检查与营商环境',
    },
    {
      number: '340600-20261120-00012',
      type: 'ENQUIRY',
      title: '新生儿医保办理流程',
      state: 'IN_PROGRESS',
      receivedAt: '2026-11-20T10:00:00+08:00',
      replyDueOn: '2026-11-24',
      categoryName: '社会保险参保缴费',
    },
  ],
  total: 2,
  page: 0,
  size: 20,
}
