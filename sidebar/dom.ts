/**
 * Building DOM without HTML strings: every text goes through createTextNode, attributes
 * through setAttribute (event-handler attributes refused), so workbook text can never
 * become markup.
 */
export type Child = Node | string | number | null | undefined | false;

export interface Props {
  className?: string;
  attrs?: Record<string, string | number | boolean | null | undefined>;
  on?: Partial<{ [E in keyof HTMLElementEventMap]: (event: HTMLElementEventMap[E]) => void }>;
  style?: Partial<Record<'width' | 'left' | 'background' | 'backgroundColor' | 'borderColor' | 'color', string>>;
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props | null = null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props?.className) el.className = props.className;
  for (const [name, value] of Object.entries(props?.attrs ?? {})) {
    if (/^on/i.test(name)) throw new Error(`event attribute ${name} refused`);
    if (value === false || value === null || value === undefined) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [name, value] of Object.entries(props?.style ?? {})) {
    if (value !== undefined) (el.style as unknown as Record<string, string>)[name] = value;
  }
  for (const [type, handler] of Object.entries(props?.on ?? {})) {
    el.addEventListener(type, handler as EventListener);
  }
  append(el, children);
  return el;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

/** Replaces an element's content. */
export function replace(parent: Element, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, children);
}

/** Only http(s) links (or the dev server's own paths) become anchors. */
export function safeHref(url: string): string | null {
  try {
    const u = new URL(url, window.location.href);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

/** A link opening in a new tab to a safe URL (null when the URL is missing or not http/https). */
export function outLink(url: string | undefined, text: string, testid: string): HTMLElement | null {
  const href = url ? safeHref(url) : null;
  return href ? h('a', { className: 'pdf', attrs: { href, target: '_blank', rel: 'noopener noreferrer', 'data-testid': testid } }, text) : null;
}
