/**
 * DOM helpers for the task pane. Every text goes in through textContent (or attributes that are never HTML): cell
 * content such as a SKU or a link can never become markup here.
 */

type Child = Node | string | null | undefined | false;

export interface ElementOptions {
  readonly className?: string;
  readonly text?: string;
  readonly attributes?: Readonly<Record<string, string>>;
}

/** Creates an element with text and children; strings become text nodes. */
export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  options: ElementOptions = {},
  children: readonly Child[] = [],
): HTMLElementTagNameMap[K] {
  const element = doc.createElement(tag);
  if (options.className !== undefined) element.className = options.className;
  if (options.text !== undefined) element.textContent = options.text;
  for (const [name, value] of Object.entries(options.attributes ?? {})) element.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === "string" ? doc.createTextNode(child) : child);
  }
  return element;
}

/** The element with this id; a page without it is a build error worth saying loudly. */
export function byId<T extends HTMLElement = HTMLElement>(doc: Document, id: string): T {
  const element = doc.getElementById(id);
  if (element === null) throw new Error(`The task pane page has no element #${id}`);
  return element as T;
}

/** Removes every child of an element. */
export function clear(element: Element): void {
  element.replaceChildren();
}

export function count(n: number): string {
  return n.toLocaleString("en-US");
}
