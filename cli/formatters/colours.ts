/** ANSI colours, only when the stream is a terminal and NO_COLOR is unset (FORCE_COLOR forces them). */
export interface Palette {
  red(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  underline(s: string): string;
}

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;

export const COLOURS: Palette = { red: wrap(31, 39), yellow: wrap(33, 39), blue: wrap(34, 39), dim: wrap(2, 22), bold: wrap(1, 22), underline: wrap(4, 24) };
const identity = (s: string) => s;
export const PLAIN: Palette = { red: identity, yellow: identity, blue: identity, dim: identity, bold: identity, underline: identity };

export function paletteFor(stream: { isTTY?: boolean }): Palette {
  if (process.env.NO_COLOR) return PLAIN;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== "0") return COLOURS;
  return stream.isTTY ? COLOURS : PLAIN;
}
