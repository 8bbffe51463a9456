import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import type { DisclosureRequest } from '@/api/disclosure'
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
