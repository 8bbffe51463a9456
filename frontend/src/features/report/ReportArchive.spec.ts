import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import type { Agency, ReportPage, ReportSummary } from '@/api/types'
import { jsonResponse, mountWith } from '@/test/mountWith'
import ReportArchive from './ReportArchive.vue'

const agency = (code: string, name: string): Agency => ({
  id: `id-${code}`,
  code,
  name,
  nameEn: null,
  shortName: null,
  kind: 'COUNTY_GOVERNMENT',
  parentId: null,
  regionCode: null,
  address: null,
  postalCode: null,
  phone: null,
  email: null,
  website: null,
  officeHours: null,
})

const AGENCIES = [agency('340600', '淮北市人民政府'), agency('340621', '濉溪县人民政府')]

const SUIXI_2019: ReportSummary = {
  id: 'r1',
  agencyCode: '340621',
  agencyName: '濉溪县人民政府',
  agencyNameEn: null,
  year: 2019,
  kind: 'RULE_OF_LAW',
  title: '濉溪县人民政府关于2019年度法治政府建设情况的报告',
  firstPublishedAt: '2020-03-30T02:00:00Z',
  publishedAt: '2020-03-30T02:00:00Z',
  version: 1,
  url: '/reports/340621/2019/rule-of-law',
}

const HUAIBEI_PLAN: ReportSummary = {
  id: 'r2',
  agencyCode: '340600',
  agencyName: '淮北市人民政府',
  agencyNameEn: null,
  year: 2021,
  kind: 'RULE_OF_LAW_PLAN',
  title: '淮北市法治政府建设实施方案(2021-2025年)',
  firstPublishedAt: '2021-06-01T02:00:00Z',
  publishedAt: '2021-06-01T02:00:00Z',
  version: 1,
  url: '/reports/340600/2021/rule-of-law-plan',
}

const pageOf = (items: ReportSummary[], page: number, total: number): ReportPage => ({
  items,
  page,
  size: 20,
  total,
})

/** The portal as the archive meets it; `answer` says what each reports query gets. */
function backend(answer: (params: URLSearchParams) => Response) {
  const asked: URLSearchParams[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const [path, search] = url.split('?')
      if (path === '/api/agencies') return jsonResponse(AGENCIES)
      if (path === '/api/reports') {
        const params = new URLSearchParams(search)
        asked.push(params)
        return answer(params)
      }
      return jsonResponse({ status: 404, title: 'Not Found' }, 404, 'application/problem+json')
    }),
  )
  return asked
}

async function open(path = '/reports') {
  const mounted = await mountWith(ReportArchive, { path })
  await flushPromises()
  return mounted
}

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

describe('the report archive', () => {
  it('asks for the filter in the address, the API counting pages from 0', async () => {
    const asked = backend(() => jsonResponse(pageOf([SUIXI_2019], 1, 21)))
    const { wrapper } = await open('/reports?agency=340621&year=2019&kind=RULE_OF_LAW&page=2')
    expect(Object.fromEntries(asked.at(-1)!)).toEqual({
      agency: '340621',
      year: '2019',
      kind: 'RULE_OF_LAW',
      page: '1',
      size: '20',
    })
    expect((wrapper.get('#archive-agency').element as HTMLSelectElement).value).toBe('340621')
    expect((wrapper.get('#archive-year').element as HTMLSelectElement).value).toBe('2019')
    expect((wrapper.get('#archive-kind').element as HTMLSelectElement).value).toBe('RULE_OF_LAW')
    const link = wrapper.get('.report-title')
    expect(link.text()).toBe('濉溪县人民政府关于2019年度法治政府建设情况的报告')
    expect(link.attributes('href')).toBe('/reports/340621/2019/rule-of-law')
    expect(wrapper.get('.report-meta').text()).toContain('2019年度')
    wrapper.unmount()
  })

  it('sends no empty parameter', async () => {
    const asked = backend(() => jsonResponse(pageOf([SUIXI_2019], 0, 1)))
    const { wrapper } = await open()
    expect(Object.fromEntries(asked.at(-1)!)).toEqual({ page: '0', size: '20' })
    wrapper.unmount()
  })

  it('puts the chosen filter in the address, back on the first page, and asks again', async () => {
    const asked = backend(() => jsonResponse(pageOf([HUAIBEI_PLAN], 0, 1)))
    const { wrapper, router } = await open('/reports?page=3')
    const agencies = wrapper.findAll('#archive-agency option').map((option) => option.text())
    expect(agencies).toEqual(['全部机关', '淮北市人民政府', '濉溪县人民政府'])
    const years = wrapper.findAll('#archive-year option').map((option) => option.text())
    expect(years[0]).toBe('全部年度')
    expect(years[1]).toBe(`${new Date().getFullYear()}年`)
    expect(years.at(-1)).toBe('2019年')
    const kinds = wrapper.findAll('#archive-kind option').map((option) => option.text())
    expect(kinds).toEqual([
      '全部类型',
      '法治政府建设年度报告',
      '政府信息公开工作年度报告',
      '法治政府建设规划方案',
    ])

    await wrapper.get('#archive-agency').setValue('340600')
    await wrapper.get('#archive-kind').setValue('RULE_OF_LAW_PLAN')
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    expect(router.currentRoute.value.fullPath).toBe('/reports?agency=340600&kind=RULE_OF_LAW_PLAN')
    expect(Object.fromEntries(asked.at(-1)!)).toEqual({
      agency: '340600',
      kind: 'RULE_OF_LAW_PLAN',
      page: '0',
      size: '20',
    })
    // A plan is filed under the year it starts; it is not a 年度 report.
    const meta = wrapper.get('.report-meta').text()
    expect(meta).toContain('法治政府建设规划方案 · 2021年 ·')
    expect(meta).not.toContain('年度')
    expect(wrapper.get('.result-count').text()).toBe('共 1 份报告，最新发布的在前')
    expect(wrapper.get('.result-count').attributes('role')).toBe('status')
    wrapper.unmount()
  })

  it('follows the address when the reader goes back', async () => {
    const asked = backend(() => jsonResponse(pageOf([SUIXI_2019], 0, 1)))
    const { wrapper, router } = await open('/reports?year=2019')
    await router.push('/reports?year=2020')
    await flushPromises()
    expect(asked.at(-1)!.get('year')).toBe('2020')
    expect((wrapper.get('#archive-year').element as HTMLSelectElement).value).toBe('2020')
    router.back()
    await flushPromises()
    await vi.waitFor(() => expect(asked.at(-1)!.get('year')).toBe('2019'))
    wrapper.unmount()
  })

  it('offers the next page only from the first, the previous only from the last', async () => {
    backend((params) => jsonResponse(pageOf([SUIXI_2019], Number(params.get('page')), 45)))
    const { wrapper, router } = await open('/reports?year=2019')
    const nav = () => wrapper.get('nav.pagination')
    expect(nav().attributes('aria-label')).toBe('报告列表翻页')
    expect(nav().text()).toContain('第 1 页，共 3 页')
    expect(nav().find('[rel="prev"]').exists()).toBe(false)
    expect(nav().get('[rel="next"]').attributes('href')).toBe('/reports?year=2019&page=2')

    await router.push('/reports?year=2019&page=2')
    await flushPromises()
    expect(nav().text()).toContain('第 2 页，共 3 页')
    expect(nav().get('[rel="prev"]').attributes('href')).toBe('/reports?year=2019')
    expect(nav().get('[rel="next"]').attributes('href')).toBe('/reports?year=2019&page=3')

    await router.push('/reports?year=2019&page=3')
    await flushPromises()
    expect(nav().text()).toContain('第 3 页，共 3 页')
    expect(nav().find('[rel="next"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('takes the reader to the top of the new page when the link followed is gone', async () => {
    backend((params) => jsonResponse(pageOf([SUIXI_2019], Number(params.get('page')), 45)))
    const { wrapper, router } = await open('/reports')
    ;(document.activeElement as HTMLElement | null)?.blur()
    await router.push('/reports?page=2')
    await flushPromises()
    expect(document.activeElement?.id).toBe('report-archive-title')
    wrapper.unmount()
  })

  it('shows no pagination for a single page', async () => {
    backend(() => jsonResponse(pageOf([SUIXI_2019], 0, 20)))
    const { wrapper } = await open()
    expect(wrapper.find('nav.pagination').exists()).toBe(false)
    wrapper.unmount()
  })

  it('says so when a page lies past the last', async () => {
    backend(() => jsonResponse(pageOf([], 8, 45)))
    const { wrapper } = await open('/reports?page=9')
    expect(wrapper.get('.empty-state').text()).toContain('没有第 9 页，符合条件的报告共 3 页。')
    expect(wrapper.get('.empty-state a').attributes('href')).toBe('/reports')
    expect(wrapper.find('.report-list').exists()).toBe(false)
    wrapper.unmount()
  })

  it('says when nothing matches, and offers to clear the filter', async () => {
    backend(() => jsonResponse(pageOf([], 0, 0)))
    const { wrapper } = await open('/reports?agency=340621&kind=RULE_OF_LAW_PLAN')
    expect(wrapper.get('.empty-state').text()).toBe('没有符合条件的报告。请减少筛选条件后再试。')
    expect(wrapper.get('.result-count').text()).toBe('共 0 份报告，最新发布的在前')
    const reset = wrapper.findAll('a').find((link) => link.text() === '清除筛选条件')
    expect(reset?.attributes('href')).toBe('/reports')
    expect(wrapper.find('nav.pagination').exists()).toBe(false)
    wrapper.unmount()
  })

  it('says when nothing is published at all', async () => {
    backend(() => jsonResponse(pageOf([], 0, 0)))
    const { wrapper } = await open()
    expect(wrapper.get('.empty-state').text()).toBe('暂无已发布的报告。')
    expect(wrapper.findAll('a').some((link) => link.text() === '清除筛选条件')).toBe(false)
    wrapper.unmount()
  })

  it('puts a refused parameter beside its field and in an error summary', async () => {
    backend(() =>
      jsonResponse(
        {
          type: 'urn:problem-type:gongkai:validation',
          title: '提交的内容有误',
          status: 400,
          detail: '请按提示修改标出的字段后重新提交。',
          errors: [{ field: 'kind', message: '不是可选的报告类型' }],
        },
        400,
        'application/problem+json',
      ),
    )
    const { wrapper } = await open('/reports?kind=RULE_OF_LAW')
    const summary = wrapper.get('.error-summary')
    expect(summary.get('a').text()).toBe('报告类型：不是可选的报告类型')
    expect(summary.get('a').attributes('href')).toBe('#archive-kind')
    expect(wrapper.get('#archive-kind').attributes('aria-invalid')).toBe('true')
    expect(wrapper.get('#archive-kind-error').text()).toContain('不是可选的报告类型')
    expect(wrapper.find('.warning-panel').exists()).toBe(false)
    wrapper.unmount()
  })

  it("shows the portal's own words for a parameter it refuses", async () => {
    backend(() =>
      jsonResponse(
        {
          type: 'urn:problem-type:gongkai:validation',
          title: '请求参数有误',
          status: 400,
          detail: '年度应在2000年到2100年之间。',
        },
        400,
        'application/problem+json',
      ),
    )
    const { wrapper } = await open('/reports?year=2019')
    expect(wrapper.get('[role="alert"]').text()).toContain('年度应在2000年到2100年之间。')
    expect(wrapper.get('.result-count').text()).toBe('')
    wrapper.unmount()
  })
})
