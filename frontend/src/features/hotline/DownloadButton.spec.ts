import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { ProblemError } from '@/api/http'
import { mountWith } from '@/test/mountWith'
import DownloadButton from './DownloadButton.vue'

afterEach(() => vi.restoreAllMocks())

describe('DownloadButton', () => {
  it('hands the fetched file to the browser under its name', async () => {
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      expect(this.download).toBe('回执.pdf')
    })
    const fetcher = vi.fn().mockResolvedValue(new Blob(['%PDF']))
    const { wrapper } = await mountWith(DownloadButton, {
      props: { label: '下载', subject: '回执', fileName: '回执.pdf', fetcher, failedText: '失败' },
    })
    expect(wrapper.get('button').text()).toBe('下载 回执')
    await wrapper.get('button').trigger('click')
    await flushPromises()
    expect(click).toHaveBeenCalledTimes(1)
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('says so when the file cannot be had', async () => {
    const fetcher = vi
      .fn()
      .mockRejectedValue(new ProblemError({ type: 'about:blank', title: 'x', status: 404 }))
    const { wrapper } = await mountWith(DownloadButton, {
      props: { label: '下载', fileName: 'a.pdf', fetcher, failedText: '暂时无法下载' },
    })
    await wrapper.get('button').trigger('click')
    await flushPromises()
    expect(wrapper.get('[role="alert"]').text()).toBe('暂时无法下载')
    wrapper.unmount()
  })
})
