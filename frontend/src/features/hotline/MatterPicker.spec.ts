import { describe, expect, it } from 'vitest'
import { CATALOGUE } from '@/test/hotlineFixtures'
import { mountWith } from '@/test/mountWith'
import MatterPicker from './MatterPicker.vue'

describe('MatterPicker', () => {
  it('narrows the matters as the person types, keeping the chosen one in view', async () => {
    const { wrapper } = await mountWith(MatterPicker, {
      props: {
        id: 'hl-categoryCode',
        matters: CATALOGUE.matters,
        modelValue: '340600-catering-fumes',
        'onUpdate:modelValue': (code: string) => wrapper.setProps({ modelValue: code }),
      },
    })
    expect(wrapper.findAll('input[type="radio"]')).toHaveLength(4)
    expect(wrapper.get('[role="status"]').text()).toBe('找到 4 个事项。')
    await wrapper.get('input[type="search"]').setValue('市场监督')
    const labels = wrapper.findAll('.radio label').map((label) => label.text())
    expect(labels).toHaveLength(3)
    expect(labels[0]).toContain('餐饮油烟')
    expect(labels[2]).toContain('营商环境')
    expect(wrapper.get('[role="status"]').text()).toBe('找到 2 个事项。')
    await wrapper.get('input[value="340600-food-safety"]').setValue(true)
    expect(wrapper.props('modelValue')).toBe('340600-food-safety')
    await wrapper.get('input[type="search"]').setValue('没有这种事')
    expect(wrapper.findAll('input[type="radio"]')).toHaveLength(1)
    wrapper.unmount()
  })

  it('finds a matter by the words people use for it, from the catalogue', async () => {
    const { wrapper } = await mountWith(MatterPicker, {
      props: { id: 'hl-categoryCode', matters: CATALOGUE.matters },
    })
    await wrapper.get('input[type="search"]').setValue('烧烤')
    expect(wrapper.findAll('.radio label').map((label) => label.text())).toEqual([
      expect.stringContaining('餐饮油烟'),
    ])
    await wrapper.get('input[type="search"]').setValue('餐馆')
    expect(wrapper.get('[role="status"]').text()).toBe('找到 2 个事项。')
    wrapper.unmount()
  })

  it('says when nothing matches, as a target the error summary can focus', async () => {
    const { wrapper } = await mountWith(MatterPicker, {
      props: { id: 'hl-categoryCode', matters: CATALOGUE.matters, error: '请选择事项类别' },
    })
    await wrapper.get('input[type="search"]').setValue('火星')
    expect(wrapper.get('#hl-categoryCode').text()).toBe(
      '没有找到符合条件的事项，请换一个词语再试。',
    )
    wrapper.unmount()
  })
})
