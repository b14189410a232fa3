// SPDX-License-Identifier: Apache-2.0
// The extension's activation against a stand-in for VS Code's API: without a usable Java it shows
// one error that says what was tried, and its buttons open the settings or the Java download page.
"use strict";

const test = require("node:test");
const assert = require("node:assert");
const Module = require("module");

function fakeVscode(settings) {
  const calls = { errors: [], commands: [], opened: [], lines: [] };
  let answer;
  const vscode = {
    calls,
    answer: (button) => (answer = button),
    window: {
      createOutputChannel: () => ({ appendLine: (line) => calls.lines.push(line), dispose() {} }),
      showErrorMessage: (message, ...buttons) => {
        calls.errors.push({ message, buttons });
        return Promise.resolve(answer);
      },
    },
    workspace: {
      getConfiguration: (section) => ({ get: (key) => settings[`${section}.${key}`] }),
      onDidChangeConfiguration: () => ({ dispose() {} }),
    },
    commands: {
      registerCommand: () => ({ dispose() {} }),
      executeCommand: (...args) => calls.commands.push(args),
    },
    env: { openExternal: (uri) => calls.opened.push(uri) },
    Uri: { parse: (text) => text },
  };
  return vscode;
}

function loadExtension(vscode) {
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function (request, ...rest) {
    return request === "vscode" ? "vscode" : resolve.call(this, request, ...rest);
  };
  require.cache.vscode = { id: "vscode", filename: "vscode", loaded: true, exports: vscode };
  for (const key of Object.keys(require.cache)) {
    if (key.includes(`${require("path").sep}src${require("path").sep}`)) {
      delete require.cache[key];
    }
  }
  try {
    return require("../src/extension");
  } finally {
    Module._resolveFilename = resolve;
  }
}

const settings = {
  "pledge.server.java": "/nowhere/jdk-17",
  "pledge.server.maxMemory": "512m",
  "pledge.server.jar": "",
};

for (const [button, expect] of [
  ["Open Settings", (calls) => assert.deepStrictEqual(calls.commands, [["workbench.action.openSettings", "pledge.server"]])],
  ["Download Java", (calls) => assert.deepStrictEqual(calls.opened, ["https://adoptium.net/"])],
]) {
  test(`no Java 17: one error message, and "${button}"`, async () => {
    const vscode = fakeVscode(settings);
    vscode.answer(button);
    const extension = loadExtension(vscode);
    await extension.activate({ subscriptions: [] });
    await new Promise((resolve) => setImmediate(resolve));

    assert.strictEqual(vscode.calls.errors.length, 1);
    const { message, buttons } = vscode.calls.errors[0];
    assert.match(message, /^Pledge needs Java 17 or newer to run its language server \(the setting pledge.server.java: no Java at \/nowhere\/jdk-17\)/);
    assert.deepStrictEqual(buttons, ["Open Settings", "Download Java"]);
    assert.deepStrictEqual(vscode.calls.lines, [message], "the output channel keeps the message");
    expect(vscode.calls);
    await extension.deactivate();
  });
}

test("a malformed memory setting is reported, not passed to Java", async () => {
  const vscode = fakeVscode({ ...settings, "pledge.server.java": "", "pledge.server.maxMemory": "lots" });
  const extension = loadExtension(vscode);
  await extension.activate({ subscriptions: [] });
  const messages = vscode.calls.errors.map((error) => error.message);
  if (messages.some((message) => message.startsWith("Pledge needs Java"))) {
    return; // no Java 17 on this machine: the memory is never looked at
  }
  assert.deepStrictEqual(messages, ['pledge.server.maxMemory is "lots": write a size such as 512m or 2g']);
});
