import { ref, watchEffect } from 'vue'

/** The current page's own title; App joins it with the site name into document.title. */
export const pageTitle = ref('')

export function usePageTitle(source: () => string): void {
  watchEffect(() => {
    pageTitle.value = source()
  })
}
