// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.notice;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * Opens a page in headless Chromium ({@code /usr/bin/chromium}) and returns the DOM after loading
 * and the console messages, or prints it and counts the pages. Without Chromium, a test fails when {@code CI=true} and is skipped with
 * a message otherwise.
 */
final class HeadlessChromium {

    static final Path BINARY = Path.of("/usr/bin/chromium");

    /** A console message in Chromium's log: {@code [...:INFO:CONSOLE:12] "message", source: ...} or {@code CONSOLE(12)}. */
    private static final Pattern CONSOLE = Pattern.compile(":CONSOLE[:(]");

    /** @param dom the serialised DOM; @param console the console messages (CSP violations, failed loads, script errors) */
    record Page(String dom, List<String> console) {}

    private HeadlessChromium() {}

    /** Skips (locally) or fails (with {@code CI=true}) when Chromium is not installed. */
    static void require() {
        require(BINARY, System.getenv("CI"));
    }

    static void require(Path binary, String ci) {
        if (Files.isExecutable(binary)) {
            return;
        }
        String message =
                binary + " is missing: install it with `apt-get install -y chromium` (.ci/run does) to open the"
                        + " HTML notices in a browser";
        if ("true".equals(ci)) {
            fail(message);
        }
        Assumptions.abort(message);
    }

    static Page open(Path page, Path work) throws IOException, InterruptedException {
        Path out = work.resolve("dom.html");
        String log = run(
                work,
                out,
                "--enable-logging=stderr",
                "--v=0",
                "--dump-dom",
                page.toUri().toString());
        List<String> console =
                log.lines().filter(line -> CONSOLE.matcher(line).find()).toList();
        return new Page(Files.readString(out, StandardCharsets.UTF_8), console);
    }

    /** How many pages the page prints on (Chromium's default paper, US Letter, which is shorter than A4). */
    static int printedPages(Path page, Path work) throws IOException, InterruptedException {
        Path pdf = work.resolve("printed.pdf");
        run(
                work,
                work.resolve("print.out"),
                "--no-pdf-header-footer",
                "--print-to-pdf=" + pdf,
                page.toUri().toString());
        String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        int pages = (int) PDF_PAGE.matcher(text).results().count();
        if (pages == 0) {
            fail("no page objects in " + pdf);
        }
        return pages;
    }

    /** A page object of a PDF ({@code /Type /Pages} is the page tree, not a page). */
    private static final Pattern PDF_PAGE = Pattern.compile("/Type\\s*/Page(?!s)");

    /** Runs Chromium headless on a fresh profile; returns its log (stderr). */
    private static String run(Path work, Path stdout, String... arguments) throws IOException, InterruptedException {
        Path profile = Files.createDirectories(work.resolve("chromium-profile"));
        Path err = work.resolve("chromium.log");
        List<String> command = new java.util.ArrayList<>(List.of(
                BINARY.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--user-data-dir=" + profile));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command)
                .redirectOutput(stdout.toFile())
                .redirectError(err.toFile())
                .start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("chromium did not finish in 120 s; its log: " + err);
        }
        String log = Files.readString(err, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            fail("chromium exited with " + process.exitValue() + ":\n" + log);
        }
        return log;
    }
}
