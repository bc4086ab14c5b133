/** Fake LockService, PropertiesService, Session and ScriptApp. */
import { counted } from './counter';

/** One lock's state, shared by every Lock object of it: set `heldByOther` to simulate another user's run. */
export interface LockState {
  heldByOther: boolean;
  held: boolean;
  /** Milliseconds asked for by each tryLock/waitLock, for assertions. */
  waits: number[];
}

export class FakeLock {
  constructor(private readonly state: LockState) {
    return counted(this, 'Lock');
  }
  tryLock(timeoutInMillis: number): boolean {
    this.state.waits.push(timeoutInMillis);
    if (this.state.heldByOther) return false;
    this.state.held = true;
    return true;
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw new Error('Exception: Lock timeout: another process was holding the lock for too long.');
  }
  hasLock(): boolean { return this.state.held; }
  releaseLock(): void { this.state.held = false; }
}

/**
 * Three separate locks, as in the reference: the document lock (this bound spreadsheet), the
 * script lock (every user of the script) and the user lock; holding one says nothing of the others.
 */
export class FakeLockService {
  /** The document lock's state (the one the add-on takes). */
  readonly state: LockState = { heldByOther: false, held: false, waits: [] };
  readonly scriptState: LockState = { heldByOther: false, held: false, waits: [] };
  readonly userState: LockState = { heldByOther: false, held: false, waits: [] };
  constructor() {
    return counted(this, 'LockService');
  }
  getDocumentLock(): FakeLock { return new FakeLock(this.state); }
  getScriptLock(): FakeLock { return new FakeLock(this.scriptState); }
  getUserLock(): FakeLock { return new FakeLock(this.userState); }
}

export class FakeProperties {
  private readonly store = new Map<string, string>();
  constructor() {
    return counted(this, 'Properties');
  }
  getProperty(key: string): string | null { return this.store.get(key) ?? null; }
  setProperty(key: string, value: string): this { this.store.set(key, String(value)); return this; }
  getProperties(): Record<string, string> { return Object.fromEntries(this.store); }
  setProperties(props: Record<string, string>): this { for (const [k, v] of Object.entries(props)) this.store.set(k, String(v)); return this; }
  deleteProperty(key: string): this { this.store.delete(key); return this; }
  deleteAllProperties(): this { this.store.clear(); return this; }
}

export class FakePropertiesService {
  readonly document = new FakeProperties();
  readonly user = new FakeProperties();
  readonly script = new FakeProperties();
  constructor() {
    return counted(this, 'PropertiesService');
  }
  getDocumentProperties(): FakeProperties { return this.document; }
  getUserProperties(): FakeProperties { return this.user; }
  getScriptProperties(): FakeProperties { return this.script; }
}

export class FakeUser {
  constructor(private readonly email: string) {
    return counted(this, 'User');
  }
  getEmail(): string { return this.email; }
}

export class FakeSession {
  /** '' as in a simple trigger or a consumer account that does not share the e-mail. */
  email = 'staff@example.go.th';
  locale = 'th';
  constructor() {
    return counted(this, 'Session');
  }
  getActiveUser(): FakeUser { return new FakeUser(this.email); }
  getEffectiveUser(): FakeUser { return new FakeUser(this.email); }
  getActiveUserLocale(): string { return this.locale; }
  getScriptTimeZone(): string { return 'Asia/Bangkok'; }
  getTemporaryActiveUserKey(): string { return 'temp-key'; }
}

export const AuthMode = { NONE: 'NONE', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION', LIMITED: 'LIMITED', FULL: 'FULL' } as const;

export class FakeScriptApp {
  readonly AuthMode = AuthMode;
  constructor() {
    return counted(this, 'ScriptApp');
  }
}
