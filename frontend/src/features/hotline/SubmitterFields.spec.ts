import { describe, expect, it } from 'vitest'
import { defineComponent, h, reactive } from 'vue'
import { mountWith } from '@/test/mountWith'
import { emptyIntake } from './intake'
import SubmitterFields from './SubmitterFields.vue'
import { provideIntake } from './useIntakeProgress'

function host(signedInAs: string | null, errors: Record<string, string> = {}) {
  const draft = reactive(emptyIntake())
  const component = defineComponent({
    setup() {
      provideIntake({ draft, errors: () => errors })
      return () => h(SubmitterFields, { signedInAs, returnTo: '/hotline/new/submitter' })
    },
  })
  return { draft, component }
}

describe('SubmitterFields', () => {
  it('asks an enterprise for its name and credit code, and offers the signed-in name', async () => {
    const { draft, component } = host('王芳', {
      'submitter.creditCode': '统一社会信用代码不正确',
    })
    const { wrapper } = await mountWith(component)
    await wrapper.get('input[value="ENTERPRISE"]').setValue(true)
    expect(draft.submitter.kind).toBe('ENTERPRISE')
    expect(draft.submitter.name).toBe('王芳')
    const code = wrapper.get('#hl-submitter-creditCode')
    expect(code.attributes('aria-invalid')).toBe('true')
    expect(code.attributes('aria-describedby')).toContain('hl-submitter-creditCode-error')
    await code.setValue('91340600MA2T4PXX1L')
    expect(draft.submitter.creditCode).toBe('91340600MA2T4PXX1L')
    await wrapper.get('#hl-publishReply').setValue(true)
    expect(draft.publishReply).toBe(true)
    wrapper.unmount()
  })

  it('offers sign-in instead of fields to an anonymous visitor choosing to file as a citizen', async () => {
    const { component } = host(null)
    const { wrapper } = await mountWith(component, { locale: 'en' })
    await wrapper.get('input[value="CITIZEN"]').setValue(true)
    expect(wrapper.find('#hl-submitter-name').exists()).toBe(false)
    expect(wrapper.get('.radio-conditional').text()).toContain('Sign in to raise it in person')
    await wrapper.get('input[value="ANONYMOUS"]').setValue(true)
    expect(wrapper.get('label[for="hl-submitter-name"]').text()).toBe('Contact name (optional)')
    wrapper.unmount()
  })
})
