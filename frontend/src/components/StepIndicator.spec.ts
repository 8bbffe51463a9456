import { describe, expect, it } from 'vitest'
import StepIndicator from './StepIndicator.vue'
import { mountWith } from '@/test/mountWith'

const steps = ['填写申请人信息', '描述所需信息', '选择获取方式', '检查', '提交']

describe('StepIndicator', () => {
  it('says which step of how many', async () => {
    const { wrapper } = await mountWith(StepIndicator, { props: { current: 2, steps } })
    expect(wrapper.get('.step-indicator-count').text()).toBe('步骤 2/5')
    wrapper.unmount()
  })

  it('marks only the current step with aria-current', async () => {
    const { wrapper } = await mountWith(StepIndicator, { props: { current: 2, steps } })
    const current = wrapper.findAll('li').filter((li) => li.attributes('aria-current') === 'step')
    expect(current).toHaveLength(1)
    expect(current[0]!.text()).toContain('描述所需信息')
    expect(wrapper.findAll('li')[0]!.text()).toContain('（已完成）')
    wrapper.unmount()
  })

  it('speaks English when the reader chose it', async () => {
    const { wrapper } = await mountWith(StepIndicator, {
      props: { current: 3, steps },
      locale: 'en',
    })
    expect(wrapper.get('.step-indicator-count').text()).toBe('Step 3 of 5')
    wrapper.unmount()
  })
})
