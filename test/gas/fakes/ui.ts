/** Fake Ui: menus (recorded), alerts (recorded, answer OK), dialogs and sidebars (recorded). */
import { counted } from './counter';

export const ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' } as const;
export const Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' } as const;

export interface MenuRecord {
  kind: 'addon' | 'menu';
  caption: string | null;
  items: ({ caption: string; functionName: string } | 'separator')[];
  added: boolean;
}

export interface AlertRecord {
  title: string;
  prompt: string;
  buttons: string | null;
}

export class FakeMenu {
  constructor(private readonly record: MenuRecord) {
    return counted(this, 'Menu');
  }
  addItem(caption: string, functionName: string): this {
    if (typeof functionName !== 'string' || functionName === '') throw new Error('Exception: Invalid argument: functionName');
    this.record.items.push({ caption, functionName });
    return this;
  }
  addSeparator(): this { this.record.items.push('separator'); return this; }
  addSubMenu(): this { return this; }
  addToUi(): void { this.record.added = true; }
}

/** What Ui.prompt returns (PromptResponse). */
export class FakePromptResponse {
  constructor(private readonly text: string, private readonly button: string) {
    return counted(this, 'PromptResponse');
  }
  getResponseText(): string { return this.text; }
  getSelectedButton(): string { return this.button; }
}

export class FakeUi {
  readonly ButtonSet = ButtonSet;
  readonly Button = Button;
  readonly menus: MenuRecord[] = [];
  readonly alerts: AlertRecord[] = [];
  readonly prompts: AlertRecord[] = [];
  /** The person's answers to the next prompts ({text, button}); none left: '' and OK. */
  readonly promptAnswers: { text: string; button: string }[] = [];
  /** The buttons the person presses in the next alerts; none left: OK. */
  readonly alertAnswers: string[] = [];
  readonly dialogs: { title: string; html: unknown }[] = [];

  constructor() {
    return counted(this, 'Ui');
  }
  createAddonMenu(): FakeMenu {
    const record: MenuRecord = { kind: 'addon', caption: null, items: [], added: false };
    this.menus.push(record);
    return new FakeMenu(record);
  }
  createMenu(caption: string): FakeMenu {
    const record: MenuRecord = { kind: 'menu', caption, items: [], added: false };
    this.menus.push(record);
    return new FakeMenu(record);
  }
  /** alert(prompt) | alert(prompt, buttons) | alert(title, prompt, buttons). */
  alert(a: string, b?: unknown, c?: unknown): string {
    if (c !== undefined) this.alerts.push({ title: a, prompt: String(b), buttons: String(c) });
    else if (b !== undefined && typeof b === 'string' && b in ButtonSet) this.alerts.push({ title: '', prompt: a, buttons: b });
    else this.alerts.push({ title: '', prompt: a, buttons: null });
    return this.alertAnswers.shift() ?? Button.OK;
  }
  /** prompt(prompt) | prompt(prompt, buttons) | prompt(title, prompt, buttons), as alert. */
  prompt(a: string, b?: unknown, c?: unknown): FakePromptResponse {
    if (c !== undefined) this.prompts.push({ title: a, prompt: String(b), buttons: String(c) });
    else if (b !== undefined && typeof b === 'string' && b in ButtonSet) this.prompts.push({ title: '', prompt: a, buttons: b });
    else this.prompts.push({ title: '', prompt: a, buttons: null });
    const answer = this.promptAnswers.shift() ?? { text: '', button: Button.OK };
    return new FakePromptResponse(answer.text, answer.button);
  }
  showModalDialog(html: unknown, title: string): void { this.dialogs.push({ title, html }); }
  showModelessDialog(html: unknown, title: string): void { this.dialogs.push({ title, html }); }
  showSidebar(html: unknown): void { this.dialogs.push({ title: 'sidebar', html }); }
}
