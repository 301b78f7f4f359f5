import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useDataProvider } from 'react-admin';
import type { ChungTayDataProvider } from '../../dataProvider';
import { useLoaded, type Loaded } from '../../common/useLoaded';

interface Facts {
  campaignId: string;
  /** The campaign's own unit: facts default to it, and its Front staff keep them. */
  scopeUnitId?: string;
  /** Bumped after every change: totals and findings depend on the other panels' records. */
  version: number;
  changed: () => void;
}

const FactsContext = createContext<Facts | null>(null);

export function FactsProvider({
  campaignId,
  scopeUnitId,
  children,
}: {
  campaignId: string;
  scopeUnitId?: string;
  children: ReactNode;
}) {
  const [version, setVersion] = useState(0);
  const changed = useCallback(() => setVersion((v) => v + 1), []);
  const value = useMemo(() => ({ campaignId, scopeUnitId, version, changed }), [campaignId, scopeUnitId, version]);
  return <FactsContext.Provider value={value}>{children}</FactsContext.Provider>;
}

export function useFacts(): Facts {
  const facts = useContext(FactsContext);
  if (!facts) throw new Error('useFacts outside FactsProvider');
  return facts;
}

type Methods = Pick<
  ChungTayDataProvider,
  | 'campaignPlans'
  | 'campaignActivities'
  | 'campaignActivityTotals'
  | 'exemplars'
  | 'reportedFigures'
  | 'consistencyFindings'
>;

/** One of the campaign's lists, loaded again whenever any fact of the campaign changes. */
export function useFactList<K extends keyof Methods>(method: K): Loaded<Awaited<ReturnType<Methods[K]>>> {
  const dataProvider = useDataProvider<ChungTayDataProvider>();
  const { campaignId, version } = useFacts();
  const load = dataProvider[method] as (campaignId: string) => Promise<Awaited<ReturnType<Methods[K]>>>;
  return useLoaded(() => load(campaignId), `${method}:${campaignId}:${version}`);
}
