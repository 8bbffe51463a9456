import { mount, type ComponentMountingOptions } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { Component } from 'vue'
import { createPortalI18n, type Locale } from '@/i18n'

/** Mounts a component with the portal's plugins: i18n, a fresh Pinia, an in-memory router. */
export async function mountWith<C extends Component>(
  component: C,
  options: ComponentMountingOptions<C> & { locale?: Locale; path?: string } = {},
) {
  const { locale = 'zh-CN', path = '/', ...rest } = options
  const pinia = createPinia()
  setActivePinia(pinia)
  const i18n = createPortalI18n(locale)
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:pathMatch(.*)*', component: { template: '<div />' } }],
  })
  await router.push(path)
  await router.isReady()
  const wrapper = mount(component, {
    attachTo: document.body,
    ...rest,
    global: { plugins: [pinia, i18n, router], ...(rest.global ?? {}) },
  } as ComponentMountingOptions<C>)
  return { wrapper, router, i18n, pinia }
}

/** A fetch answer as the backend would give it. */
export function jsonResponse(body: unknown, status = 200, type = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } })
}
