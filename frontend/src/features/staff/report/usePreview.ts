import { onBeforeUnmount, ref, watch } from 'vue'
import { previewMarkdown } from '@/api/report'
import { cleanPreviewHtml } from './previewHtml'

/**
 * The page's rendering of a Markdown text, asked of the backend a little while after typing
 * stops (400 ms); an answer that a newer text has overtaken is dropped.
 */
export function usePreview(source: () => string, active: () => boolean, delay = 400) {
  const html = ref('')
  const loading = ref(false)
  const failed = ref(false)
  let timer: ReturnType<typeof setTimeout> | null = null
  let controller: AbortController | null = null

  async function render(markdown: string) {
    controller?.abort()
    if (!markdown.trim()) {
      html.value = ''
      failed.value = false
      loading.value = false
      return
    }
    const current = new AbortController()
    controller = current
    loading.value = true
    try {
      const answer = await previewMarkdown(markdown, current.signal)
      html.value = cleanPreviewHtml(answer.html ?? '')
      failed.value = false
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return
      failed.value = true
    } finally {
      if (controller === current) loading.value = false
    }
  }

  watch(
    [source, active],
    ([markdown, on], previous) => {
      if (timer !== null) clearTimeout(timer)
      if (!on) return
      // Opening the preview shows it at once; typing waits for a pause.
      const justOpened = !previous || !previous[1]
      if (justOpened) void render(markdown)
      else timer = setTimeout(() => void render(markdown), delay)
    },
    { immediate: true },
  )

  onBeforeUnmount(() => {
    if (timer !== null) clearTimeout(timer)
    controller?.abort()
  })

  return { html, loading, failed, refresh: () => render(source()) }
}
