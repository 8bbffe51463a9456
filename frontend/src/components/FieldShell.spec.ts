import { describe, expect, it } from 'vitest'
import { h } from 'vue'
import FieldShell from './FieldShell.vue'
import { mountWith } from '@/test/mountWith'

type Kind = 'control' | 'fieldset' | 'checkbox'

interface Control {
  id: string
  describedBy?: string
  invalid?: 'true'
}

/** The shell around a plain input that binds what the slot hands it, as every field does. */
async function shell(kind: Kind, hint: string | undefined, error: string | string[] | undefined) {
  return mountWith(FieldShell, {
    props: { id: 'start', label: '起算日', kind, hint, error },
    slots: {
      default: (control: Control) =>
        h('input', {
          id: control.id,
          type: kind === 'checkbox' ? 'checkbox' : 'text',
          'aria-describedby': control.describedBy,
          'aria-invalid': control.invalid,
        }),
    },
  })
}

describe('FieldShell', () => {
  it.each<[string, Kind, string | undefined, string | undefined, string | undefined]>([
    ['a control alone', 'control', undefined, undefined, undefined],
    ['a control with a hint', 'control', '例如收到申请之日。', undefined, 'start-hint'],
    ['a control with an error', 'control', undefined, '请输入起算日', 'start-error'],
    ['a control with both', 'control', '提示', '请输入起算日', 'start-hint start-error'],
    ['a fieldset alone', 'fieldset', undefined, undefined, undefined],
    ['a fieldset with a hint', 'fieldset', '选一项', undefined, 'start-hint'],
    ['a fieldset with an error', 'fieldset', undefined, '请选择', 'start-error'],
    ['a fieldset with both', 'fieldset', '选一项', '请选择', 'start-hint start-error'],
    ['a checkbox alone', 'checkbox', undefined, undefined, undefined],
    ['a checkbox with both', 'checkbox', '提示', '请勾选', 'start-hint start-error'],
  ])('describes %s by its hint and error', async (_, kind, hint, error, describedBy) => {
    const { wrapper } = await shell(kind, hint, error)
    const input = wrapper.get('input')
    expect(input.attributes('id')).toBe('start')
    const described = kind === 'fieldset' ? wrapper.get('fieldset') : input
    expect(described.attributes('aria-describedby')).toBe(describedBy)
    expect(wrapper.find('#start-hint').exists()).toBe(hint !== undefined)
    if (hint) expect(wrapper.get('#start-hint').text()).toBe(hint)
    expect(wrapper.find('#start-error').exists()).toBe(error !== undefined)
    if (error) expect(wrapper.get('#start-error').text()).toBe(`错误：${error}`)
    expect(wrapper.classes('form-group--error')).toBe(error !== undefined)
    wrapper.unmount()
  })

  it.each<Kind>(['control', 'fieldset', 'checkbox'])(
    'names a %s by its label or legend',
    async (kind) => {
      const { wrapper } = await shell(kind, undefined, undefined)
      if (kind === 'fieldset') {
        expect(wrapper.element.tagName).toBe('FIELDSET')
        expect(wrapper.get('legend').text()).toBe('起算日')
        expect(wrapper.find('label').exists()).toBe(false)
      } else {
        expect(wrapper.element.tagName).toBe('DIV')
        expect(wrapper.get('label').attributes('for')).toBe('start')
        expect(wrapper.get('label').text()).toBe('起算日')
      }
      wrapper.unmount()
    },
  )

  it.each<[string | undefined, 'true' | undefined]>([
    [undefined, undefined],
    ['', undefined],
    ['请输入起算日', 'true'],
  ])('marks the control invalid only with an error (%s)', async (error, invalid) => {
    const { wrapper } = await shell('control', undefined, error)
    expect(wrapper.get('input').attributes('aria-invalid')).toBe(invalid)
    wrapper.unmount()
  })

  it('puts the checkbox before its label, and its hint below both', async () => {
    const { wrapper } = await shell('checkbox', '提示', '请勾选')
    const order = Array.from(
      (wrapper.element as HTMLElement).querySelectorAll('p, input, label'),
    ).map((element) => element.id || element.tagName)
    expect(order).toEqual(['start-error', 'start', 'LABEL', 'start-hint'])
    wrapper.unmount()
  })

  it('lists several problems under one error id, each with its hidden prefix', async () => {
    const { wrapper } = await shell('control', undefined, ['文件过大', '文件类型不符'])
    const messages = wrapper.get('#start-error').findAll('p')
    expect(messages.map((message) => message.text())).toEqual([
      '错误：文件过大',
      '错误：文件类型不符',
    ])
    expect(wrapper.get('input').attributes('aria-describedby')).toBe('start-error')
    wrapper.unmount()
  })

  it('reads further descriptions after the hint and the error', async () => {
    const { wrapper } = await mountWith(FieldShell, {
      props: { id: 'text', label: '说明', hint: '提示', error: '过长', describedBy: 'text-count' },
      slots: {
        default: (control: Control) =>
          h('textarea', { id: control.id, 'aria-describedby': control.describedBy }),
      },
    })
    expect(wrapper.get('textarea').attributes('aria-describedby')).toBe(
      'text-hint text-error text-count',
    )
    wrapper.unmount()
  })

  it('gives the label as text when there is no control to label', async () => {
    const { wrapper } = await mountWith(FieldShell, {
      props: { id: 'att', label: '附件', plainLabel: true },
      slots: { default: () => h('p', '已满') },
    })
    expect(wrapper.find('label').exists()).toBe(false)
    expect(wrapper.get('p.form-label').text()).toBe('附件')
    wrapper.unmount()
  })

  it('says “Error:” before the message in English', async () => {
    const { wrapper } = await mountWith(FieldShell, {
      locale: 'en',
      props: { id: 'start', label: 'Start', error: 'Enter a date' },
      slots: { default: () => h('input', { id: 'start' }) },
    })
    expect(wrapper.get('#start-error .visually-hidden').text()).toBe('Error:')
    expect(wrapper.get('#start-error').text()).toBe('Error: Enter a date')
    wrapper.unmount()
  })
})
