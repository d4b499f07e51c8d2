/** Text and attribute values in HTML (and in inline SVG, which is XML): every special character escaped. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => ENTITIES[character]);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * A CSS string literal for author text (the footer in `@page` margin boxes): everything but ASCII
 * letters, digits and spaces is written as a hexadecimal escape, so no quote, backslash, newline
 * or `</style>` can leave the string.
 */
export function cssString(value: string): string {
  let out = '"';
  for (const character of value) {
    out += /[A-Za-z0-9 ]/.test(character) ? character : `\\${(character.codePointAt(0) as number).toString(16)} `;
  }
  return `${out}"`;
}
