// SPDX-License-Identifier: Apache-2.0
"use strict";

const test = require("node:test");
const assert = require("node:assert");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { findJava, majorVersion, JavaNotFound } = require("../src/java");

test("the major version of what java -version prints", () => {
  assert.strictEqual(majorVersion('openjdk version "17.0.9" 2023-10-17\nOpenJDK Runtime Environment'), 17);
  assert.strictEqual(majorVersion('openjdk version "21" 2023-09-19'), 21);
  assert.strictEqual(majorVersion('java version "1.8.0_402"\nJava(TM) SE Runtime Environment'), 8);
  assert.strictEqual(majorVersion('openjdk version "11.0.22" 2024-01-16 LTS'), 11);
  assert.strictEqual(majorVersion('openjdk version "22-ea" 2024-03-19'), 22);
  assert.strictEqual(majorVersion("Error: could not find java.dll"), null);
});

const versions = {
  "/old/bin/java": 'java version "1.8.0_402"',
  "/jdk17/bin/java": 'openjdk version "17.0.9" 2023-10-17',
  java: 'openjdk version "21.0.2" 2024-01-16',
};
const fake = async (program) => versions[program] ?? null;

test("JAVA_HOME comes before the PATH, and an old one is passed over", async () => {
  assert.deepStrictEqual(await findJava("", { JAVA_HOME: "/jdk17" }, fake), {
    program: path.join("/jdk17", "bin", "java"),
    origin: "JAVA_HOME",
    major: 17,
  });
  const fromPath = await findJava("", { JAVA_HOME: "/old" }, fake);
  assert.strictEqual(fromPath.program, "java");
  assert.strictEqual(fromPath.major, 21);
});

test("a setting is the only place looked at, and it says why it does not do", async () => {
  await assert.rejects(findJava("/old/bin/java", { JAVA_HOME: "/jdk17" }, fake), (error) => {
    assert.ok(error instanceof JavaNotFound);
    assert.match(error.message, /^Pledge needs Java 17 or newer/);
    assert.match(error.message, /the setting pledge.server.java: \/old\/bin\/java is Java 8/);
    assert.match(error.message, /set pledge.server.java to its folder/);
    return true;
  });
});

test("no Java anywhere: every place tried is named", async () => {
  await assert.rejects(findJava("", { JAVA_HOME: "/nowhere" }, async () => null), (error) => {
    assert.match(error.message, /JAVA_HOME: no Java at \/nowhere\/bin\/java; the PATH: no Java at java/);
    return true;
  });
});

test("the real java of this machine, as a Java home folder and as a program", async (t) => {
  const found = await findJava("", process.env).catch(() => null);
  if (found === null) {
    t.skip("no Java 17+ here");
    return;
  }
  assert.ok(found.major >= 17);
  const home = fs.mkdtempSync(path.join(os.tmpdir(), "pledge-java-"));
  await assert.rejects(findJava(home, {}), /the setting pledge.server.java: no Java at/);
  fs.rmSync(home, { recursive: true });
});

test("a Java 11 installation, named by its folder or its program", async (t) => {
  if (process.platform === "win32") {
    t.skip("a shell script stands in for java");
    return;
  }
  const home = fs.mkdtempSync(path.join(os.tmpdir(), "pledge-java-"));
  const program = path.join(home, "bin", "java");
  fs.mkdirSync(path.dirname(program));
  fs.writeFileSync(program, "#!/bin/sh\necho 'openjdk version \"11.0.22\" 2024-01-16' >&2\n", { mode: 0o755 });
  for (const setting of [home, program]) {
    await assert.rejects(findJava(setting, {}), (error) => {
      assert.ok(error.message.includes(`the setting pledge.server.java: ${program} is Java 11`), error.message);
      return true;
    });
  }
  fs.rmSync(home, { recursive: true });
});
