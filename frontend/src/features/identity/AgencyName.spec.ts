import { describe, expect, it } from 'vitest'
import AgencyName from './AgencyName.vue'
import { mountWith } from '@/test/mountWith'

const SCJG = {
  name: '淮北市市场监督管理局',
  nameEn: 'Huaibei Municipal Administration for Market Regulation',
}

describe('AgencyName', () => {
  it('in English, gives the English name with the Chinese one beside it, each in its language', async () => {
    const { wrapper } = await mountWith(AgencyName, { locale: 'en', props: SCJG })
    expect(wrapper.text()).toBe(
      'Huaibei Municipal Administration for Market Regulation (淮北市市场监督管理局)',
    )
    expect(wrapper.get('[lang="en"]').text()).toBe(SCJG.nameEn)
    expect(wrapper.get('[lang="zh-CN"]').text()).toBe(SCJG.name)
    wrapper.unmount()
  })

  it('in English without an English name, gives the Chinese name marked as Chinese', async () => {
    const { wrapper } = await mountWith(AgencyName, {
      locale: 'en',
      props: { name: SCJG.name, nameEn: null },
    })
    expect(wrapper.text()).toBe(SCJG.name)
    expect(wrapper.attributes('lang')).toBe('zh-CN')
    wrapper.unmount()
  })

  it('in Chinese, gives the Chinese name alone', async () => {
    const { wrapper } = await mountWith(AgencyName, { props: SCJG })
    expect(wrapper.text()).toBe(SCJG.name)
    expect(wrapper.find('[lang="en"]').exists()).toBe(false)
    wrapper.unmount()
  })
})
