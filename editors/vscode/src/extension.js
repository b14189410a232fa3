// SPDX-License-Identifier: Apache-2.0
// The Pledge extension: registers the language (package.json) and runs the Pledge language server
// with the user's Java for every *.pledge file of the workspace.
"use strict";

const vscode = require("vscode");
const { findJava, JavaNotFound } = require("./java");
const { serverCommand } = require("./server");

const JAVA_DOWNLOAD = "https://adoptium.net/";

let client;
let output;
let storage;

async function start() {
  const settings = vscode.workspace.getConfiguration("pledge.server");
  let command;
  try {
    const java = await findJava(settings.get("java"));
    command = serverCommand(java.program, {
      maxMemory: settings.get("maxMemory"),
      jar: settings.get("jar"),
      major: java.major,
      cacheFolder: storage,
    });
    output.appendLine(`Java ${java.major} from ${java.origin}: ${command.command} ${command.args.join(" ")}`);
  } catch (error) {
    output.appendLine(error.message);
    const actions = error instanceof JavaNotFound ? ["Open Settings", "Download Java"] : ["Open Settings"];
    vscode.window.showErrorMessage(error.message, ...actions).then((action) => {
      if (action === "Open Settings") {
        vscode.commands.executeCommand("workbench.action.openSettings", "pledge.server");
      } else if (action === "Download Java") {
        vscode.env.openExternal(vscode.Uri.parse(JAVA_DOWNLOAD));
      }
    });
    return;
  }
  // loaded once there is a server to talk to (it extends VS Code's classes as it loads)
  const { LanguageClient, TransportKind } = require("vscode-languageclient/node");
  const executable = { command: command.command, args: command.args, transport: TransportKind.stdio };
  client = new LanguageClient(
    "pledge",
    "Pledge",
    { run: executable, debug: executable },
    {
      documentSelector: [{ scheme: "file", language: "pledge" }],
      outputChannel: output,
    },
  );
  try {
    await client.start();
  } catch (error) {
    const message = `The Pledge language server did not start (${error.message || error}): see the Pledge output for its log.`;
    output.appendLine(message);
    vscode.window.showErrorMessage(message);
  }
}

async function stop() {
  if (client) {
    const running = client;
    client = undefined;
    await running.stop();
  }
}

async function restart() {
  await stop();
  await start();
}

async function activate(context) {
  output = vscode.window.createOutputChannel("Pledge");
  storage = context.globalStorageUri ? context.globalStorageUri.fsPath : "";
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand("pledge.restartServer", restart),
    vscode.workspace.onDidChangeConfiguration((change) => {
      if (change.affectsConfiguration("pledge.server")) {
        restart();
      }
    }),
  );
  await start();
}

function deactivate() {
  return stop();
}

module.exports = { activate, deactivate };
