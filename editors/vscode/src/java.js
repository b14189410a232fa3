// SPDX-License-Identifier: Apache-2.0
// Finds the Java that runs the language server: the `pledge.server.java` setting, else JAVA_HOME,
// else `java` on the PATH; the first one that is Java 17 or newer wins. Knows nothing of VS Code,
// so the tests run it under plain Node.
"use strict";

const fs = require("fs");
const path = require("path");
const { execFile } = require("child_process");

const MINIMUM = 17;
const EXE = process.platform === "win32" ? "java.exe" : "java";

/** The major version in the output of `java -version`: 17 for "17.0.9", 8 for "1.8.0_402". */
function majorVersion(output) {
  const match = /version "(\d+)(?:\.(\d+))?[^"]*"/.exec(output);
  if (!match) {
    return null;
  }
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

/** The java program a setting names: a Java home folder (with bin/java) or the program itself. */
function programOf(setting) {
  try {
    if (fs.statSync(setting).isDirectory()) {
      return path.join(setting, "bin", EXE);
    }
  } catch {
    // not there: reported when it cannot be run
  }
  return setting;
}

/** Where to look, in order: [{ program, origin }]. */
function candidates(setting, env) {
  if (setting && setting.trim() !== "") {
    return [{ program: programOf(setting.trim()), origin: "the setting pledge.server.java" }];
  }
  const found = [];
  if (env.JAVA_HOME) {
    found.push({ program: path.join(env.JAVA_HOME, "bin", EXE), origin: "JAVA_HOME" });
  }
  found.push({ program: "java", origin: "the PATH" });
  return found;
}

/** Runs `program -version`: resolves to its output, or to null when it cannot be run. */
function runVersion(program) {
  return new Promise((resolve) => {
    execFile(program, ["-version"], { timeout: 20000, windowsHide: true }, (error, stdout, stderr) => {
      resolve(error && error.code !== 0 && !stderr ? null : `${stderr}\n${stdout}`);
    });
  });
}

class JavaNotFound extends Error {}

/**
 * The Java 17+ to use: { program, major, origin }. Throws JavaNotFound with a message that says
 * what was tried and what to do.
 */
async function findJava(setting, env = process.env, run = runVersion) {
  const tried = [];
  for (const candidate of candidates(setting, env)) {
    const output = await run(candidate.program);
    const major = output === null ? null : majorVersion(output);
    if (major !== null && major >= MINIMUM) {
      return { ...candidate, major };
    }
    tried.push(
      output === null
        ? `${candidate.origin}: no Java at ${candidate.program}`
        : major === null
          ? `${candidate.origin}: ${candidate.program} does not say which Java it is`
          : `${candidate.origin}: ${candidate.program} is Java ${major}`,
    );
  }
  throw new JavaNotFound(
    `Pledge needs Java ${MINIMUM} or newer to run its language server (${tried.join("; ")}). ` +
      `Install Java ${MINIMUM} or newer (for example Eclipse Temurin from adoptium.net), then set ` +
      `pledge.server.java to its folder, or point JAVA_HOME at it.`,
  );
}

module.exports = { findJava, majorVersion, candidates, JavaNotFound, MINIMUM };
