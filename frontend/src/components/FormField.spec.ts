import { describe, expect, it } from 'vitest'
import FormField from './FormField.vue'
import { mountWith } from '@/test/mountWith'

describe('FormField', () => {
  it('labels the input and ties the hint to it', async () => {
    const { wrapper } = await mountWith(FormField, {
      props: { id: 'start', label: '起算日', hint: '例如收到申请之日。' },
    })
    const input = wrapper.get('input')
    expect(wrapper.get('label').attributes('for')).toBe('start')
    expect(input.attributes('aria-describedby')).toBe('start-hint')
    expect(input.attributes('aria-invalid')).toBeUndefined()
    wrapper.unmount()
  })

  it('marks the input invalid and describes it with the error', async () => {
    const { wrapper } = await mountWith(FormField, {
      props: { id: 'start', label: '起算日', hint: '提示', error: '请输入起算日' },
    })
    const input = wrapper.get('input')
    expect(input.attributes('aria-invalid')).toBe('true')
    expect(input.attributes('aria-describedby')).toBe('start-hint start-error')
    expect(wrapper.get('#start-error').text()).toBe('错误：请输入起算日')
    wrapper.unmount()
  })

  it('updates its model as the reader types', async () => {
    const { wrapper } = await mountWith(FormField, {
      props: { id: 'days', label: '工作日数', modelValue: '20' },
    })
    await wrapper.get('input').setValue('15')
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual(['15'])
    wrapper.unmount()
  })

  it('passes input attributes through', async () => {
    const { wrapper } = await mountWith(FormField, {
      props: { id: 'days', label: '工作日数' },
      attrs: { inputmode: 'numeric' },
    })
    expect(wrapper.get('input').attributes('inputmode')).toBe('numeric')
    wrapper.unmount()
  })
})
