import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick, ref } from 'vue'
import { mount } from '@vue/test-utils'
import { useAutosave } from './useAutosave'

/** Mounts the composable in a bare component, with a text to edit and a save to watch. */
function setUp(answers: boolean[] = []) {
  const text = ref('v0')
  const enabled = ref(true)
  const ready = ref(true)
  const sent: string[] = []
  let release: (() => void) | null = null
  const hold = ref(false)
  const save = vi.fn((snapshot: string) => {
    sent.push(snapshot)
    const ok = answers.length > 0 ? answers.shift()! : true
    if (!hold.value) return Promise.resolve(ok)
    return new Promise<boolean>((resolve) => {
      release = () => resolve(ok)
    })
  })
  let autosave!: ReturnType<typeof useAutosave>
  mount(
    defineComponent({
      setup() {
        autosave = useAutosave({
          snapshot: () => text.value,
          enabled: () => enabled.value,
          ready: () => ready.value,
          save,
          delay: 2000,
        })
        return () => h('div')
      },
    }),
  )
  return {
    text,
    enabled,
    ready,
    sent,
    save,
    hold,
    release: () => release?.(),
    autosave: () => autosave,
  }
}

async function edit(target: { value: string }, value: string) {
  target.value = value
  await nextTick()
}

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('saves once, two seconds after the last edit', async () => {
    const { text, sent, autosave } = setUp()
    await edit(text, 'v1')
    await vi.advanceTimersByTimeAsync(1500)
    await edit(text, 'v2')
    await vi.advanceTimersByTimeAsync(1999)
    expect(sent).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(sent).toEqual(['v2'])
    expect(autosave().dirty.value).toBe(false)
  })

  it('does not save what is already saved, nor while disabled or not ready', async () => {
    const { text, enabled, ready, sent } = setUp()
    await edit(text, 'v0')
    await vi.advanceTimersByTimeAsync(3000)
    enabled.value = false
    await edit(text, 'v1')
    await vi.advanceTimersByTimeAsync(3000)
    enabled.value = true
    ready.value = false
    await edit(text, 'v2')
    await vi.advanceTimersByTimeAsync(3000)
    expect(sent).toEqual([])
  })

  it('does not repeat a refused save until the text changes', async () => {
    const { text, sent } = setUp([false, true])
    await edit(text, 'v1')
    await vi.advanceTimersByTimeAsync(10_000)
    expect(sent).toEqual(['v1'])
    await edit(text, 'v2')
    await vi.advanceTimersByTimeAsync(2000)
    expect(sent).toEqual(['v1', 'v2'])
  })

  it('saves edits made while a save was on its way, after it', async () => {
    const { text, sent, hold, release, autosave } = setUp()
    hold.value = true
    await edit(text, 'v1')
    await vi.advanceTimersByTimeAsync(2000)
    expect(autosave().saving.value).toBe(true)
    await edit(text, 'v2')
    await vi.advanceTimersByTimeAsync(2000)
    expect(sent).toEqual(['v1'])
    hold.value = false
    release()
    await vi.advanceTimersByTimeAsync(2000)
    expect(sent).toEqual(['v1', 'v2'])
    expect(autosave().dirty.value).toBe(false)
  })

  it('saves at once when asked, and counts a loaded text as saved', async () => {
    const { text, sent, autosave } = setUp()
    await edit(text, 'v1')
    expect(await autosave().flush()).toBe(true)
    expect(sent).toEqual(['v1'])
    await vi.advanceTimersByTimeAsync(5000)
    expect(sent).toEqual(['v1'])
    await edit(text, 'loaded')
    autosave().reset()
    await vi.advanceTimersByTimeAsync(5000)
    expect(sent).toEqual(['v1'])
    expect(await autosave().flush()).toBe(true)
  })
})
