import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { I18nProvider } from 'ra-core';
import { apiLocale } from '../dataProvider/apiLocale';
import { en } from './en';
import { vi } from './vi';

const catalogues = { vi, en };

export const locales = [
  { locale: 'vi', name: 'Tiếng Việt' },
  { locale: 'en', name: 'English' },
];

/** Vietnamese first; the API is asked to answer (errors) in the panel's language. */
export function createI18nProvider(): I18nProvider {
  const base = polyglotI18nProvider((locale) => catalogues[locale as keyof typeof catalogues] ?? vi, 'vi', locales, {
    allowMissing: false,
  });
  return {
    ...base,
    changeLocale: (locale, options) => {
      apiLocale.set(locale);
      document.documentElement.lang = locale;
      return base.changeLocale(locale, options);
    },
  };
}
