// SPDX-License-Identifier: Apache-2.0
// Puts what the extension ships but does not keep in git next to it: the language server jar
// built by the dsl.ide module, and the repository's licence.
"use strict";

const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const repo = path.resolve(root, "..", "..");
const jar = process.env.PLEDGE_SERVER_JAR || path.join(repo, "dsl.ide", "target", "pledge-language-server.jar");

if (!fs.existsSync(jar)) {
  console.error(
    `no language server at ${jar}: build it first (from the repository root: ` +
      "./mvnw -B package -pl dsl.ide -am -DskipTests), or name a built one in PLEDGE_SERVER_JAR",
  );
  process.exit(1);
}
fs.mkdirSync(path.join(root, "server"), { recursive: true });
fs.copyFileSync(jar, path.join(root, "server", "pledge-language-server.jar"));
fs.copyFileSync(path.join(repo, "LICENSE"), path.join(root, "LICENSE"));
console.log(`server/pledge-language-server.jar <- ${path.relative(process.cwd(), jar) || jar}`);
