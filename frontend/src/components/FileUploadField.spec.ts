import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import FileUploadField from './FileUploadField.vue'
import { disclosureFiles } from '@/api/disclosure'

// The mounting helper cannot infer the field's file type: the disclosure's, as the forms use it.
const service = disclosureFiles as never
import { jsonResponse, mountWith } from '@/test/mountWith'

afterEach(() => vi.unstubAllGlobals())

async function choose(input: HTMLInputElement, files: File[]) {
  Object.defineProperty(input, 'files', { value: files, configurable: true })
  input.dispatchEvent(new Event('change'))
  await flushPromises()
}

describe('FileUploadField', () => {
  it('refuses a file of another type without sending it', async () => {
    const fetch = vi.fn()
    vi.stubGlobal('fetch', fetch)
    const { wrapper } = await mountWith(FileUploadField, {
      props: { id: 'att', label: '附件', max: 5, modelValue: [], service },
    })
    await choose(wrapper.get('input').element as HTMLInputElement, [
      new File(['x'], '说明.docx', { type: 'application/msword' }),
    ])
    expect(fetch).not.toHaveBeenCalled()
    expect(wrapper.get('.form-error').text()).toContain('“说明.docx”不是 PDF、JPEG 或 PNG 文件')
    wrapper.unmount()
  })

  it('uploads a PDF and lists it; the backend’s reasons are shown when it refuses one', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/'
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(
        jsonResponse(
          { id: 'f1', fileName: 'a.pdf', contentType: 'application/pdf', size: 2048 },
          201,
        ),
      )
      .mockResolvedValueOnce(
        jsonResponse(
          {
            type: 'urn:problem-type:gongkai:validation',
            title: '提交的内容有误',
            status: 400,
            errors: [{ field: 'file', message: '只接受 PDF、JPEG 或 PNG 文件' }],
          },
          400,
          'application/problem+json',
        ),
      )
    vi.stubGlobal('fetch', fetch)
    const { wrapper } = await mountWith(FileUploadField, {
      props: {
        id: 'att',
        label: '附件',
        max: 5,
        modelValue: [],
        service,
        'onUpdate:modelValue': (files: unknown) => wrapper.setProps({ modelValue: files as never }),
      },
    })
    const pdf = new File(['%PDF-1.4'], 'a.pdf', { type: 'application/pdf' })
    const fake = new File(['MZ'], 'b.pdf', { type: 'application/pdf' })
    await choose(wrapper.get('input').element as HTMLInputElement, [pdf, fake])
    expect(fetch.mock.calls.map((call) => call[0])).toEqual([
      '/api/disclosure/files',
      '/api/disclosure/files',
    ])
    expect(wrapper.get('.file-list').text()).toContain('a.pdf')
    expect(wrapper.get('.form-error').text()).toContain(
      '“b.pdf”上传未成功：只接受 PDF、JPEG 或 PNG 文件',
    )
    await wrapper.get('.file-item button').trigger('click')
    expect(wrapper.find('.file-list').exists()).toBe(false)
    wrapper.unmount()
  })

  it('says so when the upload service is not there', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/'
    vi.stubGlobal(
      'fetch',
      vi
        .fn()
        .mockResolvedValue(
          jsonResponse({ status: 404, title: 'Not found' }, 404, 'application/problem+json'),
        ),
    )
    const { wrapper } = await mountWith(FileUploadField, {
      props: { id: 'att', label: '附件', max: 1, modelValue: [], service },
    })
    await choose(wrapper.get('input').element as HTMLInputElement, [
      new File(['%PDF'], 'a.pdf', { type: 'application/pdf' }),
    ])
    expect(wrapper.find('input').exists()).toBe(false)
    expect(wrapper.get('.notice').text()).toContain('文件上传功能暂时无法使用')
    wrapper.unmount()
  })
})
