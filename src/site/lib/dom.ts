/**
 * The one way this site builds DOM: elements with text children set as text nodes and
 * attributes set one by one. Nothing here parses HTML, so report text (untrusted) can
 * only ever be shown as text.
 */
type Child = Node | string | number | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number | boolean | undefined | null> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    // Event handler attributes would run text as script: refuse them outright.
    if (/^on/i.test(k)) throw new Error(`refusing event-handler attribute ${k}`);
    e.setAttribute(k, v === true ? '' : String(v));
  }
  append(e, ...children);
  return e;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/** A link only to http(s) addresses; anything else (javascript:, data:) is shown as plain text. */
export function safeLink(url: string | null, text?: string): HTMLElement {
  if (url && /^https?:\/\//i.test(url)) {
    try {
      const u = new URL(url);
      return el('a', { href: u.href, rel: 'noopener noreferrer nofollow', target: '_blank' }, text ?? url);
    } catch { /* fall through to text */ }
  }
  return el('span', {}, text ?? url ?? '—');
}
