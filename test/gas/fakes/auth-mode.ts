/**
 * What code may call in each ScriptApp.AuthMode, as the Apps Script reference documents it,
 * applied over the fake service globals:
 * - NONE — an add-on's onOpen(e) in a document where it has not been used yet: "does not
 *   allow access to any services that require authorization" (Enum AuthMode); the add-on
 *   menu guide: do not even read Properties there. Only SpreadsheetApp.getUi() (the menu) works.
 * - LIMITED — an add-on's (or a bound script's) onOpen(e) / onEdit(e) simple trigger: the
 *   bound spreadsheet only; simple triggers "cannot access services that require
 *   authorization" nor other files, so DocumentApp is refused; and User.getEmail() is ''
 *   ("not available in … a simple onOpen(e) or onEdit(e) trigger", Class User).
 * - CUSTOM_FUNCTION — a custom function: no Ui, no DocumentApp, no e-mail (Class User, the
 *   custom-functions guide).
 * A refused call throws the real "You do not have permission to call …" message.
 */
export type AuthModeName = 'NONE' | 'LIMITED' | 'CUSTOM_FUNCTION' | 'FULL';

const denied = (name: string): Error => new Error(`Exception: You do not have permission to call ${name}.`);

/** Is `Service.method` refused in `mode`? */
function refused(mode: AuthModeName, service: string, method: string): boolean {
  switch (mode) {
    case 'NONE':
      if (service === 'SpreadsheetApp') return method !== 'getUi';
      return ['Session', 'PropertiesService', 'LockService', 'DocumentApp'].includes(service);
    case 'LIMITED':
      return service === 'DocumentApp';
    case 'CUSTOM_FUNCTION':
      return service === 'DocumentApp' || service === 'HtmlService' || (service === 'SpreadsheetApp' && method === 'getUi');
    default:
      return false;
  }
}

/** A User whose e-mail Google does not share in this mode. */
const anonymousUser = { getEmail: (): string => '' };

function restrict(service: string, target: object, mode: AuthModeName): object {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, receiver);
      if (typeof prop !== 'string' || typeof value !== 'function') return value;
      const fn = value as (...a: unknown[]) => unknown;
      return (...args: unknown[]) => {
        if (refused(mode, service, prop)) throw denied(`${service}.${prop}`);
        if (service === 'Session' && mode !== 'FULL' && (prop === 'getActiveUser' || prop === 'getEffectiveUser')) return anonymousUser;
        return fn.apply(obj, args);
      };
    },
  });
}

/** The service globals as code running in `mode` sees them. */
export function globalsIn(globals: Record<string, unknown>, mode: AuthModeName): Record<string, unknown> {
  if (mode === 'FULL') return globals;
  return Object.fromEntries(Object.entries(globals).map(([name, service]) =>
    [name, service && typeof service === 'object' ? restrict(name, service, mode) : service]));
}
