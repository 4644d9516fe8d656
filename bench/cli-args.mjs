// What every benchmark script needs first: the project root, and numeric `--name N` flags.
import * as path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The number after `--name` on the command line, or `fallback`. */
export function numberArg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
}

/**
 * The environments a whole process is timed in. Node reads the certificates named by
 * NODE_EXTRA_CA_CERTS when it starts, before any script runs: on the machines this project is
 * measured on it is set (to the system's 150-odd certificates), and it made `node -e 0` take
 * 66 ms instead of 23 (415 M of its 502 M instructions). That cost falls on formguard and on
 * the reference process alike, and flatters every ratio to them; formguard never uses it. So
 * where it is set, every whole-process figure is measured both with the environment as it is
 * and without that variable, side by side in the same rounds.
 */
export function startUpEnvironments() {
  const envs = [{ name: "as set", env: process.env }];
  if (process.env.NODE_EXTRA_CA_CERTS) {
    const env = { ...process.env };
    delete env.NODE_EXTRA_CA_CERTS;
    envs.push({ name: "without NODE_EXTRA_CA_CERTS", env });
  }
  return envs;
}
