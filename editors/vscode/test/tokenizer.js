// SPDX-License-Identifier: Apache-2.0
// Tokenizes Pledge text with the extension's TextMate grammar, as VS Code does (vscode-textmate
// with the Oniguruma regular expressions).
"use strict";

const fs = require("fs");
const path = require("path");
const textmate = require("vscode-textmate");
const oniguruma = require("vscode-oniguruma");

const GRAMMAR = path.resolve(__dirname, "..", "syntaxes", "pledge.tmLanguage.json");

let grammar;

async function load() {
  if (!grammar) {
    const wasm = fs.readFileSync(require.resolve("vscode-oniguruma/release/onig.wasm"));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new textmate.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (sources) => new oniguruma.OnigScanner(sources),
        createOnigString: (text) => new oniguruma.OnigString(text),
      }),
      loadGrammar: async (scopeName) =>
        scopeName === "source.pledge"
          ? textmate.parseRawGrammar(fs.readFileSync(GRAMMAR, "utf8"), GRAMMAR)
          : null,
    });
    grammar = await registry.loadGrammar("source.pledge");
  }
  return grammar;
}

/** Every token of the text: { line, text, scopes } (line counts from 1). */
async function tokenize(text) {
  const pledge = await load();
  const tokens = [];
  let state = textmate.INITIAL;
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    const result = pledge.tokenizeLine(line, state);
    for (const token of result.tokens) {
      tokens.push({ line: index + 1, text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes });
    }
    state = result.ruleStack;
  });
  return tokens;
}

module.exports = { tokenize };
