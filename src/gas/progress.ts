/** Progress toasts of the long menu actions. */
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Runs `fn` under a progress toast that stays until replaced (a negative timeout keeps a
 * toast up until it is dismissed). If `fn` throws, the toast is replaced by a short empty one
 * before the error propagates — otherwise "กำลัง…" would stay on screen over the error.
 */
export function withProgressToast<T>(ss: Spreadsheet, title: string, message: string, fn: () => T): T {
  ss.toast(message, title, -1);
  try {
    return fn();
  } catch (err) {
    ss.toast('', title, 1);
    throw err;
  }
}
