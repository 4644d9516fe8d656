/**
 * Makes the HTML audit report safe to show in a webview: a strict Content-Security-Policy that
 * loads nothing remote, with the report's own inline <script> and <style> allowed by a nonce.
 * Anything that would load from elsewhere (src/href to http(s), <link rel=stylesheet>, <base>)
 * is removed. Inline event handlers (onclick=…) cannot run under this policy and are dropped.
 * Pure, so it is tested without VS Code.
 */
/** The report is one self-contained file: nothing, not even the webview's own origin, is loaded. */
export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'none'",
    "img-src data:",
    `style-src 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

export function secureReportHtml(html: string, nonce: string): string {
  let out = html
    // any policy the report carries is replaced by ours
    .replace(/<meta\s+http-equiv=["']?content-security-policy["']?[^>]*>/gi, "")
    .replace(/<base\b[^>]*>/gi, "")
    .replace(/<link\b[^>]*>/gi, "")
    // external scripts go; inline ones get the nonce
    .replace(/<script\b[^>]*\bsrc\s*=[^>]*>\s*<\/script>/gi, "")
    .replace(/<script\b(?![^>]*\bnonce=)/gi, `<script nonce="${nonce}"`)
    .replace(/<style\b(?![^>]*\bnonce=)/gi, `<style nonce="${nonce}"`)
    .replace(/\son[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, "")
    // remote images would be a remote load; keep their alt text
    .replace(/(<img\b[^>]*?)\ssrc\s*=\s*(["'])https?:[^"']*\2/gi, "$1");
  // The report is designed for a white page; a webview paints the editor theme's background
  // (dark in dark themes), which would leave the report's dark text unreadable.
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(nonce)}">\n<style nonce="${nonce}">html { background: #ffffff; color-scheme: light; }</style>`;
  if (/<head\b[^>]*>/i.test(out)) out = out.replace(/<head\b[^>]*>/i, (m) => `${m}\n${meta}`);
  else out = `${meta}\n${out}`;
  return out;
}

/** 32 characters from [A-Za-z0-9], from a random source the caller provides. */
export function makeNonce(randomBytes: (n: number) => Uint8Array): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  return Array.from(randomBytes(32), (b) => alphabet[b % alphabet.length]).join("");
}
