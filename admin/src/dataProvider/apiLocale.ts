/** The language the API answers in (Accept-Language); follows the panel's language. */
let current = 'vi';

export const apiLocale = {
  get: () => current,
  set: (locale: string) => {
    current = locale;
  },
};
