/**
 * The portal's header and footer on the pages the server renders (the reports): the server sends
 * them already rendered (see render.ts); this takes them over so that the menu, log-in state,
 * language and 大字版 work as on every other page.
 */
import { createApp, h, watch } from 'vue'
import { createPinia } from 'pinia'
import { createRouter, createWebHistory } from 'vue-router'
import PortalChrome from './PortalChrome.vue'
import { createPortalI18n } from '@/i18n'
import { useLanguageFrom } from '@/api/http'
import { usePreferencesStore } from '@/stores/preferences'
import { useSessionStore } from '@/stores/session'
import { useSiteStore } from '@/stores/site'
import '@/styles/main.css'

const HEADER = '#portal-header'
const FOOTER = '#portal-footer'

async function takeOver() {
  const header = document.querySelector(HEADER)
  const footer = document.querySelector(FOOTER)
  if (!header || !footer) return

  const pinia = createPinia()
  const preferences = usePreferencesStore(pinia)
  const i18n = createPortalI18n(preferences.locale)
  useLanguageFrom(() => i18n.global.locale.value)
  const router = createRouter({
    history: createWebHistory(),
    routes: [{ path: '/:pathMatch(.*)*', component: { render: () => null } }],
  })
  // This page is the server's: the chrome's links and search lead to the portal's own pages.
  router.beforeEach((to, from) => {
    if (from.matched.length === 0) return true
    window.location.assign(to.fullPath)
    return false
  })

  // The rendered chrome stays in place until the real one has what it shows (site, who is signed in).
  await Promise.all([useSiteStore(pinia).load(), useSessionStore(pinia).ensureLoaded()])
  const app = createApp({ render: () => h(PortalChrome, { header: HEADER, footer: FOOTER }) })
  app.use(pinia).use(i18n).use(router)
  await router.isReady()
  header.replaceChildren()
  footer.replaceChildren()
  header.classList.remove('portal-chrome-static')
  app.mount(document.createElement('div'))

  // The page's own words come from the server, in the language it was asked for.
  watch(
    () => preferences.locale,
    () => window.location.reload(),
  )
}

void takeOver()
