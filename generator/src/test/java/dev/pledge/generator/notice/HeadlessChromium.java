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
 * and the console messages. Without Chromium, a test fails when {@code CI=true} and is skipped with
 * a message otherwise.
 */
final class HeadlessChromium {

	static final Path BINARY = Path.of("/usr/bin/chromium");

	/** A console message in Chromium's log: {@code [...:INFO:CONSOLE:12] "message", source: ...} or {@code CONSOLE(12)}. */
	private static final Pattern CONSOLE = Pattern.compile(":CONSOLE[:(]");

	/** @param dom the serialised DOM; @param console the console messages (CSP violations, failed loads, script errors) */
	record Page(String dom, List<String> console) {
	}

	private HeadlessChromium() {
	}

	/** Skips (locally) or fails (with {@code CI=true}) when Chromium is not installed. */
	static void require() {
		require(BINARY, System.getenv("CI"));
	}

	static void require(Path binary, String ci) {
		if (Files.isExecutable(binary)) {
			return;
		}
		String message = binary + " is missing: install it with `apt-get install -y chromium` (.ci/run does) to open the"
				+ " HTML notices in a browser";
		if ("true".equals(ci)) {
			fail(message);
		}
		Assumptions.abort(message);
	}

	static Page open(Path page, Path work) throws IOException, InterruptedException {
		Path profile = Files.createDirectories(work.resolve("chromium-profile"));
		Path out = work.resolve("dom.html");
		Path err = work.resolve("chromium.log");
		Process process = new ProcessBuilder(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
				"--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--no-first-run", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0", "--dump-dom",
				page.toUri().toString()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			fail("chromium did not finish in 120 s; its log: " + err);
		}
		String log = Files.readString(err, StandardCharsets.UTF_8);
		if (process.exitValue() != 0) {
			fail("chromium exited with " + process.exitValue() + ":\n" + log);
		}
		List<String> console = log.lines().filter(line -> CONSOLE.matcher(line).find()).toList();
		return new Page(Files.readString(out, StandardCharsets.UTF_8), console);
	}
}
