/**
 * How one document names another in a message: by the path from the folder of the first, when the
 * two are near ("a.form", "../intake/ed.form"), so the same words read right in a terminal run from
 * anywhere and in an editor; by the whole path or URI when they are far apart (a shipped pack seen
 * from a user's form) or not in one file system. Pure: works on `/`-separated paths and `file://`
 * URIs alike, without node:path, since the rules also run in the editor's server.
 */
export function pathBetween(fromUri: string, toUri: string, maxUp = 2): string {
  const scheme = (u: string) => /^[a-z][a-z0-9+.-]*:\/\//i.exec(u)?.[0] ?? "";
  if (scheme(fromUri) !== scheme(toUri)) return toUri;
  const from = fromUri.slice(scheme(fromUri).length).split("/");
  const to = toUri.slice(scheme(toUri).length).split("/");
  from.pop(); // the folder the first document is in
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  // Nothing in common but the root (or a Windows drive): the whole path says more.
  if (common === 0 || (common === 1 && from[0] === "" && to[0] === "" && from.length > 1)) return toUri;
  const up = from.length - common;
  if (up > maxUp) return toUri;
  return [...Array<string>(up).fill(".."), ...to.slice(common)].join("/");
}
