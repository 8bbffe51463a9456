import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import type { DisclosureRequest, StaffAction } from '@/api/disclosure'
import { jsonResponse, mountWith } from '@/test/mountWith'
import StaffActionForm from './StaffActionForm.vue'

afterEach(() => vi.unstubAllGlobals())

const REQUEST = {
  number: '340600-2026-000001',
  agency: { code: '340600', name: '淮北市人民政府' },
  information: { title: '2025年部门预算', description: '', documentNumber: null, purpose: null },
  timeline: [],
  allowedActions: ['assign'],
  version: 3,
} as unknown as DisclosureRequest

const ROSTER = [
  {
    subject: 'officer-huaibei',
    displayName: '李娜',
    role: 'DISCLOSURE_OFFICER',
    agencyCode: '340600',
  },
  { subject: 'head-huaibei', displayName: '王强', role: 'OGI_OFFICE_HEAD', agencyCode: '340600' },
  {
    subject: 'head-huaibei',
    displayName: '王强',
    role: 'DISCLOSURE_OFFICER',
    agencyCode: '340600',
  },
  { subject: 'editor-huaibei', displayName: '赵敏', role: 'REPORT_EDITOR', agencyCode: '340600' },
]

describe('StaffActionForm: assign', () => {
  it('offers the agency’s handlers, each once, and assigns the one chosen', async () => {
    const fetch = vi.fn((url: string) =>
      Promise.resolve(
        url.includes('/api/staff/agencies/340600/staff')
          ? jsonResponse(ROSTER)
          : jsonResponse({ ...REQUEST, assignee: 'head-huaibei' }),
      ),
    )
    vi.stubGlobal('fetch', fetch)
    const { wrapper } = await mountWith(StaffActionForm, {
      props: { request: REQUEST, action: 'assign', earlier: [] },
    })
    await flushPromises()
    const select = wrapper.get('select')
    expect(select.findAll('option').map((option) => option.text())).toEqual([
      '李娜 · officer-huaibei',
      '王强 · head-huaibei',
    ])
    await select.setValue('head-huaibei')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    const [url, init] = fetch.mock.calls.at(-1) as unknown as [string, RequestInit]
    expect(url).toContain('/api/staff/disclosure/requests/340600-2026-000001/actions/assign')
    expect(JSON.parse(init.body as string)).toMatchObject({ assignee: 'head-huaibei' })
    wrapper.unmount()
  })

  it('lets the officer type the account when the roster cannot be read', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(jsonResponse({ status: 404 }, 404)))
    const { wrapper } = await mountWith(StaffActionForm, {
      props: { request: REQUEST, action: 'assign', earlier: [] },
    })
    await flushPromises()
    expect(wrapper.find('select').exists()).toBe(false)
    expect(wrapper.find('input').exists()).toBe(true)
    wrapper.unmount()
  })
})

describe('StaffActionForm: reply', () => {
  const REPLYING = { ...REQUEST, allowedActions: ['reply'] } as DisclosureRequest

  it('asks for the information or how to obtain it, and links the summary to the upload', async () => {
    const fetch = vi.fn().mockResolvedValue(jsonResponse({ ...REPLYING, state: 'ANSWERED' }))
    vi.stubGlobal('fetch', fetch)
    const { wrapper } = await mountWith(StaffActionForm, {
      props: { request: REPLYING, action: 'reply', earlier: [] },
    })
    expect(wrapper.find('#act-accessArrangements').exists()).toBe(false)
    await wrapper.get('#act-outcome').setValue(true)
    const access = wrapper.get('#act-accessArrangements')
    expect(wrapper.get('label[for="act-accessArrangements"]').text()).toBe('获取方式、途径和时间')

    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(fetch).not.toHaveBeenCalled()
    const link = wrapper.get('.error-summary a')
    expect(link.text()).toBe(
      '予以公开或部分公开的，须提供所公开的信息，或者告知获取该信息的方式、途径和时间（条例第三十六条第（二）项）',
    )
    expect(link.attributes('href')).toBe('#act-documents')
    expect(document.getElementById('act-documents')).not.toBeNull()
    expect(wrapper.get('#act-documents-error').text()).toContain('条例第三十六条第（二）项')

    await access.setValue(' 请于工作日到本机关政务公开窗口领取 ')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    // The letter is read over first: nothing is sent before the officer confirms it.
    expect(fetch).not.toHaveBeenCalled()
    const letter = wrapper.get('.action-confirm')
    expect(letter.text()).toContain('予以公开')
    expect(letter.text()).toContain('请于工作日到本机关政务公开窗口领取')
    expect(document.activeElement?.textContent).toBe('请核对答复后发出')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    const [url, init] = fetch.mock.calls.at(-1) as unknown as [string, RequestInit]
    expect(url).toContain('/actions/reply')
    expect(JSON.parse(init.body as string)).toMatchObject({
      outcome: 'DISCLOSED',
      accessArrangements: '请于工作日到本机关政务公开窗口领取',
      documents: [],
    })
    wrapper.unmount()
  })

  it('places the backend’s refusal on the upload field', async () => {
    const problem = {
      status: 400,
      title: 'Bad Request',
      errors: [{ field: 'documents', message: '须提供所公开的信息' }],
    }
    vi.stubGlobal(
      'fetch',
      vi.fn().mockResolvedValue(jsonResponse(problem, 400, 'application/problem+json')),
    )
    const { wrapper } = await mountWith(StaffActionForm, {
      props: { request: REPLYING, action: 'reply', earlier: [] },
    })
    await wrapper.get('#act-outcome').setValue(true)
    await wrapper.get('#act-whereAlreadyPublished').setValue('本机关网站')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    // Back to the fields, the problem with the one it is about.
    expect(wrapper.find('.action-confirm').exists()).toBe(false)
    const link = wrapper.get('.error-summary a')
    expect(link.attributes('href')).toBe('#act-documents')
    expect(link.text()).toBe('公开的信息（文件）：须提供所公开的信息')
    expect(document.getElementById('act-documents')).not.toBeNull()
    wrapper.unmount()
  })
})

describe('StaffActionForm: each action', () => {
  const PENDING = {
    ...REQUEST,
    deadline: { correctionNoticeDueOn: null },
    timeline: [
      {
        seq: 1,
        type: 'EXTENSION_REQUESTED',
        occurredOn: '2026-12-01',
        recordedAt: '2026-12-01T09:00:00Z',
        actorRole: null,
        actor: null,
        details: { workingDays: '5', reason: '涉及多个部门' },
      },
    ],
  } as unknown as DisclosureRequest

  it.each<[StaffAction, string[]]>([
    ['accept', []],
    ['assign', ['act-assignee']],
    ['request-correction', ['act-items', 'act-dueOn']],
    [
      'receive-correction',
      [
        'act-correction-title',
        'act-correction-documentNumber',
        'act-correction-description',
        'act-note',
        'act-occurredOn',
      ],
    ],
    ['lapse', []],
    ['consult', ['act-party', 'act-party-1', 'act-partyName', 'act-occurredOn']],
    [
      'receive-opinion',
      ['act-opinion', 'act-opinion-1', 'act-opinion-2', 'act-summary', 'act-occurredOn'],
    ],
    ['request-extension', ['act-workingDays', 'act-reason']],
    ['approve-extension', []],
    ['decline-extension', ['act-reason']],
    ['notify-fee', ['act-method', 'act-method-1', 'act-reason', 'act-dueOn']],
    ['receive-payment', ['act-occurredOn']],
    ['close-unpaid', []],
  ])('%s asks for its own fields, in order, and no others', async (action, ids) => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(jsonResponse({ status: 404 }, 404)))
    const { wrapper } = await mountWith(StaffActionForm, {
      props: { request: PENDING, action, earlier: [] },
    })
    await flushPromises()
    const controls = wrapper
      .findAll('input, textarea, select')
      .map((control) => control.attributes('id'))
    expect(controls).toEqual(ids)
    expect(wrapper.get('h3').attributes('id')).toBe(`action-${action}`)
    expect(wrapper.get('button[type="submit"]').attributes('id')).toBe('act-submit')
    wrapper.unmount()
  })

  it('shows the head what the officer asked for before the extension is approved', async () => {
    const { wrapper } = await mountWith(StaffActionForm, {
      props: { request: PENDING, action: 'approve-extension', earlier: [] },
    })
    expect(wrapper.get('.summary-list').text()).toContain('涉及多个部门')
    wrapper.unmount()
  })
})
