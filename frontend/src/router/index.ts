import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import HomeView from '@/features/home/HomeView.vue'

declare module 'vue-router' {
  interface RouteMeta {
    /** Message key of the page's title; views with a data-driven title set their own. */
    titleKey?: string
  }
}

export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: HomeView, meta: { titleKey: 'home.title' } },
  {
    path: '/open',
    name: 'open',
    component: () => import('@/features/open/OpenGovernmentView.vue'),
    meta: { titleKey: 'open.title' },
  },
  {
    path: '/disclosure',
    name: 'disclosure',
    component: () => import('@/features/disclosure/DisclosureIntroView.vue'),
    meta: { titleKey: 'disclosure.title' },
  },
  {
    path: '/reports',
    name: 'reports',
    component: () => import('@/features/report/ReportsIntroView.vue'),
    meta: { titleKey: 'reports.title' },
  },
  {
    path: '/hotline',
    name: 'hotline',
    component: () => import('@/features/hotline/HotlineIntroView.vue'),
    meta: { titleKey: 'hotline.title' },
  },
  {
    path: '/agencies',
    name: 'agencies',
    component: () => import('@/features/identity/AgenciesView.vue'),
    meta: { titleKey: 'agencies.title' },
  },
  {
    path: '/agencies/:code',
    name: 'agency',
    component: () => import('@/features/identity/AgencyView.vue'),
    props: true,
  },
  {
    path: '/search',
    name: 'search',
    component: () => import('@/features/search/SearchView.vue'),
    meta: { titleKey: 'search.title' },
  },
  {
    path: '/me',
    name: 'me',
    component: () => import('@/features/identity/MeView.vue'),
    meta: { titleKey: 'me.title' },
  },
  {
    path: '/staff',
    component: () => import('@/features/staff/StaffConsoleView.vue'),
    children: [
      {
        path: '',
        name: 'staff',
        component: () => import('@/features/staff/StaffOverview.vue'),
        meta: { titleKey: 'staff.title' },
      },
      {
        path: ':section(disclosure|hotline|reports|users|calendar|audit)',
        name: 'staff-section',
        component: () => import('@/features/staff/StaffSectionView.vue'),
        props: true,
      },
    ],
  },
  {
    path: '/accessibility',
    name: 'accessibility',
    component: () => import('@/features/site/AccessibilityView.vue'),
    meta: { titleKey: 'accessibility.title' },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('@/features/site/NotFoundView.vue'),
    meta: { titleKey: 'notFound.title' },
  },
]

export function createPortalRouter() {
  return createRouter({
    history: createWebHistory(),
    routes,
    scrollBehavior(to, _from, saved) {
      if (saved) return saved
      if (to.hash) return { el: to.hash }
      return { top: 0 }
    },
  })
}
