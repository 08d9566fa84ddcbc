// A tiny DOM builder: every value goes in as text, so nothing a user types or pastes becomes markup.

type _Child = Node | string | number | null | undefined | false;

/**
 * Creates an HTML element with attributes and children (strings become text nodes).
 * @example h('p', { class: 'x' }, 'a < b') // <p class="x">a &lt; b</p>
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: _Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  for (const child of children) if (child !== null && child !== undefined && child !== false) el.append(typeof child === 'object' ? child : String(child));
  return el;
}

const _SVG = 'http://www.w3.org/2000/svg';

/** Creates an SVG element with attributes and children. */
export function s(tag: string, attrs: Record<string, string | number> = {}, ...children: _Child[]): SVGElement {
  const el = document.createElementNS(_SVG, tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  for (const child of children) if (child !== null && child !== undefined && child !== false) el.append(typeof child === 'object' ? child : String(child));
  return el;
}
