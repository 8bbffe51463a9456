import { describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import ErrorSummary from './ErrorSummary.vue'
import { mountWith } from '@/test/mountWith'

const errors = [
  { fieldId: 'from', message: '请输入起算日' },
  { fieldId: 'add', message: '请输入工作日数' },
]

describe('ErrorSummary', () => {
  it('shows nothing while there is no problem', async () => {
    const { wrapper } = await mountWith(ErrorSummary, { props: { errors: [] } })
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('announces itself and takes focus when problems appear', async () => {
    const { wrapper } = await mountWith(ErrorSummary, { props: { errors: [] } })
    await wrapper.setProps({ errors })
    await nextTick()
    const summary = wrapper.get('[role="alert"]')
    expect(summary.text()).toContain('请修改以下问题')
    expect(document.activeElement).toBe(summary.element)
    wrapper.unmount()
  })

  it('links each problem to its field and moves focus there', async () => {
    const field = document.createElement('input')
    field.id = 'add'
    document.body.appendChild(field)
    const { wrapper } = await mountWith(ErrorSummary, { props: { errors } })
    const links = wrapper.findAll('a')
    expect(links.map((link) => link.attributes('href'))).toEqual(['#from', '#add'])
    await links[1]!.trigger('click')
    expect(document.activeElement).toBe(field)
    wrapper.unmount()
    field.remove()
  })

  it('links a problem on another page of the form to that page', async () => {
    const { wrapper } = await mountWith(ErrorSummary, {
      props: {
        errors: [
          {
            fieldId: 'app-contact-phone',
            message: '联系电话：格式不正确',
            to: { path: '/apply/contact', query: { return: 'check' }, hash: '#app-contact-phone' },
          },
        ],
      },
    })
    expect(wrapper.get('a').attributes('href')).toBe(
      '/apply/contact?return=check#app-contact-phone',
    )
    wrapper.unmount()
  })
})
