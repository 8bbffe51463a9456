import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import type { HotlineSuggestions, HotlineTicket } from '@/api/hotline'
import {
  ANONYMOUS_TICKET,
  ANSWER,
  CATALOGUE,
  FIRE,
  NO_SUGGESTIONS,
  WITH_ANSWER,
} from '@/test/hotlineFixtures'
import { jsonResponse, mountWith } from '@/test/mountWith'
import HotlineIntakeView from './HotlineIntakeView.vue'
import { emptyIntake, overwriteIntake } from './intake'
import { lastSubmission, queryCodeFor } from './queryCodes'
import { forgetCatalogue } from './useCatalogue'
import { resetIntakeProgress, useIntakeProgress } from './useIntakeProgress'
import { SUGGESTION_DELAY_MS } from './useSuggestions'

interface Call {
  url: string
  init?: RequestInit
}

/** The backend as the form meets it: nobody signed in, the catalogue, suggestions, submissions. */
function backend(options: {
  suggestions?: HotlineSuggestions
  submissions?: Array<() => Response | Promise<Response>>
}) {
  const calls: Call[] = []
  const submissions = options.submissions ?? []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      calls.push({ url, init })
      if (url === '/api/me') return jsonResponse({ status: 401 }, 401, 'application/problem+json')
      if (url === '/api/csrf') {
        document.cookie = 'XSRF-TOKEN=t; path=/'
        return new Response(null, { status: 204 })
      }
      if (url === '/api/hotline/catalogue') return jsonResponse(CATALOGUE)
      if (url.startsWith('/api/hotline/suggestions'))
        return jsonResponse(options.suggestions ?? NO_SUGGESTIONS)
      if (url === '/api/hotline/tickets') {
        const next = submissions.shift()
        if (!next) throw new Error('unexpected submission')
        return next()
      }
      return jsonResponse({ status: 404 }, 404, 'application/problem+json')
    }),
  )
  return {
    submitted: () => calls.filter((call) => call.url === '/api/hotline/tickets'),
    asked: () => calls.filter((call) => call.url.startsWith('/api/hotline/suggestions')),
  }
}

function fill(step: 'details' | 'all') {
  const draft = emptyIntake()
  draft.type = 'ENQUIRY'
  if (step === 'all') {
    draft.categoryCode = '340600-social-insurance'
    draft.title = '养老保险怎么交'
    draft.description = '灵活就业人员怎么交养老保险？'
    draft.place.regionId = CATALOGUE.regions[2]!.id
    draft.submitter.kind = 'ANONYMOUS'
  }
  overwriteIntake(useIntakeProgress().draft, draft)
}

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
  resetIntakeProgress()
  forgetCatalogue()
  lastSubmission.value = null
  sessionStorage.clear()
})

describe('HotlineIntakeView', () => {
  it('takes the person to the emergency notice once before letting them go on', async () => {
    fill('details')
    const api = backend({ suggestions: FIRE })
    const { wrapper, router } = await mountWith(HotlineIntakeView, {
      props: { step: 'details' },
      path: '/hotline/new/details',
    })
    await flushPromises()
    vi.useFakeTimers()
    await wrapper.get('#hl-categoryCode-2').setValue(true)
    await wrapper.get('#hl-title').setValue('楼道起火')
    await wrapper.get('#hl-description').setValue('隔壁楼道冒浓烟，好像着火了')
    await wrapper.get('#hl-place-regionId').setValue(CATALOGUE.regions[1]!.id)
    await vi.advanceTimersByTimeAsync(SUGGESTION_DELAY_MS)
    vi.useRealTimers()
    await flushPromises()
    expect(api.asked()).toHaveLength(1)
    const notice = wrapper.get('.emergency-notice')
    expect(notice.find('a[href="tel:119"]').exists()).toBe(true)
    expect(document.activeElement).not.toBe(notice.element)

    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(document.activeElement).toBe(notice.element)
    expect(router.currentRoute.value.path).toBe('/hotline/new/details')

    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(router.currentRoute.value.path).toBe('/hotline/new/submitter')
    wrapper.unmount()
  })

  it('keeps its Idempotency-Key when a submission is retried, and shows the number', async () => {
    fill('all')
    const api = backend({
      submissions: [
        () => Promise.reject(new TypeError('Failed to fetch')),
        () => jsonResponse(ANONYMOUS_TICKET, 201),
      ],
    })
    const { wrapper, router } = await mountWith(HotlineIntakeView, {
      props: { step: 'check' },
      path: '/hotline/new/check',
    })
    await flushPromises()
    const key = useIntakeProgress().idempotencyKey
    expect(key).toMatch(/^[\x21-\x7e]{8,128}$/)
    expect(wrapper.get('.check-answers').text()).toContain('濉溪县人民政府')

    await wrapper.get('#hl-submit').trigger('click')
    await flushPromises()
    expect(wrapper.text()).toContain('暂时无法连接到本站服务器，诉求尚未确认提交')
    await wrapper.get('#hl-submit').trigger('click')
    await flushPromises()

    const sent = api.submitted()
    expect(
      sent.map((call) => (call.init?.headers as Record<string, string>)['Idempotency-Key']),
    ).toEqual([key, key])
    expect(JSON.parse(sent[1]!.init!.body as string)).toMatchObject({
      type: 'ENQUIRY',
      categoryCode: '340600-social-insurance',
      place: { regionId: CATALOGUE.regions[2]!.id, address: '' },
      submitter: { kind: 'ANONYMOUS' },
      answeredByEntryId: null,
    })
    expect(router.currentRoute.value.path).toBe(`/hotline/submitted/${ANONYMOUS_TICKET.number}`)
    expect(router.currentRoute.value.fullPath).not.toContain(ANONYMOUS_TICKET.queryCode)
    expect(lastSubmission.value?.queryCode).toBe(ANONYMOUS_TICKET.queryCode)
    expect(queryCodeFor(ANONYMOUS_TICKET.number)).toBe(ANONYMOUS_TICKET.queryCode)
    expect(sessionStorage.getItem('gongkai.hotline.intake')).toBeNull()
    wrapper.unmount()
  })

  it('records an enquiry a knowledge-base answer settled, and ends there', async () => {
    fill('details')
    const resolved: HotlineTicket = {
      ...ANONYMOUS_TICKET,
      state: 'ANSWERED_BY_KNOWLEDGE_BASE',
      knowledgeAnswer: { question: ANSWER.question, answer: ANSWER.answer, basis: ANSWER.basis },
    }
    const api = backend({
      suggestions: WITH_ANSWER,
      submissions: [() => jsonResponse(resolved, 201)],
    })
    const { wrapper, router } = await mountWith(HotlineIntakeView, {
      props: { step: 'details' },
      path: '/hotline/new/details',
    })
    await flushPromises()
    vi.useFakeTimers()
    await wrapper.get('#hl-description').setValue('灵活就业 养老保险 怎么交')
    await vi.advanceTimersByTimeAsync(SUGGESTION_DELAY_MS)
    vi.useRealTimers()
    await flushPromises()
    expect(wrapper.get('.redirect-notice a').attributes('href')).toBe('/disclosure')
    // The answer opens first, as a person reads it before saying it answered the question.
    await wrapper.get('.knowledge-item summary').trigger('click')
    ;(wrapper.get('.knowledge-item details').element as HTMLDetailsElement).open = true
    ;(wrapper.get('.knowledge-item button').element as HTMLButtonElement).click()
    await flushPromises()

    const [sent] = api.submitted()
    expect((sent!.init?.headers as Record<string, string>)['Idempotency-Key']).toBeTruthy()
    expect(JSON.parse(sent!.init!.body as string)).toMatchObject({
      type: 'ENQUIRY',
      categoryCode: '340600-social-insurance',
      title: ANSWER.question,
      description: '灵活就业 养老保险 怎么交',
      place: { regionId: CATALOGUE.centre.id },
      submitter: { kind: 'ANONYMOUS' },
      answeredByEntryId: ANSWER.id,
    })
    expect(router.currentRoute.value.path).toBe(`/hotline/submitted/${resolved.number}`)
    wrapper.unmount()
  })

  it("puts the backend's field problems in the summary, linking to their steps", async () => {
    fill('all')
    backend({
      submissions: [
        () =>
          jsonResponse(
            {
              type: 'urn:problem-type:gongkai:validation',
              title: '提交的内容有误',
              status: 400,
              errors: [{ field: 'place.regionId', message: '不是本市或所辖县区' }],
            },
            400,
            'application/problem+json',
          ),
      ],
    })
    const { wrapper } = await mountWith(HotlineIntakeView, {
      props: { step: 'check' },
      path: '/hotline/new/check',
    })
    await flushPromises()
    await wrapper.get('#hl-submit').trigger('click')
    await flushPromises()
    const link = wrapper.get('.error-summary a')
    expect(link.text()).toBe('所在区县：不是本市或所辖县区')
    expect(link.attributes('href')).toBe('/hotline/new/details?return=check#hl-place-regionId')
    expect(document.activeElement).toBe(wrapper.get('.error-summary').element)
    wrapper.unmount()
  })

  it('offers to file anew when the key was used for different answers (422)', async () => {
    fill('all')
    const api = backend({
      submissions: [
        () =>
          jsonResponse(
            {
              type: 'urn:problem-type:gongkai:idempotency-key-reused',
              title: 'Idempotency-Key 已用于另一份申请',
              status: 422,
            },
            422,
            'application/problem+json',
          ),
        () => jsonResponse(ANONYMOUS_TICKET, 201),
      ],
    })
    const { wrapper, router } = await mountWith(HotlineIntakeView, {
      props: { step: 'check' },
      path: '/hotline/new/check',
    })
    await flushPromises()
    const first = useIntakeProgress().idempotencyKey
    await wrapper.get('#hl-submit').trigger('click')
    await flushPromises()
    expect(wrapper.get('[role="alert"]').text()).toContain('此前一次提交可能已经成功')
    await wrapper.get('[role="alert"] button').trigger('click')
    await flushPromises()
    const keys = api
      .submitted()
      .map((call) => (call.init?.headers as Record<string, string>)['Idempotency-Key'])
    expect(keys).toHaveLength(2)
    expect(keys[0]).toBe(first)
    expect(keys[1]).not.toBe(first)
    expect(router.currentRoute.value.path).toBe(`/hotline/submitted/${ANONYMOUS_TICKET.number}`)
    wrapper.unmount()
  })

  it('asks an anonymous visitor to sign in to file as a citizen', async () => {
    fill('all')
    useIntakeProgress().draft.submitter.kind = 'CITIZEN'
    backend({})
    const { wrapper, router } = await mountWith(HotlineIntakeView, {
      props: { step: 'submitter' },
      path: '/hotline/new/submitter',
    })
    await flushPromises()
    expect(wrapper.get('.radio-conditional a').attributes('href')).toBe(
      '/oauth2/authorization/gongkai?return=%2Fhotline%2Fnew%2Fsubmitter',
    )
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.get('.error-summary a').text()).toBe(
      '以本人或企业名义提交需要先登录，也可以选择匿名提交',
    )
    expect(router.currentRoute.value.path).toBe('/hotline/new/submitter')
    wrapper.unmount()
  })
})
