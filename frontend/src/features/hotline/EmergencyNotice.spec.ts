import { describe, expect, it } from 'vitest'
import { EMERGENCY_KINDS, type EmergencyKind } from '@/api/hotline'
import { createPortalI18n, LOCALES } from '@/i18n'
import { FIRE } from '@/test/hotlineFixtures'
import { mountWith } from '@/test/mountWith'
import EmergencyNotice from './EmergencyNotice.vue'

describe('EmergencyNotice', () => {
  it('is an alert with a call link for each number, and takes focus when asked', async () => {
    const { wrapper } = await mountWith(EmergencyNotice, { props: { emergency: FIRE.emergency! } })
    const box = wrapper.get('.emergency-notice')
    expect(box.attributes('role')).toBe('alert')
    expect(box.attributes('tabindex')).toBe('-1')
    expect(wrapper.findAll('a').map((a) => [a.attributes('href'), a.text()])).toEqual([
      ['tel:119', '拨打 119（火警、抢险救援）'],
    ])
    expect(wrapper.get('h2').text()).toBe('紧急情况请立即拨打电话（火灾）')
    expect(document.activeElement).not.toBe(box.element)
    ;(wrapper.vm as unknown as { focus: () => void }).focus()
    expect(document.activeElement).toBe(box.element)
    wrapper.unmount()
  })

  it.each(LOCALES)('names every kind of emergency the API knows in %s', async (locale) => {
    const { wrapper } = await mountWith(EmergencyNotice, {
      props: { emergency: { kinds: [...EMERGENCY_KINDS], numbers: [] } },
      locale,
    })
    const { t, te } = createPortalI18n(locale).global
    const named = wrapper.get('h2').text()
    for (const kind of EMERGENCY_KINDS) {
      expect(te(`emergency.kinds.${kind}`), kind).toBe(true)
      expect(named).toContain(t(`emergency.kinds.${kind}`))
    }
    wrapper.unmount()
  })

  it('dials only numbers, whatever else the answer holds, and speaks English', async () => {
    const { wrapper } = await mountWith(EmergencyNotice, {
      props: {
        emergency: {
          // A kind a newer backend may add: left unnamed rather than shown as a code.
          kinds: ['MEDICAL', 'SOMETHING_NEW' as EmergencyKind],
          numbers: [
            { number: '120', name: '急救' },
            { number: 'javascript:alert(1)', name: 'x' },
          ],
        },
      },
      locale: 'en',
    })
    expect(wrapper.findAll('a').map((a) => a.attributes('href'))).toEqual(['tel:120'])
    expect(wrapper.get('h2').text()).toBe('In an emergency, call now (Medical emergency)')
    wrapper.unmount()
  })
})
