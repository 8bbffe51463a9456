import { describe, expect, it } from 'vitest'
import { h } from 'vue'
import RadioGroup from './RadioGroup.vue'
import { mountWith } from '@/test/mountWith'

const options = [
  { value: 'PAPER', label: '纸质' },
  { value: 'ELECTRONIC', label: '电子', hint: '电子邮件或网上获取' },
]

describe('RadioGroup', () => {
  it('is a fieldset whose first button takes the id the error summary links to', async () => {
    const { wrapper } = await mountWith(RadioGroup, {
      props: { id: 'medium', legend: '载体形式', options, error: '请选择载体形式' },
    })
    expect(wrapper.get('legend').text()).toBe('载体形式')
    const inputs = wrapper.findAll('input[type="radio"]')
    expect(inputs.map((input) => input.attributes('id'))).toEqual(['medium', 'medium-1'])
    expect(wrapper.get('fieldset').attributes('aria-describedby')).toBe('medium-error')
    expect(inputs[1]!.attributes('aria-describedby')).toBe('medium-1-hint')
    wrapper.unmount()
  })

  it('reveals the follow-up question of the chosen answer only', async () => {
    const { wrapper } = await mountWith(RadioGroup, {
      props: { id: 'medium', legend: '载体形式', options, modelValue: '' },
      slots: { ELECTRONIC: () => h('p', { class: 'follow-up' }, '电子邮箱') },
    })
    expect(wrapper.find('.follow-up').exists()).toBe(false)
    await wrapper.findAll('input')[1]!.setValue(true)
    expect(wrapper.emitted('update:modelValue')?.[0]).toEqual(['ELECTRONIC'])
    await wrapper.setProps({ modelValue: 'ELECTRONIC' })
    expect(wrapper.get('.follow-up').text()).toBe('电子邮箱')
    wrapper.unmount()
  })
})
