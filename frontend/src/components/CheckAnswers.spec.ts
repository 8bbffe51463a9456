import { describe, expect, it } from 'vitest'
import CheckAnswers from './CheckAnswers.vue'
import { mountWith } from '@/test/mountWith'

const rows = [
  { key: 'name', label: '姓名', value: '张明', change: '/apply/name' },
  { key: 'phone', label: '联系电话', value: '', change: '/apply/contact' },
  { key: 'agency', label: '受理机关', value: '淮北市人民政府' },
]

describe('CheckAnswers', () => {
  it('lists every answer with its question', async () => {
    const { wrapper } = await mountWith(CheckAnswers, { props: { rows } })
    expect(wrapper.findAll('dt').map((dt) => dt.text())).toEqual(['姓名', '联系电话', '受理机关'])
    expect(wrapper.findAll('.check-answers-value').map((dd) => dd.text())).toEqual([
      '张明',
      '未填写',
      '淮北市人民政府',
    ])
    wrapper.unmount()
  })

  it('offers a change link that names what it changes', async () => {
    const { wrapper } = await mountWith(CheckAnswers, { props: { rows } })
    const links = wrapper.findAll('a')
    expect(links).toHaveLength(2)
    expect(links[0]!.text().replace(/\s+/g, ' ')).toBe('修改 姓名')
    expect(links[0]!.attributes('href')).toBe('/apply/name')
    expect(links[0]!.get('.visually-hidden').text().trim()).toBe('姓名')
    wrapper.unmount()
  })

  it('shows a problem beside the answer it is about', async () => {
    const { wrapper } = await mountWith(CheckAnswers, {
      props: { rows: [{ ...rows[1]!, value: '123', error: '格式不正确' }] },
    })
    expect(wrapper.get('.form-error').text()).toBe('错误：格式不正确')
    expect(wrapper.get('.check-answers-value').classes()).toContain('check-answers-value--error')
    wrapper.unmount()
  })
})
