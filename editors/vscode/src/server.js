// SPDX-License-Identifier: Apache-2.0
// The command line that starts the language server: the user's Java, the memory limit from the
// settings and the server jar (the one inside the extension unless pledge.server.jar names another),
// and a class-data-sharing archive that makes later starts faster.
"use strict";

const crypto = require("crypto");
const fs = require("fs");
const path = require("path");

const BUNDLED = path.resolve(__dirname, "..", "server", "pledge-language-server.jar");

/**
 * The class-data-sharing (AppCDS) archive of this server for this Java, in `folder`: the classes
 * the server loaded in an earlier session, mapped in at start instead of being read from the jar
 * and verified again. The name changes with the jar and the Java, so a stale archive is never used.
 */
function archiveOf(folder, serverJar, program) {
  const jar = fs.statSync(serverJar);
  const key = crypto.createHash("sha256").update(`${program}\n${serverJar}\n${jar.size}\n${jar.mtimeMs}`).digest("hex");
  return path.join(folder, `pledge-server-${key.slice(0, 16)}.jsa`);
}

/**
 * { command, args } for Java `program` (of version `major`); throws when the jar is missing or the
 * memory is malformed. With `cacheFolder` and Java 19 or newer, the first start records a
 * class-data-sharing archive there (when the server exits) and later starts use it.
 */
function serverCommand(program, { maxMemory = "512m", jar = "", major = 17, cacheFolder = "" } = {}) {
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
  const args = [
    `-Xmx${maxMemory}`,
    // a small heap on a machine the editor shares: one collector thread, no parallel GC workers
    "-XX:+UseSerialGC",
    // stdout carries the protocol: the JVM's own warnings go to stderr (the Pledge output channel)
    "-Xlog:disable",
    "-Xlog:all=warning:stderr",
  ];
  if (cacheFolder && major >= 19) {
    // Java 19+ records the archive when the server exits and checks it at every start: one that
    // does not fit (another jar or Java, a file cut short) is ignored and recorded again
    fs.mkdirSync(cacheFolder, { recursive: true });
    args.push("-XX:+AutoCreateSharedArchive", `-XX:SharedArchiveFile=${archiveOf(cacheFolder, serverJar, program)}`);
  }
  return { command: program, args: [...args, "-jar", serverJar] };
}

module.exports = { serverCommand, archiveOf, BUNDLED };
