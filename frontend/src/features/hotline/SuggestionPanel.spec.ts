import { describe, expect, it } from 'vitest'
import { ANSWER } from '@/test/hotlineFixtures'
import { mountWith } from '@/test/mountWith'
import SuggestionPanel from './SuggestionPanel.vue'

describe('SuggestionPanel', () => {
  it('points a request for information to the disclosure application', async () => {
    const { wrapper } = await mountWith(SuggestionPanel, {
      props: {
        redirects: [
          { kind: 'DISCLOSURE', path: '/disclosure' },
          { kind: 'PETITION', path: null },
          { kind: 'LITIGATION', path: 'https://elsewhere.example' },
        ],
        answers: [],
        type: 'COMPLAINT',
      },
    })
    const links = wrapper.findAll('.redirect-notice a')
    expect(links.map((link) => [link.attributes('href'), link.text()])).toEqual([
      ['/disclosure', '申请政府信息公开'],
    ])
    expect(wrapper.text()).toContain('信访事项请通过信访渠道提出')
    expect(wrapper.text()).toContain('已经进入诉讼、仲裁程序的事项')
    wrapper.unmount()
  })

  it('lets the person say an answer settled an enquiry, and only an enquiry', async () => {
    const { wrapper } = await mountWith(SuggestionPanel, {
      props: { redirects: [], answers: [ANSWER], type: 'ENQUIRY' },
    })
    expect(wrapper.get('summary').text()).toBe(ANSWER.question)
    const button = wrapper.get('.knowledge-item button')
    expect(button.text()).toContain('这解答了我的问题')
    await button.trigger('click')
    expect(wrapper.emitted('resolved')).toEqual([[ANSWER]])
    await wrapper.setProps({ type: 'COMPLAINT' })
    expect(wrapper.find('.knowledge-item button').exists()).toBe(false)
    expect(wrapper.text()).toContain('如果解答已经解决您的问题，就不需要再提交')
    wrapper.unmount()
  })
})
