/** The user's language for dialogs, toasts and the Rankings sheet: English only when the user's locale is English. */
import type { Lang } from '../core/engine/types';
import { t, type Params } from '../core/i18n';

/** Thai unless the user's locale is English; Thai too when the locale is unavailable (e.g. AuthMode.NONE). */
export function userLang(): Lang {
  try {
    return /^en/i.test(Session.getActiveUserLocale() || '') ? 'en' : 'th';
  } catch (_err) {
    return 'th';
  }
}

/** A string of the add-on catalog (src/core/i18n/addon.ts) in `lang`. */
export const tr = (lang: Lang, key: string, params: Params = {}): string => t(lang, `addon.${key}`, params);
