/**
 * Which URLs content may link to: web pages (`http:`, `https:`), e-mail (`mailto:`), telephone
 * (`tel:`) and the site's own paths (`/methods/x/`, `#anchor`, `../x/`). Anything else with a
 * scheme is refused — above all `javascript:`, `vbscript:` and `data:`, which run code or carry a
 * whole page. The check reads the URL the way a browser does: it is given the value after the
 * parser decoded character references (`&#106;avascript:` is `javascript:`), and tabs, line ends
 * and control characters inside, and spaces around, do not hide the scheme (`java\tscript:`).
 */

const ALLOWED_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const;

/** Schemes that run code or carry a document of their own, named in messages as 可以运行代码. */
const SCRIPT_CAPABLE = new Set(['javascript', 'vbscript', 'data', 'livescript', 'mocha']);

type UnsafeUrl = {
  /** The scheme as a browser reads it, lower case: `javascript`. */
  scheme: string;
  /** Whether the scheme can run code or carry a page (javascript, vbscript, data). */
  scriptCapable: boolean;
};

/**
 * The scheme of `url` as a browser resolves it: C0 controls and spaces around are stripped, tabs
 * and line ends anywhere are removed (WHATWG URL), and — stricter than a browser — any other
 * control or invisible character inside the scheme as well, so that no spelling slips through.
 */
export function urlScheme(url: string): string | undefined {
  const cleaned = url
    .replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
    .replace(/[\u0000-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u2060\uFEFF]/g, '');
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned);
  return m ? m[1]!.toLowerCase() : undefined;
}

/** Why `url` may not appear in content, or undefined when it may. */
export function unsafeUrl(url: string): UnsafeUrl | undefined {
  const scheme = urlScheme(url);
  if (!scheme || (ALLOWED_SCHEMES as readonly string[]).includes(scheme)) return undefined;
  return { scheme, scriptCapable: SCRIPT_CAPABLE.has(scheme) };
}

/** The message part for a refused URL, and the fix. */
export function unsafeUrlText(url: string, found: UnsafeUrl, what: string): { message: string; fix: string } {
  const shown = JSON.stringify(url.length > 60 ? `${url.slice(0, 59)}…` : url);
  return {
    message: found.scriptCapable
      ? `${what}的地址 ${shown} 是 ${found.scheme}: 地址，点开会运行代码或打开一段不受本站控制的内容，正文里不允许。`
      : `${what}的地址 ${shown} 用的是 ${found.scheme}: 协议，本站正文只允许网页（http、https）、邮件（mailto）、电话（tel）和本站页面的地址。`,
    fix: found.scriptCapable
      ? '删除这个链接，或换成要指向的网页地址（以 https:// 开头）或本站页面的地址（以 / 开头，如 /methods/liu-qing/）。'
      : '改成以 https:// 开头的网页地址，或本站页面的地址（以 / 开头），或删除这个链接。',
  };
}
