/**
 * The page's one way to call the server: a typed, Promise-based wrapper over
 * `google.script.run`. `call('sidebarData', unit)` is checked against the contract in
 * src/core/views/sidebar-api.ts: the name must be a contract function, the arguments its
 * parameters, and the Promise resolves to its return type.
 */
import type { SidebarApi, SidebarFunction } from '../src/core/views/sidebar-api';
import { parseSidebarError } from '../src/core/i18n/sidebar';
import type { Bilingual } from '../src/core/i18n';

/** The part of `google.script.run` the page uses. Each `with…Handler` returns a new runner. */
export interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
  [name: string]: unknown;
}

declare global {
  interface Window {
    google?: { script?: { run?: ScriptRunner } };
  }
}

export type Result<K extends SidebarFunction> = ReturnType<SidebarApi[K]>;

/** A failed call: the server's bilingual message when it sent one, else the raw text. */
export class CallError extends Error {
  constructor(readonly detail: Bilingual | null, readonly raw: string, readonly kind: 'server' | 'missing') {
    super(raw);
    this.name = 'CallError';
  }
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  if (error && typeof error === 'object' && 'message' in error) return String((error as { message: unknown }).message);
  return String(error);
}

export function call<K extends SidebarFunction>(name: K, ...args: Parameters<SidebarApi[K]>): Promise<Result<K>> {
  return new Promise<Result<K>>((resolve, reject) => {
    const run = window.google?.script?.run;
    if (!run) {
      reject(new CallError(null, 'google.script.run', 'missing'));
      return;
    }
    const runner = run
      .withSuccessHandler((value) => resolve(value as Result<K>))
      .withFailureHandler((error) => {
        const raw = messageOf(error);
        reject(new CallError(parseSidebarError(raw), raw, 'server'));
      });
    const fn = runner[name];
    if (typeof fn !== 'function') {
      reject(new CallError(null, name, 'missing'));
      return;
    }
    (fn as (...a: unknown[]) => void).apply(runner, args);
  });
}
