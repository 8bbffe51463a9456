import { describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import DuplicateWarning from './DuplicateWarning.vue'
import { mountWith } from '@/test/mountWith'

const props = {
  kind: 'apply' as const,
  number: '340600-2026-00012',
  filedOn: '2026-12-01',
  to: '/me/disclosure/340600-2026-00012',
}

describe('DuplicateWarning', () => {
  it('names the earlier filing by its day and number, and takes focus', async () => {
    const { wrapper } = await mountWith(DuplicateWarning, { props })
    await flushPromises()
    expect(wrapper.get('.duplicate-warning-text').text()).toBe(
      '您已于 2026年12月1日 提交过内容相同的申请（编号 340600-2026-00012）。',
    )
    expect(document.activeElement).toBe(wrapper.get('h2').element)
    expect(wrapper.get('a').attributes('href')).toBe('/me/disclosure/340600-2026-00012')
    expect(wrapper.get('a').text()).toBe('查看申请 340600-2026-00012')
    // The number is kept on one line wherever it stands.
    expect(wrapper.findAll('.filing-number').map((number) => number.text())).toEqual([
      '340600-2026-00012',
      '340600-2026-00012',
    ])
    wrapper.unmount()
  })

  it('speaks English and says ticket for the hotline', async () => {
    const { wrapper } = await mountWith(DuplicateWarning, {
      props: { ...props, kind: 'hotline' },
      locale: 'en',
    })
    expect(wrapper.get('.duplicate-warning-text').text()).toContain(
      '(ticket number 340600-2026-00012)',
    )
    wrapper.unmount()
  })

  it('lets the person file anyway or go back', async () => {
    const { wrapper } = await mountWith(DuplicateWarning, { props })
    const [fileAnyway, back] = wrapper.findAll('button')
    await fileAnyway!.trigger('click')
    await back!.trigger('click')
    expect(wrapper.emitted('fileAnyway')).toHaveLength(1)
    expect(wrapper.emitted('back')).toHaveLength(1)
    wrapper.unmount()
  })
})
