import { describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import ConfirmationPanel from './ConfirmationPanel.vue'
import { mountWith } from '@/test/mountWith'

describe('ConfirmationPanel', () => {
  it('shows the reference number large, under the title', async () => {
    const { wrapper } = await mountWith(ConfirmationPanel, {
      props: { title: '申请已提交', reference: 'YSQ-2026-000123' },
    })
    expect(wrapper.get('h1').text()).toBe('申请已提交')
    expect(wrapper.get('.confirmation-reference').text()).toBe('YSQ-2026-000123')
    wrapper.unmount()
  })

  it('copies the reference number and says so', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined)
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } })
    const { wrapper } = await mountWith(ConfirmationPanel, {
      props: { title: '申请已提交', reference: 'YSQ-2026-000123' },
    })
    await wrapper.get('button').trigger('click')
    await flushPromises()
    expect(writeText).toHaveBeenCalledWith('YSQ-2026-000123')
    expect(wrapper.get('[role="status"]').text()).toBe('编号已复制。')
    wrapper.unmount()
    vi.unstubAllGlobals()
  })

  it('tells the reader to copy by hand when the clipboard refuses', async () => {
    const writeText = vi.fn().mockRejectedValue(new Error('denied'))
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } })
    const { wrapper } = await mountWith(ConfirmationPanel, {
      props: { title: '申请已提交', reference: 'YSQ-2026-000123' },
    })
    await wrapper.get('button').trigger('click')
    await flushPromises()
    expect(wrapper.get('[role="status"]').text()).toContain('手动')
    wrapper.unmount()
    vi.unstubAllGlobals()
  })
})
