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

/**
 * An amount in the money format of every message (Formats.money: "EUR 1,250.40" in English and Chinese, "EUR
 * 1.250,40" in French, Dutch and German), found in a sentence so that it can be kept on one line.
 */
export const MONEY_IN_TEXT = /EUR -?\d{1,3}(?:[.,]\d{3})*(?:[.,]\d+)?/g;

/**
 * A sentence as text nodes with each amount in a `<span class="money">`, which the style sheet keeps from wrapping
 * away from "EUR". Text only: no markup in the sentence can become an element.
 */
export function withMoney(doc: Document, text: string): Node[] {
  const nodes: Node[] = [];
  let from = 0;
  for (const match of text.matchAll(MONEY_IN_TEXT)) {
    const at = match.index;
    if (at > from) nodes.push(doc.createTextNode(text.slice(from, at)));
    nodes.push(el(doc, "span", { className: "money", text: match[0] }));
    from = at + match[0].length;
  }
  if (from < text.length || nodes.length === 0) nodes.push(doc.createTextNode(text.slice(from)));
  return nodes;
}
