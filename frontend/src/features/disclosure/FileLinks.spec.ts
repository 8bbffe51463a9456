import { describe, expect, it } from 'vitest'
import FileLinks from './FileLinks.vue'
import { mountWith } from '@/test/mountWith'

const SCAN = { id: 'a1', fileName: '身份证明.pdf', contentType: 'application/pdf', size: 1_572_864 }
const PHOTO = { id: 'b2', fileName: '现场照片.jpg', contentType: 'image/jpeg', size: 300 }

describe('FileLinks', () => {
  it.each([
    // ids, described files, expected link texts
    [
      ['a1', 'b2'],
      [SCAN, PHOTO],
      ['身份证明.pdf（PDF，1.5 MB）', '现场照片.jpg（JPEG，1 KB）'],
    ],
    [['a1', 'c3'], [SCAN], ['身份证明.pdf（PDF，1.5 MB）', '附件 2']],
    [['c3'], [], ['附件 1']],
    [[], [SCAN], []],
  ])('names the files %j by what the request says of them', async (ids, files, texts) => {
    const { wrapper } = await mountWith(FileLinks, {
      props: { ids, files, fallbackKey: 'mine.attachment' },
    })
    expect(wrapper.findAll('li').map((item) => item.text().replace(/\s+/g, ''))).toEqual(
      texts.map((text) => text.replace(/\s+/g, '')),
    )
    expect(wrapper.findAll('a').map((link) => link.attributes('href'))).toEqual(
      ids.map((id) => `/api/disclosure/files/${id}`),
    )
    wrapper.unmount()
  })

  it('offers a released document for download under its own name', async () => {
    const { wrapper } = await mountWith(FileLinks, {
      props: { ids: ['a1'], files: [SCAN], fallbackKey: 'reply.document', download: true },
    })
    expect(wrapper.get('a').attributes('download')).toBe('身份证明.pdf')
    wrapper.unmount()
  })
})
