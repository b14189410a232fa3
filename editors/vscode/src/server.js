// SPDX-License-Identifier: Apache-2.0
// The command line that starts the language server: the user's Java, the memory limit from the
// settings and the server jar (the one inside the extension unless pledge.server.jar names another).
"use strict";

const fs = require("fs");
const path = require("path");

const BUNDLED = path.resolve(__dirname, "..", "server", "pledge-language-server.jar");

/** { command, args } for Java `program`; throws when the jar is missing or the memory is malformed. */
function serverCommand(program, { maxMemory = "512m", jar = "" } = {}) {
  const serverJar = jar && jar.trim() !== "" ? jar.trim() : BUNDLED;
  if (!fs.existsSync(serverJar)) {
    throw new Error(
      jar && jar.trim() !== ""
        ? `pledge.server.jar names ${serverJar}, which does not exist`
        : `the Pledge language server is missing from the extension (${serverJar}): reinstall the extension`,
    );
  }
  if (!/^[0-9]+[mMgG]$/.test(maxMemory)) {
    throw new Error(`pledge.server.maxMemory is "${maxMemory}": write a size such as 512m or 2g`);
  }
  return {
    command: program,
    args: [
      `-Xmx${maxMemory}`,
      // a small heap on a machine the editor shares: one collector thread, no parallel GC workers
      "-XX:+UseSerialGC",
      "-jar",
      serverJar,
    ],
  };
}

module.exports = { serverCommand, BUNDLED };
