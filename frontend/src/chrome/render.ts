/**
 * Renders the portal's skip link, header and footer to HTML for the pages the server renders
 * itself (the reports), so that they carry the same chrome as every other page, without script.
 * Run by `npm run chrome` (writes) and `npm run chrome:check` (compares); the server fills in the
 * site's own name and contact where the markers stand.
 */
import { mkdtempSync, readdirSync, readFileSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createSSRApp, h } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { createPinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import SiteFooter from '@/components/SiteFooter.vue'
import SiteHeader from '@/components/SiteHeader.vue'
import SkipLink from '@/components/SkipLink.vue'
import { createPortalI18n, LOCALES, type Locale } from '@/i18n'
import { usePreferencesStore } from '@/stores/preferences'
import { useSiteStore } from '@/stores/site'

/** Stand-ins the server replaces with its configured values (`PortalChrome`). */
const MARKERS = {
  siteName: '__GONGKAI_SITE_NAME__',
  siteCode: '__GONGKAI_SITE_CODE__',
  contactPhone: '__GONGKAI_CONTACT_PHONE__',
  contactEmail: '__GONGKAI_CONTACT_EMAIL__',
}

/** The server's pages all live under /reports/: the menu marks 年度报告 as the current section. */
const SECTION = '/reports/'

async function render(component: object, locale: Locale, largeText: boolean): Promise<string> {
  const app = createSSRApp({ render: () => h(component) })
  const pinia = createPinia()
  app.use(pinia)
  const preferences = usePreferencesStore(pinia)
  preferences.setLocale(locale)
  if (preferences.largeText !== largeText) preferences.toggleLargeText()
  useSiteStore(pinia).site = { ...MARKERS }
  app.use(createPortalI18n(locale))
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:pathMatch(.*)*', component: { render: () => null } }],
  })
  app.use(router)
  await router.push(SECTION)
  await router.isReady()
  // Vue marks fragments with comments for hydration; the server's pages are taken over, not hydrated.
  return (await renderToString(app)).replace(/<!--[\s\S]*?-->/g, '') + '\n'
}

const Header = { render: () => [h(SkipLink), h(SiteHeader)] }

/** Every fragment by file name: `header.en.large.html` and the like. */
async function fragments(): Promise<Map<string, string>> {
  const files = new Map<string, string>()
  for (const locale of LOCALES) {
    for (const largeText of [false, true]) {
      const mode = largeText ? '.large' : ''
      files.set(`header.${locale}${mode}.html`, await render(Header, locale, largeText))
    }
    files.set(`footer.${locale}.html`, await render(SiteFooter, locale, false))
  }
  return files
}

async function main() {
  const [directory, check] = [process.argv[2], process.argv[3] === '--check']
  if (!directory) throw new Error('usage: render.js <directory> [--check]')
  const files = await fragments()
  const target = check ? mkdtempSync(join(tmpdir(), 'chrome-')) : directory
  mkdirSync(target, { recursive: true })
  for (const [name, html] of files) writeFileSync(join(target, name), html)
  if (!check) return
  const stale = [...files.keys()].filter((name) => {
    try {
      return readFileSync(join(directory, name), 'utf8') !== files.get(name)
    } catch {
      return true
    }
  })
  const extra = readdirSync(directory).filter((name) => !files.has(name))
  if (stale.length || extra.length) {
    console.error(
      `The server's copy of the portal chrome is out of date (${[...stale, ...extra].join(', ')}): run npm run chrome`,
    )
    process.exit(1)
  }
}

await main()
