import type {
  HotlineCatalogue,
  HotlineSuggestions,
  HotlineTicket,
  HotlineTicketPage,
} from '@/api/hotline'

/** Answers of the hotline API as the contract gives them, for tests and screenshots. */

export const CATALOGUE: HotlineCatalogue = {
  centre: { id: '7d2f0a56-0000-4000-8000-000000000001', name: '淮北市人民政府' },
  matters: [
    {
      code: 'SCJG-001',
      name: '食品安全',
      field: '市场监管',
      leadDepartment: { id: '7d2f0a56-0000-4000-8000-000000000101', name: '淮北市市场监督管理局' },
      businessEnvironment: false,
    },
    {
      code: 'SCJG-009',
      name: '涉企检查与营商环境',
      field: '营商环境',
      leadDepartment: { id: '7d2f0a56-0000-4000-8000-000000000101', name: '淮北市市场监督管理局' },
      businessEnvironment: true,
    },
    {
      code: 'RSSB-002',
      name: '社会保险参保缴费',
      field: '人力资源和社会保障',
      leadDepartment: {
        id: '7d2f0a56-0000-4000-8000-000000000102',
        name: '淮北市人力资源和社会保障局',
      },
      businessEnvironment: false,
    },
    {
      code: 'CSGL-004',
      name: '噪声扰民',
      field: '城市管理',
      leadDepartment: { id: '7d2f0a56-0000-4000-8000-000000000103', name: '淮北市城市管理局' },
      businessEnvironment: false,
    },
  ],
  regions: [
    { id: '7d2f0a56-0000-4000-8000-000000000001', name: '淮北市人民政府' },
    { id: '7d2f0a56-0000-4000-8000-000000000002', name: '相山区人民政府' },
    { id: '7d2f0a56-0000-4000-8000-000000000003', name: '濉溪县人民政府' },
  ],
}

export const NO_SUGGESTIONS: HotlineSuggestions = { emergency: null, redirects: [], answers: [] }

export const FIRE: HotlineSuggestions = {
  emergency: {
    kinds: ['FIRE'],
    numbers: [
      { number: '119', name: '火警' },
      { number: '110', name: '报警' },
    ],
  },
  redirects: [],
  answers: [],
}

export const ANSWER = {
  id: '5b8e1c2a-0000-4000-8000-000000000201',
  question: '灵活就业人员如何缴纳城乡居民养老保险？',
  answer: '可通过“皖事通”App或社保经办窗口办理参保登记，按年度选择缴费档次缴纳。',
  basis: '《安徽省城乡居民基本养老保险实施办法》',
  matterCode: 'RSSB-002',
}

export const WITH_ANSWER: HotlineSuggestions = {
  emergency: null,
  redirects: [{ kind: 'DISCLOSURE', path: '/disclosure' }],
  answers: [ANSWER],
}

export const TICKET: HotlineTicket = {
  number: 'RX-2026-000123',
  type: 'COMPLAINT',
  category: { code: 'SCJG-009', name: '涉企检查与营商环境' },
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
  receivedAt: '2026-12-02T01:15:00Z',
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
    { seq: 1, type: 'RECEIVED', occurredAt: '2026-12-02T01:15:00Z', note: null },
    { seq: 2, type: 'DISPATCHED', occurredAt: '2026-12-02T03:00:00Z', note: null },
    { seq: 3, type: 'REPLIED', occurredAt: '2026-12-09T07:30:00Z', note: '已协调联合检查' },
  ],
  replies: [
    {
      repliedAt: '2026-12-09T07:30:00Z',
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
}

export const ANONYMOUS_TICKET: HotlineTicket = {
  ...TICKET,
  number: 'RX-2026-000124',
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
  timeline: [{ seq: 1, type: 'RECEIVED', occurredAt: '2026-12-02T01:15:00Z', note: null }],
  queryCode: 'K7Q2-MX9P-4WTA',
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
      number: 'RX-2026-000087',
      type: 'ENQUIRY',
      title: '新生儿医保办理流程',
      state: 'IN_PROGRESS',
      receivedAt: '2026-11-20T02:00:00Z',
      replyDueOn: '2026-11-24',
      categoryName: '社会保险参保缴费',
    },
  ],
  total: 2,
  page: 0,
  size: 20,
}
