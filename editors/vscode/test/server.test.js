// SPDX-License-Identifier: Apache-2.0
// The extension's command line against the bundled server: the Java the extension would pick runs
// server/pledge-language-server.jar with the extension's options, and an LSP session over stdio
// gets the server's features and a diagnostic for a broken policy.
"use strict";

const test = require("node:test");
const assert = require("node:assert");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawn } = require("child_process");
const { pathToFileURL } = require("url");
const rpc = require("vscode-jsonrpc/node");
const { findJava } = require("../src/java");
const { serverCommand, archiveOf, BUNDLED } = require("../src/server");

function waitFor(connection, method, accept) {
  return new Promise((resolve) => {
    connection.onNotification(method, (params) => {
      if (accept(params)) {
        resolve(params);
      }
    });
  });
}

test("the bundled server answers the extension over stdio", { timeout: 120000 }, async () => {
  assert.ok(fs.existsSync(BUNDLED), `${BUNDLED} is missing: npm test runs scripts/prepare.js first`);
  const java = await findJava("");
  const command = serverCommand(java.program, { maxMemory: "256m" });
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), "pledge-vscode-"));
  const policy = path.join(workspace, "shop.pledge");
  const text = 'category account "Account" {\n  data email "Email"\n}\npurpose orders "Orders" {\n  basis contract\n  uses emial\n}\n';
  fs.writeFileSync(policy, text);

  const server = spawn(command.command, command.args, { cwd: workspace, stdio: ["pipe", "pipe", "pipe"] });
  let stderr = "";
  server.stderr.on("data", (chunk) => (stderr += chunk));
  const exited = new Promise((resolve) => server.on("exit", resolve));
  const connection = rpc.createMessageConnection(
    new rpc.StreamMessageReader(server.stdout),
    new rpc.StreamMessageWriter(server.stdin),
  );
  const uri = pathToFileURL(policy).toString();
  const diagnostics = waitFor(connection, "textDocument/publishDiagnostics", (p) => p.uri === uri && p.diagnostics.length > 0);
  connection.listen();
  try {
    const result = await connection.sendRequest("initialize", {
      processId: process.pid,
      rootUri: pathToFileURL(workspace).toString(),
      capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } },
    });
    const capabilities = result.capabilities;
    assert.ok(capabilities.hoverProvider, "hover");
    assert.ok(capabilities.codeActionProvider, "quick fixes");
    assert.ok(capabilities.documentFormattingProvider, "formatting");
    assert.ok(capabilities.semanticTokensProvider, "semantic tokens");
    connection.sendNotification("initialized", {});
    connection.sendNotification("textDocument/didOpen", {
      textDocument: { uri, languageId: "pledge", version: 1, text },
    });
    const published = await diagnostics;
    const unresolved = published.diagnostics.find((d) => d.code === "unresolved-name");
    assert.ok(unresolved, JSON.stringify(published.diagnostics));
    assert.deepStrictEqual(unresolved.range.start, { line: 5, character: 7 });
    await connection.sendRequest("shutdown");
    connection.sendNotification("exit");
    assert.strictEqual(await exited, 0, stderr);
  } finally {
    connection.dispose();
    server.kill();
    fs.rmSync(workspace, { recursive: true, force: true });
  }
});

test("the server's command line", () => {
  const jar = path.join(os.tmpdir(), `pledge-test-${process.pid}.jar`);
  fs.writeFileSync(jar, "not really a jar");
  const cache = fs.mkdtempSync(path.join(os.tmpdir(), "pledge-cds-"));
  try {
    const java17 = serverCommand("/jdk17/bin/java", { jar, maxMemory: "1g", major: 17, cacheFolder: cache });
    assert.deepStrictEqual(java17, {
      command: "/jdk17/bin/java",
      args: ["-Xmx1g", "-XX:+UseSerialGC", "-Xlog:disable", "-Xlog:all=warning:stderr", "-jar", jar],
    });
    const java21 = serverCommand("/jdk21/bin/java", { jar, major: 21, cacheFolder: cache });
    const archive = archiveOf(cache, jar, "/jdk21/bin/java");
    assert.deepStrictEqual(java21.args.slice(4, 6), ["-XX:+AutoCreateSharedArchive", `-XX:SharedArchiveFile=${archive}`]);
    assert.deepStrictEqual(java21.args.slice(-2), ["-jar", jar]);
    assert.notStrictEqual(archiveOf(cache, jar, "/jdk25/bin/java"), archive, "another Java, another archive");
    fs.utimesSync(jar, new Date(), new Date(Date.now() + 5000));
    assert.notStrictEqual(archiveOf(cache, jar, "/jdk21/bin/java"), archive, "another jar, another archive");

    assert.throws(() => serverCommand("java", { jar, maxMemory: "lots" }), /pledge.server.maxMemory is "lots"/);
    assert.throws(() => serverCommand("java", { jar: "/nowhere/server.jar" }), /pledge.server.jar names \/nowhere\/server.jar, which does not exist/);
  } finally {
    fs.rmSync(jar);
    fs.rmSync(cache, { recursive: true });
  }
});
