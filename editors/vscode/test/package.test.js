// SPDX-License-Identifier: Apache-2.0
// What `npm run package` puts into the .vsix (vsce ls): the server, the client and its runtime
// dependencies, the grammar; no tests, scripts or development tools.
"use strict";

const test = require("node:test");
const assert = require("node:assert");
const path = require("path");
const { execFileSync } = require("child_process");

test("the .vsix holds what the extension needs and nothing of its build", () => {
  const vsce = path.join(__dirname, "..", "node_modules", "@vscode", "vsce", "vsce");
  const files = execFileSync(process.execPath, [vsce, "ls"], { cwd: path.join(__dirname, ".."), encoding: "utf8" })
    .split(/\r?\n/)
    .filter((line) => line !== "");
  for (const needed of [
    "package.json",
    "LICENSE",
    "README.md",
    "language-configuration.json",
    "syntaxes/pledge.tmLanguage.json",
    "src/extension.js",
    "src/java.js",
    "src/server.js",
    "server/pledge-language-server.jar",
    "node_modules/vscode-languageclient/node.js",
  ]) {
    assert.ok(files.includes(needed), `${needed} is not packaged: ${files.filter((f) => !f.startsWith("node_modules")).join(", ")}`);
  }
  const unwanted = files.filter((file) =>
    /^(test|scripts)\/|^pom\.xml$|^node_modules\/(@vscode\/vsce|vscode-tmgrammar-test|vscode-textmate|vscode-oniguruma)\//.test(file),
  );
  assert.deepStrictEqual(unwanted, []);
});
