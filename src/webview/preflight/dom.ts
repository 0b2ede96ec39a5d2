/** A child of an element: text (always a text node, never markup), an element, or nothing. */
export type Child = Node | string | number | undefined | null | false;

type Attributes = Record<string, string | boolean | undefined>;

/**
 * Builds an element. Strings become text nodes, so whatever an API returned (a proxy name with markup in it)
 * shows as the characters it is; attributes go through setAttribute; nothing here parses HTML.
 */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) element.setAttribute(name, "");
    else if (typeof value === "string") element.setAttribute(name, value);
  }
  append(element, children);
  return element;
}

export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    parent.appendChild(typeof child === "string" || typeof child === "number" ? document.createTextNode(String(child)) : child);
  }
}

/** A button from @vscode-elements; `onClick` runs once per click while it is enabled. */
export function button(label: string, onClick: () => void, options: { secondary?: boolean; disabled?: boolean; id?: string } = {}): HTMLElement {
  const b = el("vscode-button", { ...(options.id ? { id: options.id } : {}), secondary: options.secondary, disabled: options.disabled }, label);
  b.addEventListener("click", () => {
    if (!b.hasAttribute("disabled")) onClick();
  });
  return b;
}
