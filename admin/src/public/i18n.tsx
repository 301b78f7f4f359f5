import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { publicPageEn } from '../i18n/en/publicPage';
import { publicPageVi } from '../i18n/vi/publicPage';

const catalogues = { vi: publicPageVi, en: publicPageEn };
export type PublicLocale = keyof typeof catalogues;
export const publicLocales: { locale: PublicLocale; name: string }[] = [
  { locale: 'vi', name: 'Tiếng Việt' },
  { locale: 'en', name: 'English' },
];

// The panel's own store key (react-admin's localStorageStore): a language chosen here is the
// language of the login page, and the other way round.
const STORE_KEY = 'RaStore.locale';

function storedLocale(): PublicLocale {
  try {
    const value = JSON.parse(localStorage.getItem(STORE_KEY) ?? 'null') as unknown;
    return value === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

/** "Tìm thấy %{count} khoản" + { count: 3 } → "Tìm thấy 3 khoản". */
function interpolate(text: string, values?: Record<string, string | number>): string {
  return values ? text.replace(/%\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole)) : text;
}

interface PublicI18n {
  locale: PublicLocale;
  setLocale: (locale: PublicLocale) => void;
  /** A message by its dotted key in the publicPage catalogue, e.g. t('statement.more'). */
  t: (key: string, values?: Record<string, string | number>) => string;
}

const Context = createContext<PublicI18n | null>(null);

export function PublicI18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<PublicLocale>(storedLocale);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const setLocale = useCallback((next: PublicLocale) => {
    setLocaleState(next);
    try {
      localStorage.setItem(STORE_KEY, JSON.stringify(next));
    } catch {
      // Private browsing may refuse storage; the choice then lasts for this visit only.
    }
  }, []);
  const t = useCallback(
    (key: string, values?: Record<string, string | number>) => {
      const found = key
        .split('.')
        .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalogues[locale]);
      return typeof found === 'string' ? interpolate(found, values) : key;
    },
    [locale],
  );
  const value = useMemo(() => ({ locale, setLocale, t }), [locale, setLocale, t]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function usePublicI18n(): PublicI18n {
  const value = useContext(Context);
  if (!value) throw new Error('usePublicI18n outside PublicI18nProvider');
  return value;
}
