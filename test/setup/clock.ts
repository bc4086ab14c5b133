/**
 * ITA_TEST_TODAY=YYYY-MM-DD runs the suite as if today were that day in Bangkok: the global Date
 * is shifted (not frozen: time still runs, so timeouts and elapsed-time checks behave), starting
 * at 09:00 Bangkok time on that day. Every `new Date()` and `Date.now()` — the product's clock
 * (src/core/clock.ts), the tests', and the built bundle run in a vm with this Date — sees it.
 * scripts/test-days.js runs the date-sensitive suites so for a few chosen days.
 */
const day = process.env.ITA_TEST_TODAY;
if (day) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) throw new Error(`ITA_TEST_TODAY must be YYYY-MM-DD, got ${day}`);
  const RealDate = Date;
  const offset = RealDate.parse(`${day}T09:00:00+07:00`) - RealDate.now();
  class ShiftedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...(args as [string]));
    }
    static now(): number {
      return RealDate.now() + offset;
    }
    /** Dates made before the shift, or by Node's internals, are still Dates. */
    static [Symbol.hasInstance](value: unknown): boolean {
      return value instanceof RealDate;
    }
  }
  (globalThis as { Date: DateConstructor }).Date = ShiftedDate as unknown as DateConstructor;
}
