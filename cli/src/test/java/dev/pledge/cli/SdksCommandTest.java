// SPDX-License-Identifier: Apache-2.0
package dev.pledge.cli;

import static dev.pledge.cli.Cli.pledge;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pledge sdks}: the SDK inventory in text and JSON, and its exit codes. */
class SdksCommandTest {

    @TempDir
    static Path dir;

    static Path app;
    static Path declaring;
    static Path silent;

    @BeforeAll
    static void compile() throws IOException {
        Path library = ScanCommandTest.javac(
                Map.of("com/appsflyer/AppsFlyerLib.java", """
						package com.appsflyer;
						public class AppsFlyerLib {
							public static AppsFlyerLib getInstance() { return new AppsFlyerLib(); }
							public void start(Object context) { }
						}
						"""), dir.resolve("library"), List.of());
        app = ScanCommandTest.javac(Map.of("com/example/app/App.java", """
						package com.example.app;
						public class App {
							void start() {
								com.appsflyer.AppsFlyerLib.getInstance().start(null);
							}
						}
						"""), dir.resolve("app"), List.of(library));
        silent = Files.writeString(dir.resolve("silent.pledge"), "policy shop \"Shop\" { version \"1\" }\n");
        declaring = Files.writeString(dir.resolve("declaring.pledge"), """
				policy shop "Shop" { version "1" }
				party appsflyer "AppsFlyer" { kind attribution }
				""");
    }

    @Test
    void anUndeclaredSdkIsListedAndExits1() {
        Cli.Run run = pledge("sdks", "--policy", silent.toString(), app.toString());
        assertEquals(1, run.exit(), run.err());
        assertTrue(
                run.out()
                        .startsWith("appsflyer: AppsFlyer, attribution (attribution), NOT declared by policy `shop`\n"),
                run.out());
        assertTrue(run.out().contains("    called:   2 places, first com/example/app/App.java:4"), run.out());
        assertTrue(
                run.out()
                        .endsWith("Found 1 SDK, 0 declared by policy `shop` (catalogue "
                                + run.out().substring(run.out().lastIndexOf("catalogue ") + 10)),
                run.out());
    }

    @Test
    void declaredSdksExit0AndJsonSaysSo() throws IOException {
        Path out = dir.resolve("sdks.json");
        Cli.Run run = pledge(
                "sdks", "--policy", declaring.toString(), "--format", "json", "-o", out.toString(), app.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("Found 1 SDK, 1 declared by policy `shop`"), run.out());
        JsonObject json = JsonParser.parseString(Files.readString(out)).getAsJsonObject();
        assertEquals("pledge-sdks/1", json.get("format").getAsString());
        JsonObject sdk = json.getAsJsonArray("sdks").get(0).getAsJsonObject();
        assertEquals("appsflyer", sdk.get("party").getAsString());
        assertTrue(sdk.get("declared").getAsBoolean());
        assertTrue(sdk.get("privacy").getAsString().startsWith("https://"));
    }

    @Test
    void withoutAPolicyTheSdksAreListedCheckedAgainstNone() throws IOException {
        Cli.Run run = pledge("sdks", app.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("appsflyer: AppsFlyer, attribution (attribution)\n"), run.out());
        assertTrue(run.out().contains("    privacy:  https://"), run.out());
        assertTrue(run.out().contains("Found 1 SDK, checked against no policy (catalogue "), run.out());
        assertFalse(run.out().contains("declared"), run.out());
        Path out = dir.resolve("unchecked.json");
        assertEquals(
                0,
                pledge("sdks", "--format", "json", "-o", out.toString(), app.toString())
                        .exit());
        JsonObject json = JsonParser.parseString(Files.readString(out)).getAsJsonObject();
        assertFalse(json.has("policy"), json.toString());
        JsonObject sdk = json.getAsJsonArray("sdks").get(0).getAsJsonObject();
        assertEquals("appsflyer", sdk.get("id").getAsString());
        assertFalse(sdk.has("declared") || sdk.has("party"), sdk.toString());
    }

    @Test
    void scanStillNeedsAPolicy() {
        Cli.Run run = pledge("scan", app.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("pledge: error: missing required option: '--policy=POLICY'"), run.err());
    }

    @Test
    void missingInputIsAUsageError() {
        Cli.Run run = pledge(
                "sdks",
                "--policy",
                silent.toString(),
                dir.resolve("missing.apk").toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("missing.apk: no such class folder, jar or package"), run.err());
    }

    @Test
    void inputWithoutClassesIsAUsageError() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("build/classes"));
        Cli.Run run = pledge("sdks", empty.toString());
        assertEquals(2, run.exit(), run.out());
        assertEquals("", run.out());
        // the words are ScanCommandTest's to pin
        assertEquals(
                "pledge: error: " + ScanCommand.nothingScanned(List.of(empty)),
                run.err().strip());
    }
}
