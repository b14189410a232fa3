// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner;

import dev.pledge.scanner.catalogue.Catalogue;
import dev.pledge.scanner.catalogue.CatalogueException;
import dev.pledge.scanner.catalogue.CatalogueParser;
import dev.pledge.scanner.model.ScanRule;
import dev.pledge.scanner.report.Baseline;
import dev.pledge.scanner.report.ScanResult;
import dev.pledge.scanner.report.SdkInventory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Scans compiled classes and jars against a policy: the build gate's core, shared by the
 * {@code pledge scan} command and the Maven plugin. Thread-safe: one instance may run several
 * scans at once; each scan keeps its state to itself.
 *
 * <pre>{@code
 * Policy policy = PolicyViews.of(new PolicyLoader().load(policyFiles), null);
 * ScanResult result = new Scanner(logger).scan(new ScanRequest(policy, List.of(classesDir, appJar)));
 * result.findings().forEach(f -> System.out.println(f.format(base)));
 * System.out.println(result.summary());
 * }</pre>
 */
public final class Scanner {

    /** The built-in catalogue, read when first needed ({@link #prepare} may start that early). */
    private static final class BuiltIn {
        static final Catalogue CATALOGUE = CatalogueParser.builtIn();
    }

    private final ScanLogger logger;

    /**
     * Starts reading the built-in catalogue (about 0.2 s) on a thread of its own, so that a command can load its
     * policy meanwhile: a scan needs both, and loading a policy keeps one core busy. A scan that starts before the
     * catalogue is read waits for it; one that fails to read it fails as it would have.
     */
    public static void prepare() {
        Thread reading = new Thread(
                () -> {
                    try {
                        Objects.requireNonNull(BuiltIn.CATALOGUE);
                    } catch (Throwable e) {
                        // the scan meets the same failure itself, and reports it
                    }
                },
                "pledge-catalogue");
        reading.setDaemon(true);
        reading.start();
    }

    /** A scanner that logs nothing. */
    public Scanner() {
        this(ScanLogger.SILENT);
    }

    public Scanner(ScanLogger logger) {
        this.logger = Objects.requireNonNull(logger, "logger");
    }

    /**
     * Reads every class of the request's roots and checks it against the policy. Never skips what it
     * cannot read: a missing root, an unreadable jar or a corrupt class file is an
     * {@link ScanRule#UNREADABLE_CLASS} error finding.
     *
     * @throws ScanException if a catalogue file cannot be read or is malformed
     */
    public ScanResult scan(ScanRequest request) throws ScanException {
        Objects.requireNonNull(request, "request");
        Catalogue catalogue = catalogue(request.options());
        Baseline baseline = baseline(request.options());
        return withinMemory(() -> ScanRun.run(request, catalogue, baseline, logger));
    }

    /**
     * Lists the third-party SDKs of the request's roots, εxodus-style, and says which ones the policy
     * declares: the SDKs whose classes the input holds (bundled jars, DEX files of an APK) and those
     * its code calls. {@code pledge sdks}.
     *
     * @throws ScanException if a catalogue file cannot be read or is malformed
     */
    public SdkInventory inventory(ScanRequest request) throws ScanException {
        Objects.requireNonNull(request, "request");
        Catalogue catalogue = catalogue(request.options());
        return withinMemory(() -> Inventory.build(request, catalogue, ScanRun.run(request, catalogue, null, logger)));
    }

    /**
     * The SDKs in the roots, checked against no policy: what the catalogue knows of each and where it was found (an
     * audit of a package before a policy covers it). {@link SdkInventory#policy()} is then "".
     */
    public SdkInventory inventory(List<Path> roots, ScanOptions options) throws ScanException {
        return inventory(new ScanRequest(Inventory.NO_POLICY, roots, options));
    }

    /**
     * Runs a scan, turning running out of memory (on this thread or one reading classes) into a {@link ScanException}
     * that says how much memory Java had and how to give it more: what was built is garbage by then.
     */
    private static <T> T withinMemory(java.util.function.Supplier<T> scan) throws ScanException {
        try {
            return scan.get();
        } catch (OutOfMemoryError e) {
            long mib = Runtime.getRuntime().maxMemory() / (1024 * 1024);
            throw new ScanException(
                    "out of memory: the scan needed more than the " + mib + " MiB Java may use here; give it more"
                            + " (PLEDGE_JAVA_OPTS=-Xmx4g for the pledge command, MAVEN_OPTS=-Xmx4g for Maven)",
                    e);
        }
    }

    private static Catalogue catalogue(ScanOptions options) throws ScanException {
        Catalogue catalogue = options.builtInCatalogue() ? BuiltIn.CATALOGUE : Catalogue.EMPTY;
        try {
            return catalogue.plus(CatalogueParser.read(options.catalogues()));
        } catch (CatalogueException e) {
            throw new ScanException(e.getMessage(), e);
        }
    }

    /** The baseline the options name, or null. */
    private static Baseline baseline(ScanOptions options) throws ScanException {
        if (options.baseline() == null) {
            return null;
        }
        try {
            return Baseline.read(options.baseline());
        } catch (IOException e) {
            throw new ScanException("cannot read the baseline: " + e.getMessage(), e);
        }
    }
}
