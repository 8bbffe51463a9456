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
    path: '/disclosure/apply/:step?',
    name: 'disclosure-apply',
    component: () => import('@/features/disclosure/DisclosureApplyView.vue'),
    props: true,
  },
  {
    path: '/disclosure/submitted/:number',
    name: 'disclosure-submitted',
    component: () => import('@/features/disclosure/DisclosureSubmittedView.vue'),
    props: true,
  },
  {
    path: '/reports',
    name: 'reports',
    component: () => import('@/features/report/ReportsIntroView.vue'),
    meta: { titleKey: 'reports.title' },
  },
  {
    path: '/reports/compliance',
    name: 'report-compliance',
    component: () => import('@/features/report/ReportComplianceView.vue'),
    meta: { titleKey: 'reportCompliance.title' },
  },
  {
    path: '/hotline',
    name: 'hotline',
    component: () => import('@/features/hotline/HotlineIntroView.vue'),
    meta: { titleKey: 'hotline.title' },
  },
  {
    path: '/hotline/new/:step?',
    name: 'hotline-new',
    component: () => import('@/features/hotline/HotlineIntakeView.vue'),
    props: true,
  },
  {
    path: '/hotline/submitted/:number',
    name: 'hotline-submitted',
    component: () => import('@/features/hotline/HotlineSubmittedView.vue'),
    props: true,
  },
  {
    path: '/hotline/track',
    name: 'hotline-track',
    component: () => import('@/features/hotline/HotlineTrackView.vue'),
    meta: { titleKey: 'hotlineTrack.title' },
  },
  {
    path: '/hotline/tickets/:number',
    name: 'hotline-ticket',
    component: () => import('@/features/hotline/HotlineTicketView.vue'),
    props: true,
  },
  {
    path: '/hotline/mine',
    name: 'hotline-mine',
    component: () => import('@/features/hotline/MyHotlineTicketsView.vue'),
    meta: { titleKey: 'hotlineMine.title' },
  },
  {
    path: '/hotline/board',
    name: 'hotline-board',
    component: () => import('@/features/hotline/HotlineBoardView.vue'),
    meta: { titleKey: 'hotlineBoard.title' },
  },
  {
    path: '/hotline/statistics',
    name: 'hotline-statistics',
    component: () => import('@/features/hotline/HotlineStatisticsView.vue'),
    meta: { titleKey: 'hotlineStatistics.title' },
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
    path: '/me/disclosure',
    name: 'my-disclosure',
    component: () => import('@/features/disclosure/MyDisclosureRequestsView.vue'),
    meta: { titleKey: 'mine.title' },
  },
  {
    path: '/me/disclosure/:number',
    name: 'my-disclosure-request',
    component: () => import('@/features/disclosure/MyDisclosureRequestView.vue'),
    props: true,
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
        path: 'disclosure',
        name: 'staff-disclosure',
        component: () => import('@/features/staff/disclosure/StaffDisclosureQueueView.vue'),
        meta: { titleKey: 'staff.sections.disclosure.title' },
      },
      {
        path: 'disclosure/new',
        name: 'staff-disclosure-new',
        component: () => import('@/features/staff/disclosure/StaffPaperApplicationView.vue'),
        meta: { titleKey: 'staffDisclosure.paper.title' },
      },
      {
        path: 'disclosure/:number',
        name: 'staff-disclosure-request',
        component: () => import('@/features/staff/disclosure/StaffDisclosureRequestView.vue'),
        props: true,
      },
      {
        path: 'reports',
        name: 'staff-reports',
        component: () => import('@/features/staff/report/StaffReportsView.vue'),
        meta: { titleKey: 'staff.sections.reports.title' },
      },
      {
        path: 'reports/:id',
        name: 'staff-report',
        component: () => import('@/features/staff/report/StaffReportView.vue'),
        props: true,
      },
      {
        path: 'hotline',
        name: 'staff-hotline',
        component: () => import('@/features/staff/hotline/StaffHotlineQueueView.vue'),
        meta: { titleKey: 'staff.sections.hotline.title' },
      },
      {
        path: 'hotline/statistics',
        name: 'staff-hotline-statistics',
        component: () => import('@/features/staff/hotline/StaffHotlineStatisticsView.vue'),
        meta: { titleKey: 'staffHotline.statistics.title' },
      },
      {
        path: 'hotline/:number',
        name: 'staff-hotline-ticket',
        component: () => import('@/features/staff/hotline/StaffHotlineTicketView.vue'),
        props: true,
      },
      {
        path: ':section(users|calendar|audit)',
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
