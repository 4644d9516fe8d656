// Loads a bundle from dist/ as require() would, but hands V8 the code it compiled for the same
// bundle last time (a code cache written at build time, see scripts/after-build.cjs).
// Compiling the bundle (1.2 MB), and the functions a lint run needs, is a fifth of a one-form run's
// start-up; with the cache V8 skips it. Node 20 has no built-in compile cache for this.
//
// The cache is only an optimisation. It is used when it was made for this very build (the id on
// the bundle's first line), this Node version and this architecture; V8 itself also refuses a
// cache made with other flags. Anything else (missing, stale, corrupt, unreadable) means a
// normal compile, never an error.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");
const Module = require("node:module");

const MAGIC = "formguard-code-cache/1";

/** The id esbuild.mjs writes on the bundle's first line: `// formguard build <id>`. */
function buildIdOf(source) {
  const m = /^\/\/ formguard build (\S+)/.exec(source);
  return m ? m[1] : undefined;
}

function cacheHeader(buildId) {
  return `${MAGIC} ${buildId} ${process.version} ${process.arch}\n`;
}

function readCache(cacheFile, buildId) {
  if (!buildId) return undefined;
  let bytes;
  try {
    bytes = fs.readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  const header = Buffer.from(cacheHeader(buildId));
  if (bytes.length <= header.length || !bytes.subarray(0, header.length).equals(header)) return undefined;
  return bytes.subarray(header.length);
}

/**
 * Loads `file` (a CommonJS bundle) and returns its exports, plus `saveCache()` which writes
 * the code V8 has compiled so far — call it after a representative run. `useCache: false`
 * compiles without reading the cache.
 */
function loadBundle(file, { useCache = true } = {}) {
  const source = fs.readFileSync(file, "utf8");
  const buildId = buildIdOf(source);
  const cacheFile = `${file}.v8cache`;
  const cachedData = useCache ? readCache(cacheFile, buildId) : undefined;
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(path.dirname(file));
  const require = (id) => mod.require(id);
  require.resolve = (request, options) => Module._resolveFilename(request, mod, false, options);
  require.cache = Module._cache;
  require.main = process.mainModule;
  script.runInThisContext().call(mod.exports, mod.exports, require, mod, file, path.dirname(file));
  mod.loaded = true;
  return {
    exports: mod.exports,
    usedCache: cachedData !== undefined && !script.cachedDataRejected,
    saveCache() {
      if (!buildId) throw new Error(`${file} carries no build id: rebuild it with esbuild.mjs`);
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, Buffer.concat([Buffer.from(cacheHeader(buildId)), script.createCachedData()]));
      fs.renameSync(tmp, cacheFile);
    },
  };
}

module.exports = { loadBundle };
