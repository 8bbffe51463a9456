import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import type { HotlineStaffTicket } from '@/api/hotlineStaff'
import { forgetCatalogue } from '@/features/hotline/useCatalogue'
import { CATALOGUE } from '@/test/hotlineFixtures'
import { DISPATCHER, HANDLER } from '@/test/hotlineStaffFixtures'
import { jsonResponse, mountWith } from '@/test/mountWith'
import StaffHotlineTicketView from '../StaffHotlineTicketView.vue'
import { AWAITING_TICKET, REPLY } from './publicationFixtures'

afterEach(() => {
  vi.unstubAllGlobals()
  forgetCatalogue()
})

const PUBLISHED: HotlineStaffTicket = {
  ...AWAITING_TICKET,
  allowedActions: [],
  publication: {
    ...AWAITING_TICKET.publication!,
    status: 'PUBLISHED',
    publishedTitle: '惠黎街道餐馆油烟扰民',
    publishedDescription: '〔姓名〕反映：〔地址〕餐馆油烟扰民。',
    publishedText: '经查，油烟已整改。',
    decidedAt: '2026-12-14T03:00:00Z',
    decidedBy: 'dispatcher-huaibei',
  },
}

async function mountTicket(
  me: unknown,
  query = '',
  answer: (body: unknown) => Response = () => jsonResponse(PUBLISHED),
) {
  const fetch = vi.fn(async (url: string, init?: RequestInit) => {
    if (url === '/api/me') return jsonResponse(me)
    if (url === '/api/hotline/catalogue') return jsonResponse(CATALOGUE)
    if (url.startsWith('/api/staff/hotline/tickets/'))
      return init?.method === 'POST'
        ? answer(JSON.parse(String(init.body)))
        : jsonResponse(AWAITING_TICKET)
    return jsonResponse({})
  })
  vi.stubGlobal('fetch', fetch)
  const mounted = await mountWith(StaffHotlineTicketView, {
    props: { number: AWAITING_TICKET.number, sections: ['hotline'] },
    path: `/staff/hotline/${AWAITING_TICKET.number}${query}`,
  })
  await flushPromises()
  return { ...mounted, fetch }
}

const posts = (fetch: Awaited<ReturnType<typeof mountTicket>>['fetch']) =>
  (fetch.mock.calls as unknown as [string, RequestInit | undefined][])
    .filter(([, init]) => init?.method === 'POST')
    .map(([url, init]) => [url, JSON.parse(String(init!.body))])

describe('the publication check on the staff ticket page', () => {
  it('shows the dispatcher the masked reply beside the original, and the two decisions', async () => {
    const { wrapper } = await mountTicket(DISPATCHER)
    const panel = wrapper.get('.publication-panel')
    expect(panel.get('h2').text()).toBe('答复公开审核')
    expect(panel.get('.badge').text()).toBe('待审核公开')
    const reply = panel.findAll('.redacted-text')[2]!
    expect(reply.get('h4').text()).toBe('答复内容')
    expect(reply.get('.hint').text()).toBe('已遮盖 2 处：姓名 1 处、电话 1 处')
    expect(reply.findAll('.redaction-mask').map((mark) => mark.text())).toEqual([
      '（已遮盖：〔姓名〕）',
      '（已遮盖：〔电话〕）',
    ])
    expect(reply.get('#hl-pub-view-text-redacted').text()).toBe(
      '（已遮盖：〔姓名〕）先生：经查，油烟已整改。如有疑问请拨打（已遮盖：〔电话〕）。',
    )
    expect(reply.findAll('.redaction-removed').map((mark) => mark.text())).toEqual([
      '（将遮盖为〔姓名〕：张明）',
      '（将遮盖为〔电话〕：13812345678）',
    ])
    expect(panel.findAll('.action-list a').map((a) => a.text())).toEqual([
      '审核通过并公开',
      '不予公开',
    ])
    wrapper.unmount()
  })

  it('is not shown to a department', async () => {
    const { wrapper } = await mountTicket(HANDLER)
    expect(wrapper.find('.publication-panel').exists()).toBe(false)
    wrapper.unmount()
  })

  it('approves an edited reply after the summary and shows what the board holds', async () => {
    const { wrapper, fetch, router } = await mountTicket(DISPATCHER, '?publication=approve')
    const text = wrapper.get<HTMLTextAreaElement>('#hl-pub-text')
    expect(text.element.value).toBe(REPLY.redacted)
    await text.setValue('经查，油烟已整改。')
    await wrapper.get('.publication-panel form').trigger('submit')
    await flushPromises()
    expect(wrapper.get('.action-confirm').text()).toContain('经查，油烟已整改。')
    expect(wrapper.get('.action-confirm').text()).toContain('答复内容')
    expect(wrapper.get('.action-confirm').text()).toContain('修改答复内容')
    expect(posts(fetch)).toEqual([])
    await wrapper.get('.publication-panel form').trigger('submit')
    await flushPromises()
    expect(posts(fetch)).toEqual([
      [
        '/api/staff/hotline/tickets/340600-20261214-00002/approve-publication',
        { text: '经查，油烟已整改。' },
      ],
    ])
    expect(router.currentRoute.value.query).toEqual({})
    const panel = wrapper.get('.publication-panel')
    expect(panel.get('.badge').text()).toBe('已公开')
    expect(panel.text()).toContain('〔姓名〕反映：〔地址〕餐馆油烟扰民。')
    expect(panel.find('form').exists()).toBe(false)
    expect(wrapper.get('.notice--success').text()).toBe('答复已在回复公开栏公开。')
    wrapper.unmount()
  })

  it('shows the server’s refusal of an edit beside the text it names', async () => {
    const refusal = () =>
      jsonResponse(
        {
          status: 400,
          title: 'Bad Request',
          errors: [{ field: 'text', message: '仍含个人信息：〔姓名〕' }],
        },
        400,
        'application/problem+json',
      )
    const { wrapper } = await mountTicket(DISPATCHER, '?publication=approve', refusal)
    await wrapper.get('#hl-pub-text').setValue('张明先生：已整改。')
    await wrapper.get('.publication-panel form').trigger('submit')
    await flushPromises()
    await wrapper.get('.publication-panel form').trigger('submit')
    await flushPromises()
    expect(wrapper.find('.action-confirm').exists()).toBe(false)
    expect(wrapper.get('.error-summary').text()).toContain('答复内容：仍含个人信息：〔姓名〕')
    expect(wrapper.get('.error-summary a').attributes('href')).toBe('#hl-pub-text')
    wrapper.unmount()
  })

  it('withholds only with a reason, confirmed on the summary', async () => {
    const withheld: HotlineStaffTicket = {
      ...AWAITING_TICKET,
      allowedActions: [],
      publication: {
        ...AWAITING_TICKET.publication!,
        status: 'WITHHELD',
        withheldReason: '涉及第三方商业秘密',
        decidedAt: '2026-12-14T03:00:00Z',
        decidedBy: 'dispatcher-huaibei',
      },
    }
    const { wrapper, fetch } = await mountTicket(DISPATCHER, '?publication=withhold', () =>
      jsonResponse(withheld),
    )
    await wrapper.get('.publication-panel form').trigger('submit')
    await flushPromises()
    expect(wrapper.get('.error-summary').text()).toContain('请说明不予公开的理由')
    await wrapper.get('#hl-pub-reason').setValue('涉及第三方商业秘密')
    await wrapper.get('.publication-panel form').trigger('submit')
    await flushPromises()
    expect(wrapper.get('.action-confirm').text()).toContain('涉及第三方商业秘密')
    await wrapper.get('.publication-panel form').trigger('submit')
    await flushPromises()
    expect(posts(fetch)).toEqual([
      [
        '/api/staff/hotline/tickets/340600-20261214-00002/withhold-publication',
        { reason: '涉及第三方商业秘密' },
      ],
    ])
    expect(wrapper.get('.publication-panel .badge').text()).toBe('不予公开')
    expect(wrapper.get('.publication-panel').text()).toContain('涉及第三方商业秘密')
    wrapper.unmount()
  })
})
