import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { createPortalI18n } from './i18n'
import { createPortalRouter } from './router'
import { useLanguageFrom } from './api/http'
import { usePreferencesStore } from './stores/preferences'
import './styles/main.css'

const app = createApp(App)
const pinia = createPinia()
app.use(pinia)

const preferences = usePreferencesStore(pinia)
const i18n = createPortalI18n(preferences.locale)
useLanguageFrom(() => i18n.global.locale.value)
app.use(i18n)
app.use(createPortalRouter())

app.mount('#app')
