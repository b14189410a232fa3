// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

/**
 * Android's own resource compiler (Debian's {@code aapt} with {@code android-framework-res}, which
 * {@code .ci/run} installs) turns a text manifest into the binary form APKs carry. Locally, without
 * them, the tests that need it are skipped; with {@code CI=true} they fail instead.
 */
public final class Aapt {

    public static final Path FRAMEWORK = Path.of("/usr/share/android-framework-res/framework-res.apk");

    private Aapt() {}

    public static boolean available() {
        return Files.isRegularFile(FRAMEWORK) && onPath("aapt");
    }

    public static void require() {
        if ("true".equals(System.getenv("CI"))) {
            assertEquals(true, available(), "CI needs aapt and android-framework-res (.ci/run installs them)");
        }
        assumeTrue(
                available(),
                "aapt or android-framework-res is not installed (apt-get install aapt android-framework-res)");
    }

    /** An APK holding only the binary form of a manifest written as text. */
    public static Path apk(Path dir, String manifest) {
        try {
            Files.createDirectories(dir);
            Path text = Files.writeString(dir.resolve("AndroidManifest.xml"), manifest, StandardCharsets.UTF_8);
            Path apk = dir.resolve("manifest-only.apk");
            Process process = new ProcessBuilder(
                            "aapt",
                            "package",
                            "-f",
                            "-M",
                            text.toString(),
                            "-I",
                            FRAMEWORK.toString(),
                            "-F",
                            apk.toString())
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, process.waitFor(), output);
            return apk;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The binary manifest aapt wrote. */
    public static byte[] binaryManifest(Path dir, String manifest) {
        try (ZipFile zip = new ZipFile(apk(dir, manifest).toFile())) {
            return zip.getInputStream(zip.getEntry("AndroidManifest.xml")).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
