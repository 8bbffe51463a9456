import { afterEach, describe, expect, it } from 'vitest'
import { isReturnPath, rememberReturnPath, takeReturnPath } from './returnPath'

afterEach(() => sessionStorage.clear())

describe('the page to return to after signing in', () => {
  it('is taken once, and only within a quarter of an hour', () => {
    rememberReturnPath('/disclosure/apply/check', 1_000)
    expect(takeReturnPath(2_000)).toBe('/disclosure/apply/check')
    expect(takeReturnPath(3_000)).toBeNull()
    rememberReturnPath('/staff/disclosure?state=RECEIVED', 1_000)
    expect(takeReturnPath(1_000 + 16 * 60 * 1000)).toBeNull()
  })

  it('is a path of this portal, never another site or /me itself', () => {
    expect(isReturnPath('/me/disclosure')).toBe(true)
    for (const path of [
      'https://evil.example/',
      '//evil.example',
      '/me',
      '/me?x=1',
      '/\\evil',
      '/oauth2/x',
    ]) {
      expect(isReturnPath(path), path).toBe(false)
    }
    rememberReturnPath('//evil.example')
    expect(takeReturnPath()).toBeNull()
    sessionStorage.setItem(
      'gongkai.returnTo',
      JSON.stringify({ path: 'https://x', at: Date.now() }),
    )
    expect(takeReturnPath()).toBeNull()
  })
})
