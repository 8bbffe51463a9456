import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'
import type { Plugin } from 'vite'
import type { OutputChunk } from 'rolldown'

const backend = 'http://127.0.0.1:8081'

/**
 * The server's own pages (the reports) load the portal chrome from addresses that do not change
 * with every build: chrome/chrome.js imports the hashed entry, chrome/chrome.css holds its styles.
 */
function stableChromeAddresses(): Plugin {
  return {
    name: 'gongkai-stable-chrome-addresses',
    generateBundle(_options, bundle) {
      const entry = Object.values(bundle).find(
        (file): file is OutputChunk =>
          file.type === 'chunk' && file.isEntry && file.name === 'chrome',
      )
      if (!entry) return
      const css: string[] = []
      const seen = new Set<string>()
      const collect = (chunk: OutputChunk) => {
        if (seen.has(chunk.fileName)) return
        seen.add(chunk.fileName)
        for (const imported of chunk.imports) {
          const file = bundle[imported]
          if (file?.type === 'chunk') collect(file)
        }
        const metadata = (chunk as OutputChunk & { viteMetadata?: { importedCss: Set<string> } })
          .viteMetadata
        for (const name of metadata?.importedCss ?? []) {
          const file = bundle[name]
          if (file?.type === 'asset' && !css.includes(String(file.source)))
            css.push(String(file.source))
        }
      }
      collect(entry)
      this.emitFile({
        type: 'asset',
        fileName: 'chrome/chrome.js',
        source: `import '/${entry.fileName}'\n`,
      })
      this.emitFile({ type: 'asset', fileName: 'chrome/chrome.css', source: css.join('\n') })
    },
  }
}

export default defineConfig({
  plugins: [vue(), stableChromeAddresses()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  define: {
    // Messages are compiled to an AST and interpreted (JIT), never turned into functions with
    // eval, so the page runs under a CSP without 'unsafe-eval'.
    __INTLIFY_JIT_COMPILATION__: true,
    __INTLIFY_DROP_MESSAGE_COMPILER__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
    __VUE_I18N_FULL_INSTALL__: false,
    __VUE_I18N_LEGACY_API__: false,
    __VUE_OPTIONS_API__: false,
    __VUE_PROD_DEVTOOLS__: false,
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: false,
  },
  build: {
    // The polyfill is an inline script, which the portal's CSP forbids.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL('./index.html', import.meta.url)),
        chrome: fileURLToPath(new URL('./src/chrome/chrome.ts', import.meta.url)),
      },
    },
    sourcemap: false,
  },
  server: {
    proxy: {
      '/api': backend,
      '/oauth2': backend,
      '/login': backend,
      '/logout': backend,
      // Report renditions live under /reports/…; /reports and /reports/compliance belong to this app.
      '^/reports/(?!compliance(?:[?#]|$)).+': backend,
      '/actuator': backend,
    },
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.spec.ts'],
    restoreMocks: true,
  },
})
