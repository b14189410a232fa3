// SPDX-License-Identifier: Apache-2.0
package dev.pledge.benchmarks.scan;

import de.thetaphi.forbiddenapis.Checker;
import de.thetaphi.forbiddenapis.ForbiddenApiException;
import de.thetaphi.forbiddenapis.Logger;
import de.thetaphi.forbiddenapis.ParseException;
import dev.pledge.generator.model.Policy;
import dev.pledge.scanner.ScanException;
import dev.pledge.scanner.ScanOptions;
import dev.pledge.scanner.ScanRequest;
import dev.pledge.scanner.Scanner;
import dev.pledge.scanner.report.ScanResult;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipFile;

/** One whole scan of the jars by each tool, from reading the jars to the verdict. */
final class Scans {

    /** What a forbidden-apis run checked and found. */
    record ForbiddenApisRun(int classes, int violations) {}

    private Scans() {}

    static ScanResult pledge(Policy policy, List<Path> jars, int threads) throws ScanException {
        return new Scanner()
                .scan(new ScanRequest(policy, jars, ScanOptions.defaults().withThreads(threads)));
    }

    /**
     * forbidden-apis as its Maven and Gradle plugins use it: a {@link Checker} with the jars as its
     * class path (to look up supertypes), the signatures, and every class of the jars to check.
     */
    static ForbiddenApisRun forbiddenApis(List<Path> jars, String signatures)
            throws IOException, ParseException, ForbiddenApiException {
        URL[] urls = new URL[jars.size()];
        for (int i = 0; i < urls.length; i++) {
            urls[i] = jars.get(i).toUri().toURL();
        }
        CountingLogger logger = new CountingLogger();
        try (URLClassLoader loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader())) {
            Checker checker =
                    new Checker(logger, loader, EnumSet.of(Checker.Option.IGNORE_SIGNATURES_OF_MISSING_CLASSES));
            checker.parseSignaturesString(signatures);
            int classes = 0;
            for (Path jar : jars) {
                try (ZipFile zip = new ZipFile(jar.toFile())) {
                    for (String name : ScanJars.classEntries(zip)) {
                        try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
                            checker.streamReadClassToCheck(in, jar + "!/" + name);
                            classes++;
                        }
                    }
                }
            }
            checker.run();
            return new ForbiddenApisRun(classes, logger.violations.get());
        }
    }

    /**
     * Counts violations (each starts with a "Forbidden ..." line: an error with FAIL_ON_VIOLATION,
     * else a warning), prints nothing.
     */
    private static final class CountingLogger implements Logger {
        final AtomicInteger violations = new AtomicInteger();

        @Override
        public void error(String message) {
            count(message);
        }

        @Override
        public void warn(String message) {
            count(message);
        }

        private void count(String message) {
            if (message.startsWith("Forbidden ")) {
                violations.incrementAndGet();
            }
        }

        @Override
        public void info(String message) {}

        @Override
        public void debug(String message) {}
    }
}
