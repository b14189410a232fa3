// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pledge.scanner.model.ScanFinding;
import dev.pledge.scanner.model.ScanRule;
import dev.pledge.scanner.report.ScanReports;
import dev.pledge.scanner.report.ScanResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the scan reads: folders, jars, nested and multi-release jars; what it cannot read fails the scan. */
class InputTest {

    @TempDir
    static Path dir;

    static Fixture fixture;
    /** An app whose one class reads the phone number (undeclared): one finding per copy scanned. */
    static Path app;

    static final String PHONE = """
			package com.example.app;

			public class Phone {
				String number(android.telephony.TelephonyManager tm) {
					return tm.getLine1Number();
				}
			}
			""";

    @BeforeAll
    static void setUp() {
        fixture = Fixture.create(dir);
        app = fixture.app("com/example/app/Phone.java", PHONE);
    }

    private static List<String> rules(ScanResult result) {
        return result.findings().stream().map(ScanFinding::ruleId).toList();
    }

    @Test
    void corruptClassFileIsAnError() throws IOException {
        Path classes = dir.resolve("corrupt");
        Files.createDirectories(classes.resolve("com/example/app"));
        Files.copy(app.resolve("com/example/app/Phone.class"), classes.resolve("com/example/app/Phone.class"));
        byte[] bytes = Files.readAllBytes(app.resolve("com/example/app/Phone.class"));
        Files.write(classes.resolve("com/example/app/Broken.class"), Arrays.copyOf(bytes, bytes.length / 2));
        Files.writeString(classes.resolve("com/example/app/NotAClass.class"), "hello");
        ScanResult result = fixture.scan(classes);
        assertEquals(List.of("unreadable-class", "unreadable-class", "undeclared-data"), rules(result));
        ScanFinding broken = result.findings().get(0);
        assertEquals(
                classes.resolve("com/example/app/Broken.class"), broken.at().file());
        assertEquals(0, broken.at().line());
        assertTrue(
                broken.message()
                        .startsWith(classes.resolve("com/example/app/Broken.class") + " is not a valid class file ("),
                broken.message());
        assertTrue(broken.message().endsWith("): recompile it, or remove it from what is scanned"), broken.message());
        assertEquals(
                classes.resolve("com/example/app/NotAClass.class") + " is not a valid class file (no class file header"
                        + " (0xCAFEBABE)): recompile it, or remove it from what is scanned",
                result.findings().get(1).message());
        assertEquals(1, result.stats().classes());
        assertTrue(result.hasErrors());
    }

    @Test
    void truncatedJarIsAnError() throws IOException {
        byte[] jar = Jars.bytes(Jars.entries(app), false);
        Path truncated = dir.resolve("truncated.jar");
        Files.write(truncated, Arrays.copyOf(jar, jar.length - 30));
        ScanResult result = fixture.scan(truncated);
        assertEquals(List.of("unreadable-class"), rules(result));
        assertTrue(
                result.findings().get(0).message().startsWith(truncated + " cannot be read as a jar ("),
                result.findings().get(0).message());
        assertEquals(truncated, result.findings().get(0).at().file());
        assertEquals(0, result.stats().jars());
    }

    @Test
    void missingRootsAndOtherFilesAreErrors() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.txt"), "not classes");
        ScanResult result = fixture.scan(dir.resolve("missing"), text);
        assertEquals(
                List.of(
                        dir.resolve("missing") + " does not exist: check the path (build the classes first?)",
                        text
                                + " is not a class folder, a class file, a DEX file or an archive (.jar, .war, .ear, .aar,"
                                + " .apk, .aab, .zip): pass the compiled classes, e.g. target/classes, or the app's package"),
                result.findings().stream().map(ScanFinding::message).sorted().toList());
        assertEquals(List.of("unreadable-class", "unreadable-class"), rules(result));
    }

    @Test
    void jarsAndSingleClassFilesAreScannedLikeFolders() {
        Path jar = Jars.write(dir.resolve("app.jar"), Jars.entries(app), false);
        ScanResult fromJar = fixture.scan(jar);
        ScanResult fromFolder = fixture.scan(app);
        ScanResult fromFile = fixture.scan(app.resolve("com/example/app/Phone.class"));
        assertEquals(fromFolder.findings(), fromFile.findings());
        assertEquals(messages(fromFolder), messages(fromJar));
        assertEquals(1, fromJar.stats().jars());
        assertEquals(0, fromJar.stats().directories());
        assertEquals(1, fromFolder.stats().directories());
        assertEquals(1, fromJar.findings().size());
    }

    private static List<String> messages(ScanResult result) {
        return result.findings().stream()
                .map(f -> f.at().line() + " " + f.message())
                .toList();
    }

    @Test
    void findingsInJarsNameTheJarOnTheConsoleInSarifAndInTheDataMap() {
        Path jar = Jars.write(dir.resolve("phone-1.0.jar"), Jars.entries(app), false);
        ScanResult result = fixture.scan(jar);
        ScanFinding finding = result.findings().get(0);
        assertEquals(jar.toString(), finding.at().archive());
        assertTrue(
                finding.format(dir)
                        .startsWith("phone-1.0.jar!/com/example/app/Phone.java:5: error: reads phone number"),
                finding.format(dir));
        String sarif = ScanReports.sarif(result, dir, "1");
        assertTrue(
                sarif.contains("\"uri\": \"jar:" + jar.toUri().toASCIIString() + "!/com/example/app/Phone.java\""),
                sarif);
        String json = ScanReports.json(result.dataMap(), dir);
        assertTrue(json.contains("\"file\": \"phone-1.0.jar!/com/example/app/Phone.java\""), json);

        byte[] inner = Jars.bytes(Jars.entries(app), false);
        Path war = Jars.write(dir.resolve("shop.war"), Map.of("WEB-INF/lib/phone-1.0.jar", inner), false);
        ScanFinding nested = fixture.scan(war).findings().get(0);
        assertTrue(
                nested.format(dir)
                        .startsWith("shop.war!/WEB-INF/lib/phone-1.0.jar!/com/example/app/Phone.java:5: error:"),
                nested.format(dir));
    }

    @Test
    void foldersAreSearchedForJarsToo() throws IOException {
        Path lib = Files.createDirectories(dir.resolve("boot-inf-lib/nested"));
        Jars.write(lib.resolve("phone.jar"), Jars.entries(app), false);
        byte[] inner = Jars.bytes(Jars.entries(app), false);
        Jars.write(
                dir.resolve("boot-inf-lib/other.jar"),
                Jars.under(
                        "copy/",
                        Map.of("com/example/app/Phone.class", Jars.entries(app).get("com/example/app/Phone.class"))),
                false);
        Jars.write(dir.resolve("boot-inf-lib/app.war"), Map.of("WEB-INF/lib/inner.jar", inner), false);
        ScanResult result = fixture.scan(dir.resolve("boot-inf-lib"));
        assertEquals(1, result.stats().directories());
        assertEquals(4, result.stats().jars());
        // archives are read in path order: nested/phone.jar comes after app.war, whose inner jar holds the same class
        // first; as on a class path, the first wins
        assertEquals(
                List.of(
                        "app.war!/WEB-INF/lib/inner.jar!/com/example/app/Phone.java",
                        "other.jar!/com/example/app/Phone.java"),
                result.findings().stream()
                        .map(f -> f.at().archive()
                                        .substring(dir.resolve("boot-inf-lib")
                                                        .toString()
                                                        .length()
                                                + 1) + "!/" + f.at().file())
                        .sorted()
                        .toList());
    }

    @Test
    void nestedJarsAreScannedAndTheirProblemsReported() {
        byte[] inner = Jars.bytes(Jars.entries(app), false);
        byte[] broken = Arrays.copyOf(inner, 40);
        Path war = Jars.write(
                dir.resolve("app.war"),
                Map.of("WEB-INF/lib/phone.jar", inner, "WEB-INF/lib/broken.jar", broken),
                false);
        ScanResult result = fixture.scan(war);
        List<String> messages = result.findings().stream()
                .map(f -> f.ruleId() + " " + f.at().file())
                .sorted()
                .toList();
        assertEquals(List.of("undeclared-data com/example/app/Phone.java", "unreadable-class " + war), messages);
        ScanFinding unreadable = result.findings().stream()
                .filter(f -> f.rule() == ScanRule.UNREADABLE_CLASS)
                .findFirst()
                .orElseThrow();
        assertTrue(
                unreadable.message().startsWith(war + "!/WEB-INF/lib/broken.jar cannot be read as a jar"),
                unreadable.message());
        assertEquals(2, result.stats().jars());
    }

    /** An empty but well-formed jar inside an archive (Agora's AAR ships one as its classes.jar) is no error. */
    @Test
    void anEmptyNestedJarIsNoProblem() {
        byte[] empty = new byte[22]; // only the end-of-central-directory record: no entries, no comment
        empty[0] = 'P';
        empty[1] = 'K';
        empty[2] = 5;
        empty[3] = 6;
        byte[] inner = Jars.bytes(Jars.entries(app), false);
        Path aar = Jars.write(dir.resolve("sdk.aar"), Map.of("classes.jar", empty, "libs/phone.jar", inner), false);
        ScanResult result = fixture.scan(aar);
        assertEquals(List.of("undeclared-data"), rules(result));
        assertEquals(3, result.stats().jars());
        byte[] notEmpty = Arrays.copyOf(empty, 22);
        notEmpty[10] = 1; // says it has an entry, and has none
        Path broken = Jars.write(dir.resolve("broken.aar"), Map.of("classes.jar", notEmpty), false);
        assertEquals(List.of("unreadable-class"), rules(fixture.scan(broken)));
    }

    @Test
    void classesOfWebArchivesAreFoundBelowWebInfClasses() {
        Path war = Jars.write(dir.resolve("classes.war"), Jars.under("WEB-INF/classes/", Jars.entries(app)), false);
        ScanResult result = fixture.scan(war);
        assertEquals(List.of("undeclared-data"), rules(result));
        assertEquals(1, result.stats().classes());
    }

    @Test
    void multiReleaseJarsUseTheClassesOfTheTargetRelease() {
        Path clean = fixture.app("com/example/app/Phone.java", PHONE.replace("tm.getLine1Number()", "\"none\""));
        Map<String, byte[]> entries =
                Jars.merge(List.of(Jars.entries(clean), Jars.under("META-INF/versions/11/", Jars.entries(app))));
        Path multi = Jars.write(dir.resolve("multi.jar"), entries, true);
        Path plain = Jars.write(dir.resolve("plain.jar"), entries, false);
        assertEquals(
                List.of("undeclared-data"),
                rules(fixture.scan(ScanOptions.defaults().withRelease(17), multi)));
        assertEquals(List.of(), rules(fixture.scan(ScanOptions.defaults().withRelease(9), multi)));
        assertEquals(
                List.of(),
                rules(fixture.scan(ScanOptions.defaults().withRelease(17), plain)),
                "a jar that is not multi-release has its versioned classes ignored, as by the JVM");
        assertEquals(
                1,
                fixture.scan(ScanOptions.defaults().withRelease(17), multi)
                        .stats()
                        .classes());
    }

    @Test
    void sourceRootsGiveRealFiles() {
        ScanResult result = fixture.scan(
                ScanOptions.defaults().withSourceRoots(List.of(dir.resolve("nowhere"), fixture.sources(1))), app);
        assertEquals(
                fixture.sources(1).resolve("com/example/app/Phone.java"),
                result.findings().get(0).at().file());
        assertEquals(
                "com/example/app/Phone.java:5: error",
                result.findings()
                        .get(0)
                        .format(fixture.sources(1))
                        .substring(0, "com/example/app/Phone.java:5: error".length()));
    }

    @Test
    void threadsDoNotChangeTheResult() {
        List<Map<String, byte[]>> copies = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            copies.add(Jars.under("copy" + i + "/", Jars.entries(app)));
        }
        copies.add(Jars.entries(fixture.api));
        Path many = Jars.write(dir.resolve("many.jar"), Jars.merge(copies), false);
        ScanResult one = fixture.scan(ScanOptions.defaults().withThreads(1), many, fixture.api, app);
        ScanResult four = fixture.scan(ScanOptions.defaults().withThreads(4), many, fixture.api, app);
        assertEquals(one.findings(), four.findings());
        assertEquals(one.dataMap(), four.dataMap());
        assertEquals(one.stats().classes(), four.stats().classes());
        assertEquals(
                2,
                one.findings().size(),
                "the 300 copies in the jar are one place (one finding per line, rule and subject), the app folder another");
    }
}
