import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import DisclosureApplyView from './DisclosureApplyView.vue'
import { overwriteDraft, emptyDraft } from './application'
import { resetApplicationProgress, useApplicationProgress } from './useApplicationDraft'
import { jsonResponse, mountWith } from '@/test/mountWith'

const citizen = { subject: 'citizen-demo', displayName: '张明', roles: [{ role: 'CITIZEN' }] }

function fillDraft() {
  const draft = emptyDraft()
  draft.agency = '340600'
  draft.agencyName = '淮北市人民政府'
  draft.applicant.type = 'person'
  draft.applicant.name = '张明'
  draft.applicant.idType = 'RESIDENT_ID_CARD'
  draft.applicant.idNumber = '11010519491231002X'
  draft.contact.phone = '13800138000'
  draft.information.description = '请提供2025年淮北市城市道路维修计划。'
  draft.delivery.medium = 'ELECTRONIC'
  draft.delivery.channel = 'ONLINE'
  overwriteDraft(useApplicationProgress().draft, draft)
}

/** The backend as the form meets it: who is signed in, and the answers to submissions. */
function backend(submissions: Array<() => Response | Promise<Response>>) {
  const calls: { url: string; init?: RequestInit }[] = []
  const fetch = vi.fn(async (url: string, init?: RequestInit) => {
    calls.push({ url, init })
    if (url === '/api/me') return jsonResponse(citizen)
    if (url === '/api/csrf') {
      document.cookie = 'XSRF-TOKEN=t; path=/'
      return new Response(null, { status: 204 })
    }
    if (url === '/api/disclosure/requests') {
      const next = submissions.shift()
      if (!next) throw new Error('unexpected submission')
      return next()
    }
    return jsonResponse({}, 404, 'application/problem+json')
  })
  vi.stubGlobal('fetch', fetch)
  return calls.filter.bind(calls, (call) => call.url === '/api/disclosure/requests')
}

afterEach(() => {
  vi.unstubAllGlobals()
  resetApplicationProgress()
})

describe('DisclosureApplyView', () => {
  it('sends an unfinished application back to the first step not done', async () => {
    backend([])
    const { wrapper, router } = await mountWith(DisclosureApplyView, {
      props: { step: 'check' },
      path: '/disclosure/apply/check',
    })
    await flushPromises()
    expect(router.currentRoute.value.path).toBe('/disclosure/apply/agency')
    wrapper.unmount()
  })

  it('keeps its Idempotency-Key when a submission is retried', async () => {
    fillDraft()
    const submissions = backend([
      () => Promise.reject(new TypeError('Failed to fetch')),
      () => jsonResponse({ number: '340600-2026-00042' }, 201),
    ])
    const { wrapper, router } = await mountWith(DisclosureApplyView, {
      props: { step: 'check' },
      path: '/disclosure/apply/check',
    })
    await flushPromises()
    const key = useApplicationProgress().idempotencyKey
    expect(key).toBeTruthy()

    await wrapper.get('#app-submit').trigger('click')
    await flushPromises()
    expect(wrapper.text()).toContain('暂时无法连接到本站服务器，申请尚未确认提交')

    await wrapper.get('#app-submit').trigger('click')
    await flushPromises()
    const sent = submissions()
    expect(sent).toHaveLength(2)
    const keys = sent.map(
      (call) => (call.init?.headers as Record<string, string>)['Idempotency-Key'],
    )
    expect(keys).toEqual([key, key])
    expect(router.currentRoute.value.path).toBe('/disclosure/submitted/340600-2026-00042')
    expect(sessionStorage.getItem('gongkai.disclosure.application')).toBeNull()
    wrapper.unmount()
  })

  it('names an earlier identical application, and files anyway under a new key when asked', async () => {
    fillDraft()
    const submissions = backend([
      () =>
        jsonResponse(
          {
            type: 'urn:problem-type:gongkai:possible-duplicate',
            title: '您已提交过内容相同的申请',
            status: 409,
            earlierNumber: '340600-2026-00007',
            earlierFiledOn: '2026-12-01',
          },
          409,
          'application/problem+json',
        ),
      () => jsonResponse({ number: '340600-2026-00043' }, 201),
    ])
    const { wrapper, router } = await mountWith(DisclosureApplyView, {
      props: { step: 'check' },
      path: '/disclosure/apply/check',
    })
    await flushPromises()

    await wrapper.get('#app-submit').trigger('click')
    await flushPromises()
    expect(wrapper.get('.duplicate-warning').text()).toContain(
      '您已于 2026年12月1日 提交过内容相同的申请（编号 340600-2026-00007）',
    )
    expect(wrapper.find('.notice[role="alert"]').exists()).toBe(false)

    await wrapper.get('.duplicate-warning .button:not(.button--secondary)').trigger('click')
    await flushPromises()
    const sent = submissions()
    const keys = sent.map(
      (call) => (call.init?.headers as Record<string, string>)['Idempotency-Key'],
    )
    expect(keys[1]).not.toBe(keys[0])
    expect(JSON.parse(sent[0]!.init!.body as string).confirmedNotDuplicate).toBeUndefined()
    expect(JSON.parse(sent[1]!.init!.body as string).confirmedNotDuplicate).toBe(true)
    expect(router.currentRoute.value.path).toBe('/disclosure/submitted/340600-2026-00043')
    wrapper.unmount()
  })

  it("puts the backend's field problems in the summary, linking to their steps", async () => {
    fillDraft()
    backend([
      () =>
        jsonResponse(
          {
            type: 'urn:problem-type:gongkai:validation',
            title: '提交的内容有误',
            status: 400,
            errors: [
              { field: 'contact.phone', message: '格式不正确' },
              { field: 'Idempotency-Key', message: '值无效' },
            ],
          },
          400,
          'application/problem+json',
        ),
    ])
    const { wrapper } = await mountWith(DisclosureApplyView, {
      props: { step: 'check' },
      path: '/disclosure/apply/check',
    })
    await flushPromises()
    await wrapper.get('#app-submit').trigger('click')
    await flushPromises()
    const links = wrapper.findAll('.error-summary a')
    expect(links.map((link) => link.text())).toEqual(['联系电话：格式不正确', '值无效'])
    expect(links[0]!.attributes('href')).toBe(
      '/disclosure/apply/contact?return=check#app-contact-phone',
    )
    expect(links[1]!.attributes('href')).toBe('#app-submit')
    expect(useApplicationProgress().serverErrors).toEqual({ 'contact.phone': '格式不正确' })
    wrapper.unmount()
  })

  it('checks a step before going on, and goes back to the check page after a change', async () => {
    fillDraft()
    backend([])
    const { wrapper, router } = await mountWith(DisclosureApplyView, {
      props: { step: 'contact' },
      path: '/disclosure/apply/contact?return=check',
    })
    await flushPromises()
    await wrapper.get('#app-contact-phone').setValue('123')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.get('.error-summary a').text()).toBe(
      '联系电话应为 11 位手机号码，或带区号的固定电话',
    )
    expect(router.currentRoute.value.path).toBe('/disclosure/apply/contact')
    await wrapper.get('#app-contact-phone').setValue('0561-3012345')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(router.currentRoute.value.path).toBe('/disclosure/apply/check')
    wrapper.unmount()
  })
})
