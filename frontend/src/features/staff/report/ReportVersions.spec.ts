import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { jsonResponse, mountWith } from '@/test/mountWith'
import ReportVersions from './ReportVersions.vue'

const version = (revision: number) => ({
  revision,
  savedAt: `2026-01-0${revision}T02:00:00Z`,
  savedBy: 'editor-suixi',
})

afterEach(() => vi.unstubAllGlobals())

describe('ReportVersions', () => {
  it('proposes the two newest versions after each save, and marks each changed line', async () => {
    const lists = [[version(1)], [version(2), version(1)]]
    const fetch = vi.fn(async (url: string) => {
      if (url.endsWith('/versions')) return jsonResponse(lists.shift() ?? [])
      if (url.includes('/diff'))
        return jsonResponse({
          from: 1,
          to: 2,
          lines: [
            { kind: 'SAME', text: '一、总体情况' },
            { kind: 'REMOVED', text: '旧的一句。' },
            { kind: 'ADDED', text: '新的一句。' },
          ],
        })
      return jsonResponse({}, 404)
    })
    vi.stubGlobal('fetch', fetch)
    const { wrapper } = await mountWith(ReportVersions, { props: { reportId: 'r1', revision: 1 } })
    await flushPromises()
    expect(wrapper.find('form').exists()).toBe(false)

    await wrapper.setProps({ revision: 2 })
    await flushPromises()
    expect((wrapper.get('#diff-from').element as HTMLSelectElement).value).toBe('1')
    expect((wrapper.get('#diff-to').element as HTMLSelectElement).value).toBe('2')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(fetch).toHaveBeenCalledWith('/api/staff/reports/r1/diff?from=1&to=2', expect.anything())
    const lines = wrapper.findAll('.diff-line')
    expect(lines.map((line) => line.text())).toEqual([
      '一、总体情况',
      '−删除：旧的一句。',
      '+新增：新的一句。',
    ])
    expect(wrapper.find('.diff-line--removed del').exists()).toBe(true)
    expect(wrapper.find('.diff-line--added ins').exists()).toBe(true)
    wrapper.unmount()
  })
})
