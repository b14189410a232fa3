// SPDX-License-Identifier: Apache-2.0
// Measures the language server as the extension runs it, on the Xiaomi workspace (a copy of
// examples/, 7 files): the time from process start to the answer to `initialize`, the first build of
// the workspace, and edit-to-diagnostics over 50 scripted edits of xiaomi/2021/purposes.pledge
// (each edit waits for the diagnostics of its own version). Repeats the session and prints each
// run and the median of the runs.
//   node scripts/measure.js [--runs 5] [--jar path/to/pledge-language-server.jar] [--no-cds]
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawn, execSync } = require("child_process");
const { pathToFileURL } = require("url");
const { performance } = require("perf_hooks");
const rpc = require("vscode-jsonrpc/node");
const { findJava } = require("../src/java");
const { serverCommand } = require("../src/server");

const repo = path.resolve(__dirname, "..", "..", "..");
const option = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const runs = Number(option("--runs", "5"));
const jar = option("--jar", path.join(repo, "dsl.ide", "target", "pledge-language-server.jar"));
const EDITED = path.join("xiaomi", "2021", "purposes.pledge");
// as the extension starts the server: with a class-data-sharing archive, made by a first session
const cacheFolder = process.argv.includes("--no-cds") ? "" : fs.mkdtempSync(path.join(os.tmpdir(), "pledge-cds-"));

function copy(from, to) {
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    if (entry.name === "target") continue;
    const source = path.join(from, entry.name);
    if (entry.isDirectory()) copy(source, path.join(to, entry.name));
    else if (entry.name.endsWith(".pledge")) fs.copyFileSync(source, path.join(to, entry.name));
  }
}

/** A line of the edited file that states a legal basis (the examples are in `pledge format` layout). */
const BASIS_LINE = "  basis legal-obligation\n";

/** Ten edits that leave the text as it was: five changes, each followed by its undo. */
function editCycle(text) {
  const end = text.indexOf('advertising."') + "advertising.".length;
  const uses = text.indexOf("uses name,") + "uses ".length;
  const basis = text.indexOf(`\n${BASIS_LINE}`) + 1;
  const name = text.indexOf("provide-improve-services") + "provide-improve-service".length;
  const firstLine = text.indexOf("\n") + 1;
  for (const [what, at] of Object.entries({ end, uses, basis, name, firstLine })) {
    if (at <= 0) throw new Error(`${EDITED} changed: cannot find where to edit (${what})`);
  }
  return [
    { at: end, remove: 0, insert: "x", what: "type in a description" },
    { at: end, remove: 1, insert: "", what: "undo" },
    { at: uses, remove: 4, insert: "nmae", what: "misspell a reference (unresolved-name)" },
    { at: uses, remove: 4, insert: "name", what: "undo" },
    { at: firstLine, remove: 0, insert: "// a note\n", what: "add a comment line" },
    { at: firstLine, remove: 10, insert: "", what: "undo" },
    { at: basis, remove: BASIS_LINE.length, insert: "", what: "delete a legal basis (missing-legal-basis)" },
    { at: basis, remove: 0, insert: BASIS_LINE, what: "undo" },
    { at: name, remove: 1, insert: "", what: "rename a purpose others refer to" },
    { at: name, remove: 0, insert: "s", what: "undo" },
  ];
}

function position(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split("\n").length - 1;
  return { line, character: offset - (before.lastIndexOf("\n") + 1) };
}

/** Resolves to null after ms, without keeping Node alive. */
function timeout(ms) {
  return new Promise((resolve) => setTimeout(() => resolve(null), ms).unref());
}

/** CPU seconds the process has used (Linux; null elsewhere): a load-independent view of start-up. */
function cpuSeconds(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks of 10 ms
  } catch {
    return null;
  }
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function session(java) {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), "pledge-measure-"));
  copy(path.join(repo, "examples"), workspace);
  const files = [];
  (function list(dir) {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) list(file);
      else files.push(pathToFileURL(file).toString());
    }
  })(workspace);
  const command = serverCommand(java.program, { jar, major: java.major, cacheFolder });
  const extra = (process.env.PLEDGE_JVM_ARGS || "").split(" ").filter((arg) => arg !== "");
  command.args.unshift(...extra);
  const started = performance.now();
  const server = spawn(command.command, command.args, { cwd: workspace, stdio: ["pipe", "pipe", "pipe"] });
  let stderr = "";
  server.stderr.on("data", (chunk) => (stderr += chunk));
  const exited = new Promise((resolve) => server.on("exit", resolve));
  const connection = rpc.createMessageConnection(new rpc.StreamMessageReader(server.stdout), new rpc.StreamMessageWriter(server.stdin));
  const published = new Set();
  let workspaceBuilt;
  const built = new Promise((resolve) => (workspaceBuilt = resolve));
  const waiting = new Map();
  connection.onNotification("textDocument/publishDiagnostics", (params) => {
    published.add(params.uri);
    if (files.every((uri) => published.has(uri))) workspaceBuilt(performance.now());
    const waiter = waiting.get(params.version);
    if (waiter && waiter.uri === params.uri) {
      waiting.delete(params.version);
      waiter.resolve({ at: performance.now(), diagnostics: params.diagnostics });
    }
  });
  connection.onRequest(() => null); // window/workDoneProgress/create, client/registerCapability
  connection.listen();
  try {
    await connection.sendRequest("initialize", {
      processId: process.pid,
      rootUri: pathToFileURL(workspace).toString(),
      capabilities: {
        window: { workDoneProgress: true },
        workspace: { didChangeWatchedFiles: { dynamicRegistration: true } },
        textDocument: { publishDiagnostics: { versionSupport: true } },
      },
    });
    const initialized = performance.now() - started;
    const initializeCpu = cpuSeconds(server.pid);
    connection.sendNotification("initialized", {});
    const buildDone = (await Promise.race([built, timeout(180000)])) ;
    if (buildDone === null) throw new Error(`no diagnostics for every file within 180 s\n${stderr}`);

    const file = path.join(workspace, EDITED);
    const uri = pathToFileURL(file).toString();
    let text = fs.readFileSync(file, "utf8");
    let version = 1;
    const answer = (v) => new Promise((resolve) => waiting.set(v, { uri, resolve }));
    let opened = answer(version);
    connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "pledge", version, text } });
    await opened;
    const times = [];
    const script = [0, 1, 2, 3, 4].flatMap(() => editCycle(text));
    for (const edit of script) {
      version++;
      const range = { start: position(text, edit.at), end: position(text, edit.at + edit.remove) };
      text = text.slice(0, edit.at) + edit.insert + text.slice(edit.at + edit.remove);
      const done = answer(version);
      const sent = performance.now();
      connection.sendNotification("textDocument/didChange", {
        textDocument: { uri, version },
        contentChanges: [{ range, text: edit.insert }],
      });
      const result = await Promise.race([done, timeout(60000)]);
      if (result === null) throw new Error(`no diagnostics for version ${version} (${edit.what}) within 60 s\n${stderr}`);
      times.push(result.at - sent);
    }
    await connection.sendRequest("shutdown");
    connection.sendNotification("exit");
    await Promise.race([exited, timeout(60000)]); // the JVM writes the class-data-sharing archive as it exits
    return {
      initialize: initialized,
      initializeCpu,
      build: buildDone - started,
      median: percentile(times, 50),
      p95: percentile(times, 95),
      max: Math.max(...times),
      times,
    };
  } finally {
    connection.dispose();
    server.kill();
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

async function main() {
  const java = await findJava(process.env.PLEDGE_JAVA || "");
  console.log(`Java ${java.major} (${java.program}); ${os.cpus().length} cores; load ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`);
  console.log(`server: ${jar}`);
  if (cacheFolder) {
    const warmUp = await session(java);
    console.log(`first session, not counted (with Java 19+ it records the class-data-sharing archive): initialize ${warmUp.initialize.toFixed(0)} ms`);
  }
  const results = [];
  for (let run = 1; run <= runs; run++) {
    const r = await session(java);
    results.push(r);
    console.log(
      `run ${run}: initialize ${r.initialize.toFixed(0)} ms (${r.initializeCpu === null ? "?" : (r.initializeCpu * 1000).toFixed(0)} ms CPU), workspace built ${r.build.toFixed(0)} ms, ` +
        `edit to diagnostics median ${r.median.toFixed(0)} ms, p95 ${r.p95.toFixed(0)} ms, max ${r.max.toFixed(0)} ms`,
    );
  }
  const med = (key) => percentile(results.map((r) => r[key]), 50).toFixed(0);
  console.log(
    `median of ${runs} runs: initialize ${med("initialize")} ms, workspace built ${med("build")} ms, ` +
      `edit to diagnostics median ${med("median")} ms, p95 ${med("p95")} ms, max ${med("max")} ms`,
  );
  console.log(`load after: ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`);
  if (cacheFolder) fs.rmSync(cacheFolder, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
