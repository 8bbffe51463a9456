import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick, ref } from 'vue'
import type { HotlineType } from '@/api/hotline'
import { FIRE, NO_SUGGESTIONS } from '@/test/hotlineFixtures'
import { jsonResponse } from '@/test/mountWith'
import { SUGGESTION_DELAY_MS, useSuggestions } from './useSuggestions'

beforeEach(() => vi.useFakeTimers())
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

function setUp() {
  const text = ref('')
  const type = ref<HotlineType | ''>('')
  const scope = effectScope()
  const result = scope.run(() => useSuggestions(text, type))!
  return { text, type, scope, ...result }
}

describe('useSuggestions', () => {
  it('asks once the person pauses, with the latest text and type only', async () => {
    const fetch = vi.fn().mockResolvedValue(jsonResponse(FIRE))
    vi.stubGlobal('fetch', fetch)
    const { text, type, suggestions, pending, scope } = setUp()
    text.value = '楼下'
    await nextTick()
    vi.advanceTimersByTime(SUGGESTION_DELAY_MS - 100)
    text.value = '楼下着火了'
    type.value = 'HELP'
    await nextTick()
    vi.advanceTimersByTime(SUGGESTION_DELAY_MS - 1)
    expect(fetch).not.toHaveBeenCalled()
    expect(pending.value).toBe(true)
    vi.advanceTimersByTime(1)
    await vi.runAllTimersAsync()
    expect(fetch).toHaveBeenCalledTimes(1)
    expect(fetch.mock.calls[0]![0]).toBe(
      `/api/hotline/suggestions?text=${encodeURIComponent('楼下着火了')}&type=HELP`,
    )
    expect(suggestions.value.emergency?.numbers[0]?.number).toBe('119')
    expect(pending.value).toBe(false)
    scope.stop()
  })

  it('never lets an older answer replace a newer one, and clears with the text', async () => {
    let answerFirst: (response: Response) => void = () => {}
    const fetch = vi
      .fn()
      .mockImplementationOnce(
        (_url: string, init: RequestInit) =>
          new Promise<Response>((resolve, reject) => {
            answerFirst = resolve
            init.signal?.addEventListener('abort', () =>
              reject(new DOMException('aborted', 'AbortError')),
            )
          }),
      )
      .mockResolvedValueOnce(jsonResponse(NO_SUGGESTIONS))
    vi.stubGlobal('fetch', fetch)
    const { text, suggestions, scope } = setUp()
    text.value = '着火'
    await nextTick()
    await vi.advanceTimersByTimeAsync(SUGGESTION_DELAY_MS)
    text.value = '着火了吗？没有，只是问问灭火器年检'
    await nextTick()
    await vi.advanceTimersByTimeAsync(SUGGESTION_DELAY_MS)
    answerFirst(jsonResponse(FIRE))
    await vi.runAllTimersAsync()
    expect(fetch).toHaveBeenCalledTimes(2)
    expect(suggestions.value.emergency).toBeNull()

    text.value = '   '
    await nextTick()
    expect(suggestions.value).toEqual(NO_SUGGESTIONS)
    await vi.runAllTimersAsync()
    expect(fetch).toHaveBeenCalledTimes(2)
    scope.stop()
  })

  it('sends no more text than the API reads, and no half of a character', async () => {
    const fetch = vi.fn().mockResolvedValue(jsonResponse(FIRE))
    vi.stubGlobal('fetch', fetch)
    const { text, suggestions, scope } = setUp()
    // A title and a description at their limits (100 + 4000) together pass the API's 4000.
    text.value = `${'着火'.repeat(1999)}x𠀀𠀀`
    await nextTick()
    await vi.runAllTimersAsync()
    const sent = new URL(fetch.mock.calls[0]![0] as string, 'https://portal.test')
    expect(sent.searchParams.get('text')).toBe(`${'着火'.repeat(1999)}x`)
    expect(suggestions.value.emergency?.kinds).toEqual(['FIRE'])
    scope.stop()
  })

  it('goes on quietly without suggestions when the service cannot answer', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')))
    const { text, suggestions, pending, scope } = setUp()
    text.value = '噪声扰民'
    await nextTick()
    await vi.runAllTimersAsync()
    expect(suggestions.value).toEqual(NO_SUGGESTIONS)
    expect(pending.value).toBe(false)
    scope.stop()
  })
})
