import { afterEach, describe, expect, it } from 'vitest'
import { markSigningIn, signInHref, takeSigningIn } from './returnPath'

afterEach(() => sessionStorage.clear())

describe('signing in from a page', () => {
  it('names the page in the sign-in link, encoded', () => {
    expect(signInHref('/hotline/board?q=路灯&page=2')).toBe(
      '/oauth2/authorization/gongkai?return=%2Fhotline%2Fboard%3Fq%3D%E8%B7%AF%E7%81%AF%26page%3D2',
    )
  })

  it('is noted once, and only for a quarter of an hour', () => {
    markSigningIn(1_000)
    expect(takeSigningIn(2_000)).toBe(true)
    expect(takeSigningIn(3_000)).toBe(false)
    markSigningIn(1_000)
    expect(takeSigningIn(1_000 + 16 * 60 * 1000)).toBe(false)
    expect(takeSigningIn()).toBe(false)
  })
})
