// Accepting SVG logos safely. An SVG is a document that can carry scripts, event handlers, embedded HTML and
// references to other resources; a logo needs none of that. The file is read by a strict XML parser (well-formed
// XML only, no DOCTYPE or entities, no processing instructions besides the XML declaration: XML has no error
// recovery, so what it accepts a browser reads the same way) and refused when anything active or external appears.

export class UnsafeSvg extends Error {}

interface Element {
  name: string;
  attributes: Map<string, string>;
}

const NAME = /^[A-Za-z_][A-Za-z0-9._:-]*/;
const PREDEFINED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
const MAX_DEPTH = 256;

/** Element names that run code, embed other documents or media. */
const FORBIDDEN_ELEMENTS = new Set([
  "script",
  "foreignobject",
  "iframe",
  "embed",
  "object",
  "audio",
  "video",
  "handler",
  "listener",
]);
/** Attributes whose value is a reference to a resource; only same-document fragments (#id) are allowed. */
const REFERENCE_ATTRIBUTES = new Set(["href", "src", "base", "action", "formaction", "data"]);

const localName = (name: string) => (name.includes(":") ? name.slice(name.indexOf(":") + 1) : name).toLowerCase();

/** Replaces the five predefined entities and character references; anything else is not accepted. */
function decodeReferences(text: string): string {
  return text.replace(/&([^;&]*);?/g, (match, body: string) => {
    if (!match.endsWith(";")) throw new UnsafeSvg("a bare & (not a character reference)");
    if (body in PREDEFINED) return PREDEFINED[body] as string;
    const numeric = /^#(?:x([0-9A-Fa-f]{1,6})|([0-9]{1,7}))$/.exec(body);
    if (!numeric) throw new UnsafeSvg(`the entity &${body}; (only XML's predefined entities are accepted)`);
    const code = numeric[1] !== undefined ? parseInt(numeric[1], 16) : parseInt(numeric[2] as string, 10);
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
      throw new UnsafeSvg("an invalid character reference");
    return String.fromCodePoint(code);
  });
}

/** CSS (a style attribute or element) may not load anything or hide what it does behind escapes. */
function checkCss(css: string, where: string): void {
  if (css.includes("\\")) throw new UnsafeSvg(`CSS escapes in ${where}`);
  if (/@import/i.test(css)) throw new UnsafeSvg(`@import in ${where}`);
  if (/expression\s*\(/i.test(css)) throw new UnsafeSvg(`a CSS expression in ${where}`);
  checkUrls(css, where);
}

/** url(...) may only point into the document itself: url(#gradient). */
function checkUrls(value: string, where: string): void {
  for (const match of value.matchAll(/url\s*\(\s*(['"]?)\s*([^)'"\s]*)/gi)) {
    if (!(match[2] ?? "").startsWith("#")) throw new UnsafeSvg(`an external reference url(${match[2]}) in ${where}`);
  }
}

function checkElement(element: Element): void {
  const name = localName(element.name);
  if (FORBIDDEN_ELEMENTS.has(name)) throw new UnsafeSvg(`a <${element.name}> element`);
  for (const [attribute, value] of element.attributes) {
    const local = localName(attribute);
    const where = `the ${attribute} attribute of <${element.name}>`;
    if (attribute === "xmlns" || attribute.startsWith("xmlns:")) continue;
    if (local.startsWith("on")) throw new UnsafeSvg(`an event handler attribute ${attribute}`);
    // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed here
    const compact = value.replace(/[\u0000-\u0020]/g, "").toLowerCase();
    if (compact.includes("javascript:") || compact.includes("vbscript:") || compact.includes("data:")) {
      throw new UnsafeSvg(`a script or data URL in ${where}`);
    }
    if (REFERENCE_ATTRIBUTES.has(local) && !value.trim().startsWith("#")) {
      throw new UnsafeSvg(`an external reference in ${where}`);
    }
    if ((local === "attributename" || local === "attributetype") && REFERENCE_ATTRIBUTES.has(localName(value.trim()))) {
      throw new UnsafeSvg(`an animation of a reference in <${element.name}>`);
    }
    if (local === "style") checkCss(value, where);
    else checkUrls(value, where);
  }
}

/**
 * Throws UnsafeSvg (with the reason) unless `text` is a well-formed XML document whose root is <svg> and that has
 * no script, event handler attribute, foreignObject, embedded document or reference outside itself.
 */
export function assertSafeSvg(text: string): void {
  let i = 0;
  const stack: Element[] = [];
  let root: Element | null = null;
  let rootClosed = false;
  let styleDepth = 0;

  const fail = (reason: string): never => {
    throw new UnsafeSvg(reason);
  };
  const skipSpace = () => {
    while (i < text.length && /[ \t\r\n]/.test(text[i] as string)) i++;
  };
  const readName = (): string => {
    const match = NAME.exec(text.slice(i, i + 200));
    if (!match) fail("malformed XML (a name was expected)");
    i += (match as RegExpExecArray)[0].length;
    return (match as RegExpExecArray)[0];
  };

  if (text.startsWith("<?xml")) {
    const end = text.indexOf("?>");
    if (end < 0 || !/^<\?xml[ \t\r\n][^<>]*\?>$/.test(text.slice(0, end + 2))) fail("a malformed XML declaration");
    i = end + 2;
  }

  while (i < text.length) {
    const next = text.indexOf("<", i);
    const chunk = next < 0 ? text.slice(i) : text.slice(i, next);
    if (chunk.length) {
      if (stack.length === 0) {
        if (chunk.trim() !== "") fail("text outside the <svg> element");
      } else {
        if (chunk.includes("]]>")) fail("malformed XML (]]> in text)");
        const decoded = decodeReferences(chunk);
        if (styleDepth > 0) checkCss(decoded, "a <style> element");
      }
    }
    if (next < 0) break;
    i = next;

    if (text.startsWith("<!--", i)) {
      const end = text.indexOf("-->", i + 4);
      if (end < 0) fail("an unterminated comment");
      if (text.slice(i + 4, end).includes("--")) fail("malformed XML (-- inside a comment)");
      i = end + 3;
      continue;
    }
    if (text.startsWith("<![CDATA[", i)) {
      if (stack.length === 0) fail("CDATA outside the <svg> element");
      const end = text.indexOf("]]>", i + 9);
      if (end < 0) fail("an unterminated CDATA section");
      if (styleDepth > 0) checkCss(text.slice(i + 9, end), "a <style> element");
      i = end + 3;
      continue;
    }
    if (text.startsWith("<!", i)) fail("a DOCTYPE or entity declaration");
    if (text.startsWith("<?", i)) fail("a processing instruction (e.g. an external stylesheet)");

    if (text.startsWith("</", i)) {
      i += 2;
      const name = readName();
      skipSpace();
      if (text[i] !== ">") fail(`malformed XML (end tag </${name}>)`);
      i += 1;
      const open = stack.pop();
      if (!open || open.name !== name)
        fail(`malformed XML (</${name}> does not close ${open ? `<${open.name}>` : "anything"})`);
      if (localName(name) === "style") styleDepth -= 1;
      if (stack.length === 0) rootClosed = true;
      continue;
    }

    // A start tag.
    i += 1;
    if (rootClosed) fail("a second root element");
    const element: Element = { name: readName(), attributes: new Map() };
    for (;;) {
      const before = i;
      skipSpace();
      if (text.startsWith("/>", i) || text[i] === ">") break;
      if (i === before) fail(`malformed XML (attributes of <${element.name}>)`);
      const attribute = readName();
      skipSpace();
      if (text[i] !== "=") fail(`malformed XML (attribute ${attribute} without a value)`);
      i += 1;
      skipSpace();
      const quote = text[i];
      if (quote !== '"' && quote !== "'") fail(`malformed XML (unquoted value of ${attribute})`);
      const end = text.indexOf(quote as string, i + 1);
      if (end < 0) fail(`malformed XML (unterminated value of ${attribute})`);
      const raw = text.slice(i + 1, end);
      if (raw.includes("<")) fail(`malformed XML (< in the value of ${attribute})`);
      if (element.attributes.has(attribute)) fail(`malformed XML (attribute ${attribute} twice)`);
      element.attributes.set(attribute, decodeReferences(raw).replace(/[\t\r\n]/g, " "));
      i = end + 1;
    }
    if (!root) {
      if (element.name !== "svg") fail(`a <${element.name}> root element instead of <svg>`);
      root = element;
    }
    checkElement(element);
    if (text.startsWith("/>", i)) {
      i += 2;
      if (stack.length === 0) rootClosed = true;
      continue;
    }
    i += 1;
    stack.push(element);
    if (stack.length > MAX_DEPTH) fail("elements nested too deeply");
    if (localName(element.name) === "style") styleDepth += 1;
  }
  if (!root) fail("no <svg> element");
  if (stack.length > 0) fail(`malformed XML (<${stack.at(-1)?.name}> is not closed)`);
}
