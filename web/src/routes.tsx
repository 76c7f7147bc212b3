// Every page has its own URL; each page module is its own chunk, loaded when first visited.
import { createBrowserRouter } from 'react-router';
import { Layout } from './components/Layout.tsx';
import { NotFound } from './components/NotFound.tsx';
import { QueryState } from './components/QueryState.tsx';

export const router = createBrowserRouter([
  {
    element: <Layout />,
    // Shown while the first page's module loads.
    hydrateFallbackElement: <QueryState loading />,
    children: [
      { path: '/', lazy: () => import('./pages/SearchPage.tsx').then((m) => ({ Component: m.SearchPage })) },
      { path: '/search', lazy: () => import('./pages/SearchPage.tsx').then((m) => ({ Component: m.SearchPage })) },
      { path: '/actors/:key', lazy: () => import('./pages/ActorPage.tsx').then((m) => ({ Component: m.ActorPage })) },
      { path: '/claims/:key', lazy: () => import('./pages/ClaimPage.tsx').then((m) => ({ Component: m.ClaimPage })) },
      {
        path: '/articles/:key',
        lazy: () => import('./pages/ArticlePage.tsx').then((m) => ({ Component: m.ArticlePage })),
      },
      { path: '/connect', lazy: () => import('./pages/ConnectPage.tsx').then((m) => ({ Component: m.ConnectPage })) },
      { path: '*', element: <NotFound what="page" /> },
    ],
  },
]);
