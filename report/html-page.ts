/**
 * What every self-contained formguard page shares (the audit report, the form preview): text
 * escaping, and a Content-Security-Policy that allows the page's own inline stylesheet and
 * script by hash and nothing else — no network, no other origin, no form submission.
 */
import { htmlText } from "../language/safe-text";
import { createHash } from "node:crypto";

/** Escapes text for element content and quoted attribute values alike, bidi controls marked (language/safe-text.ts). */
export const esc = htmlText;

/** A message, escaped, with its `code` spans shown as code (safe: the escaped text has no markup). */
export function messageHtml(s: string): string {
  return esc(s).replace(/`([^`\n]+)`/g, "<code>$1</code>");
}

const sha256 = (s: string) => `'sha256-${createHash("sha256").update(s, "utf8").digest("base64")}'`;

/** The policy of a page whose only style and script are `css` and `js`, inline. */
/** `css` may be several inline stylesheets (the report adds its printed pages' running footer). */
export function strictContentSecurityPolicy(css: string | string[], js: string): string {
  return [
    "default-src 'none'",
    `style-src ${(Array.isArray(css) ? css : [css]).map(sha256).join(" ")}`,
    `script-src ${sha256(js)}`,
    "img-src 'none'",
    "font-src 'none'",
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

/** `<head>` of such a page, through the opening `<body>`. */
export function pageHead(title: string, css: string, js: string): string {
  return [
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="${esc(strictContentSecurityPolicy(css, js))}">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<meta name="referrer" content="no-referrer">`,
    `<title>${esc(title)}</title><style>${css}</style></head><body>`,
  ].join("\n");
}
