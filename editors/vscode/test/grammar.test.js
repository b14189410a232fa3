// SPDX-License-Identifier: Apache-2.0
// The TextMate grammar against the language itself: every keyword and fixed word of Pledge.xtext
// is coloured, and every word of the current example policies gets a scope.
"use strict";

const test = require("node:test");
const assert = require("node:assert");
const fs = require("fs");
const path = require("path");
const { tokenize } = require("./tokenizer");

const REPO = path.resolve(__dirname, "..", "..", "..");
const XTEXT = path.join(REPO, "dsl", "src", "main", "java", "dev", "pledge", "dsl", "Pledge.xtext");

/** The keywords and enum literals of the grammar (the ValidID rule only repeats them). */
function words() {
  const text = fs.readFileSync(XTEXT, "utf8").replace(/\/\/[^\n]*/g, "");
  const rules = text.split(/\n(?=\S)/).filter((rule) => !/^(ValidID|@Override|terminal|grammar|generate)/.test(rule));
  const found = new Set();
  for (const rule of rules) {
    for (const [, word] of rule.matchAll(/'([a-z][a-z0-9-]*)'/g)) {
      found.add(word);
    }
    if (rule.startsWith("enum")) {
      for (const literal of rule.slice(rule.indexOf(":") + 1).split("|")) {
        const bare = literal.trim().replace(/;$/, "").trim();
        if (/^[a-z][a-z0-9-]*$/.test(bare)) {
          found.add(bare);
        }
      }
    }
  }
  return [...found].sort();
}

function policies(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      return entry.name === "target" ? [] : policies(file);
    }
    return entry.name.endsWith(".pledge") ? [file] : [];
  });
}

const COLOURED = /^(keyword\.|storage\.type\.|constant\.language\.)/;

test("Pledge.xtext has the keywords this test expects", () => {
  const all = words();
  for (const known of ["policy", "purpose", "basis", "legitimate-interest", "not-directed-at-children", "years"]) {
    assert.ok(all.includes(known), `${known} not found among ${all.length} words of ${XTEXT}`);
  }
});

test("every keyword and fixed word of the language is coloured", async () => {
  const uncoloured = [];
  for (const word of words()) {
    const tokens = (await tokenize(`  ${word}`)).filter((token) => token.text.trim() !== "");
    const scope = tokens.length === 1 ? tokens[0].scopes.at(-1) : "split into " + tokens.map((t) => t.text).join(" ");
    if (!COLOURED.test(scope)) {
      uncoloured.push(`${word} (${scope})`);
    }
  }
  assert.deepStrictEqual(uncoloured, [], "words of Pledge.xtext that syntaxes/pledge.tmLanguage.json does not colour");
});

test("every word of the example policies gets a scope", async () => {
  const files = policies(path.join(REPO, "examples"));
  assert.ok(files.length >= 5, `example policies in ${REPO}/examples: ${files.length}`);
  for (const file of files) {
    const tokens = await tokenize(fs.readFileSync(file, "utf8"));
    const bare = tokens.filter((token) => token.text.trim() !== "" && token.scopes.length === 1);
    assert.deepStrictEqual(
      bare.map((token) => `${path.relative(REPO, file)}:${token.line}: ${token.text}`),
      [],
      "text the grammar does not recognise",
    );
  }
});

test("a keyword used as a name is coloured as a name where it is declared", async () => {
  const tokens = await tokenize('purpose consent "Record consents" {\n  basis consent\n}');
  const named = tokens.filter((token) => token.text === "consent").map((token) => token.scopes.at(-1));
  assert.deepStrictEqual(named, ["entity.name.type.pledge", "constant.language.pledge"]);
});

test("a translation on its own line is a translation", async () => {
  const tokens = await tokenize('data email "Email"\n    zh "邮箱"\n    pt-BR "E-mail"');
  const tags = tokens.filter((token) => token.scopes.includes("entity.other.attribute-name.language.pledge"));
  assert.deepStrictEqual(tags.map((token) => token.text), ["zh", "pt-BR"]);
});
