// SPDX-License-Identifier: Apache-2.0
// Snapshot tests of the TextMate grammar over the repository's example policies: the copies of
// examples/**/*.pledge in test/snapshots/ are tokenized and the scopes of every token must match
// the committed <file>.snap. The copies are frozen, so editing an example does not break this
// test (test/examples.test.js checks the current examples); `--update` copies the examples again
// and rewrites the snapshots: review the diff before committing it.
"use strict";

const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const root = path.resolve(__dirname, "..");
const examples = path.resolve(root, "..", "..", "examples");
const snapshots = path.join(root, "test", "snapshots");
const update = process.argv.includes("--update");

function policies(dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        return entry.name === "target" || entry.name === "node_modules" ? [] : policies(file);
      }
      return entry.name.endsWith(".pledge") ? [file] : [];
    })
    .sort();
}

if (update) {
  fs.rmSync(snapshots, { recursive: true, force: true });
  for (const source of policies(examples)) {
    const copy = path.join(snapshots, path.relative(examples, source));
    fs.mkdirSync(path.dirname(copy), { recursive: true });
    fs.copyFileSync(source, copy);
  }
}
const copies = fs.existsSync(snapshots) ? policies(snapshots) : [];
if (copies.length === 0) {
  console.error(`no policies in ${snapshots}: run \`npm run snapshots:update\``);
  process.exit(1);
}
const missing = copies.filter((copy) => !fs.existsSync(copy + ".snap"));
if (!update && missing.length > 0) {
  console.error(
    "no grammar snapshot for " +
      missing.map((copy) => path.relative(root, copy)).join(", ") +
      ": run `npm run snapshots:update`, review the new .snap files and commit them",
  );
  process.exit(1);
}

const bin = path.join(root, "node_modules", ".bin", process.platform === "win32" ? "vscode-tmgrammar-snap.cmd" : "vscode-tmgrammar-snap");
const args = ["-g", path.join(root, "syntaxes", "pledge.tmLanguage.json"), ...(update ? ["--updateSnapshot"] : []), ...copies];
const run = spawnSync(bin, args, { stdio: "inherit", shell: process.platform === "win32" });
process.exit(run.status === null ? 1 : run.status);
