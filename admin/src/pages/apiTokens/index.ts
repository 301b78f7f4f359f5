import { lazy } from 'react';

/** The "API keys" page, loaded on first use. */
export const ApiTokensPage = lazy(() => import('./ApiTokensPage').then((m) => ({ default: m.ApiTokensPage })));
