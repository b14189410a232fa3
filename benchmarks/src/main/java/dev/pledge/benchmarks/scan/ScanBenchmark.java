// SPDX-License-Identifier: Apache-2.0
package dev.pledge.benchmarks.scan;

import dev.pledge.dsl.load.LoadResult;
import dev.pledge.dsl.load.PolicyLoader;
import dev.pledge.generator.model.Policy;
import dev.pledge.generator.model.PolicyViews;
import dev.pledge.scanner.report.ScanResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The build gate's speed: Pledge's scanner against forbidden-apis (3.10, the reference bytecode
 * checker), in the same run, over the same jars (system property {@code pledge.scan.jars}: the
 * project's own dependency jars, tens of thousands of classes) with the same catalogue
 * ({@link CatalogueSignatures}). Each operation is one whole scan: open the jars, read and parse
 * every class, check it. Pledge also builds its call graph, checks against the Xiaomi 2021 policy
 * and builds the data map.
 *
 * <ul>
 * <li>{@link #pledge}: one thread, as forbidden-apis;</li>
 * <li>{@link #pledgeParallel}: one reading thread per processor (the default);</li>
 * <li>{@link #forbiddenApis}: {@code Checker} over the jars, the jars also its class path.</li>
 * </ul>
 * Run from the repository root (docs/scanner.md):
 * {@code java -Dpledge.scan.jars=target/scan-jars.txt -jar benchmarks/target/benchmarks.jar ScanBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4)
@Measurement(iterations = 8)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ScanBenchmark {

    private List<Path> jars;
    private Policy policy;
    private String signatures;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        jars = ScanJars.fromProperty();
        Path xiaomi = Path.of(System.getProperty("pledge.xiaomi", "examples/xiaomi/2021"));
        if (!Files.isDirectory(xiaomi)) {
            throw new IllegalStateException(xiaomi.toAbsolutePath() + " does not exist: run from the repository root,"
                    + " or give -Dpledge.xiaomi=<folder of the Xiaomi 2021 policy>");
        }
        LoadResult loaded = new PolicyLoader().load(List.of(xiaomi));
        policy = PolicyViews.of(loaded, null);
        signatures = CatalogueSignatures.signatures();
        ScanResult pledge = Scans.pledge(policy, jars, 1);
        Scans.ForbiddenApisRun forbidden = Scans.forbiddenApis(jars, signatures);
        Set<String> apis = CatalogueSignatures.apis();
        long catalogueReads = pledge.dataMap().items().stream()
                .flatMap(i -> i.reads().stream())
                .filter(r -> apis.contains(r.api()))
                .map(r -> r.at().where() + ":" + r.at().line() + ":" + r.api())
                .distinct()
                .count();
        System.out.printf(
                Locale.ROOT,
                "%n%d jars; pledge: %d classes, %d methods, %d findings, %d reads of catalogue"
                        + " APIs; forbidden-apis: %d classes, %d violations%n",
                jars.size(),
                pledge.stats().classes(),
                pledge.stats().methods(),
                pledge.findings().size(),
                catalogueReads,
                forbidden.classes(),
                forbidden.violations());
    }

    @Benchmark
    public ScanResult pledge() throws Exception {
        return Scans.pledge(policy, jars, 1);
    }

    @Benchmark
    public ScanResult pledgeParallel() throws Exception {
        return Scans.pledge(policy, jars, 0);
    }

    @Benchmark
    public Scans.ForbiddenApisRun forbiddenApis() throws Exception {
        return Scans.forbiddenApis(jars, signatures);
    }
}
