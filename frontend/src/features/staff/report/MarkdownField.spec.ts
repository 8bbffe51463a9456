import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import { jsonResponse, mountWith } from '@/test/mountWith'
import MarkdownField from './MarkdownField.vue'

const REPORT = '7f1c0d5e-0000-4000-8000-000000000001'
const IMAGE = '0b6f3c1e-2a4d-4c8e-9f10-3d5e7a9b1c2d'

beforeEach(() => {
  document.cookie = 'XSRF-TOKEN=t; path=/'
})
afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

async function mountField(text: string, props: Record<string, unknown> = {}) {
  const { wrapper } = await mountWith(MarkdownField, {
    props: {
      id: 'body',
      label: '正文',
      previewOf: '一、总体情况',
      reportId: REPORT,
      modelValue: text,
      'onUpdate:modelValue': (value: string) => wrapper.setProps({ modelValue: value }),
      ...props,
    },
  })
  return wrapper
}

async function choose(input: HTMLInputElement, file: File) {
  Object.defineProperty(input, 'files', { value: [file], configurable: true })
  input.dispatchEvent(new Event('change'))
  await flushPromises()
}

const png = () =>
  new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], '图一.png', { type: 'image/png' })

describe('a figure in a Markdown field', () => {
  it('uploads the image and puts it in where the cursor was, in a paragraph of its own', async () => {
    const fetch = vi.fn(async () =>
      jsonResponse(
        { id: IMAGE, url: `/reports/images/${IMAGE}`, mediaType: 'image/png', size: 4 },
        201,
      ),
    )
    vi.stubGlobal('fetch', fetch)
    const wrapper = await mountField('第一段。\n\n第二段。')
    const toggle = wrapper.get('#body-figure-toggle')
    expect(toggle.text()).toBe('插入图片 一、总体情况')
    expect(toggle.attributes('aria-expanded')).toBe('false')
    await toggle.trigger('click')
    expect(toggle.attributes('aria-expanded')).toBe('true')

    const textarea = wrapper.get('textarea').element as HTMLTextAreaElement
    textarea.focus()
    textarea.setSelectionRange(4, 4)
    await choose(wrapper.get('#body-figure-file').element as HTMLInputElement, png())
    await wrapper.get('#body-figure-description').setValue('各季度申请数量')
    await wrapper.get('.figure-field .button:not(.button--secondary)').trigger('click')
    await flushPromises()

    expect(fetch).toHaveBeenCalledTimes(1)
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe(`/api/staff/reports/${REPORT}/images`)
    expect(init.method).toBe('POST')
    expect((init.headers as Record<string, string>)['X-XSRF-TOKEN']).toBe('t')
    expect((init.body as FormData).get('file')).toBeInstanceOf(File)

    const figure = `![各季度申请数量](/reports/images/${IMAGE})`
    expect(wrapper.props('modelValue')).toBe(`第一段。\n\n${figure}\n\n第二段。`)
    expect(toggle.attributes('aria-expanded')).toBe('false')
    expect(wrapper.get('[role="status"].visually-hidden').text()).toBe(
      '已插入图片“各季度申请数量”。',
    )
    expect(document.activeElement).toBe(textarea)
    expect(textarea.selectionStart).toBe(`第一段。\n\n${figure}`.length)
    // The form is empty again for the next figure.
    expect((wrapper.get('#body-figure-description').element as HTMLInputElement).value).toBe('')
    wrapper.unmount()
  })

  it('puts the figure at the end when the cursor was never in the text', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        jsonResponse(
          { id: IMAGE, url: `/reports/images/${IMAGE}`, mediaType: 'image/png', size: 4 },
          201,
        ),
      ),
    )
    const wrapper = await mountField('已有的文字。')
    await wrapper.get('#body-figure-toggle').trigger('click')
    await choose(wrapper.get('#body-figure-file').element as HTMLInputElement, png())
    await wrapper.get('#body-figure-description').setValue('图')
    await wrapper.get('#body-figure-description').trigger('keydown', { key: 'Enter' })
    await flushPromises()
    expect(wrapper.props('modelValue')).toBe(`已有的文字。\n\n![图](/reports/images/${IMAGE})`)
    wrapper.unmount()
  })

  it('asks for the file and the description before sending anything', async () => {
    const fetch = vi.fn()
    vi.stubGlobal('fetch', fetch)
    const wrapper = await mountField('')
    await wrapper.get('#body-figure-toggle').trigger('click')
    await wrapper.get('.figure-field .button:not(.button--secondary)').trigger('click')
    await flushPromises()
    expect(fetch).not.toHaveBeenCalled()
    expect(wrapper.get('#body-figure-file-error').text()).toContain('请选择要插入的图片')
    expect(wrapper.get('#body-figure-description-error').text()).toContain('请填写图片说明')
    expect(document.activeElement?.id).toBe('body-figure-file')
    expect(wrapper.get('#body-figure-file').attributes('aria-describedby')).toBe(
      'body-figure-file-hint body-figure-file-error',
    )

    await choose(
      wrapper.get('#body-figure-file').element as HTMLInputElement,
      new File(['%PDF'], '表.pdf', { type: 'application/pdf' }),
    )
    expect(wrapper.get('#body-figure-file-error').text()).toContain('“表.pdf”不是 PNG 或 JPEG 图片')
    wrapper.unmount()
  })

  it('shows the backend’s reason beside the file when it refuses the image', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        jsonResponse(
          {
            type: 'urn:problem-type:gongkai:validation',
            title: '提交的内容有误',
            status: 400,
            errors: [{ field: 'file', message: '只接受 PNG 或 JPEG 图片' }],
          },
          400,
          'application/problem+json',
        ),
      ),
    )
    const wrapper = await mountField('正文。')
    await wrapper.get('#body-figure-toggle').trigger('click')
    await choose(wrapper.get('#body-figure-file').element as HTMLInputElement, png())
    await wrapper.get('#body-figure-description').setValue('图')
    await wrapper.get('.figure-field .button:not(.button--secondary)').trigger('click')
    await flushPromises()
    expect(wrapper.get('#body-figure-file-error').text()).toContain(
      '“图一.png”上传未成功：只接受 PNG 或 JPEG 图片',
    )
    expect(wrapper.props('modelValue')).toBe('正文。')
    expect(document.activeElement?.id).toBe('body-figure-file')
    wrapper.unmount()
  })

  it('offers no figure while the draft cannot take one', async () => {
    const wrapper = await mountField('正文。', { figuresDisabled: true })
    expect(wrapper.get('#body-figure-toggle').attributes('disabled')).toBeDefined()
    expect(wrapper.get('#body-figure').attributes('disabled')).toBeDefined()
    wrapper.unmount()
  })

  it('has no figure control without a report', async () => {
    const wrapper = await mountField('正文。', { reportId: undefined })
    expect(wrapper.find('#body-figure-toggle').exists()).toBe(false)
    expect(wrapper.find('#body-figure').exists()).toBe(false)
    wrapper.unmount()
  })
})
