// SPDX-License-Identifier: Apache-2.0
package dev.pledge.benchmarks.scan;

import dev.pledge.dsl.load.PolicyLoader;
import dev.pledge.generator.model.Policy;
import dev.pledge.generator.model.PolicyViews;
import dev.pledge.scanner.ScanException;
import dev.pledge.scanner.ScanOptions;
import dev.pledge.scanner.ScanRequest;
import dev.pledge.scanner.Scanner;
import dev.pledge.scanner.model.SilencedFinding;
import dev.pledge.scanner.report.ScanResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The build gate on a Spring Boot application, as the Maven plugin runs it with
 * {@code includeDependencies}: the application's classes ({@code benchmarks/spring-boot-app}, a lending
 * library of our own: JPA entities, Spring Data repositories, MVC controllers, mail, Segment) and its
 * runtime jars from Maven Central (Spring Boot 4.0.3 web MVC, data JPA with Hibernate, Thymeleaf,
 * validation, actuator, cache, mail, H2, the Segment SDK: 120 jars, about 36,000 classes), checked against
 * its policy, in a 512 MB heap. Each operation is one whole scan: open the jars, read and parse every
 * class, link, classify the domain data, compute reachability from the application's code, run the data
 * flow, check, and build the data map.
 *
 * <ul>
 * <li>{@link #pledge}: one thread;</li>
 * <li>{@link #pledgeParallel}: one reading thread per processor (the default);</li>
 * <li>{@link #pledgeLazyParallel}: the same, dependency method bodies read only when needed
 *     ({@code ScanOptions.withLazyDependencyCode}), for the comparison in the same run;</li>
 * <li>{@link #forbiddenApis}: the reference bytecode checker over the same jars with the same catalogue
 *     (no reachability, no data flow), for scale;</li>
 * <li>{@link #baselineParallel}: the scan of another build, {@code -Dpledge.springboot.baseline=<its pledge.jar>}
 *     (loaded in a class loader of its own, {@link BaselineScanner}), with its default threads: today's scan
 *     and an earlier one measured in the same run ({@code tools/spring-bench/run.sh} builds the jar of the scan
 *     before the speed work of issue #13 and passes it, with {@code -jvmArgsAppend}). Without the property this
 *     benchmark fails in its setup.</li>
 * </ul>
 * Build the application and list its jars, then run from the repository root (docs/scanner.md, "Speed"):
 * {@code java -jar benchmarks/target/benchmarks.jar SpringBootScanBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4)
@Measurement(iterations = 8)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class SpringBootScanBenchmark {

    /** The application's folder: its {@code target/classes}, {@code target/runtime-jars.txt}, {@code src/main/pledge}. */
    static final String APP = "pledge.springboot.app";
    /** Another build's {@code pledge.jar}, for {@link #baselineParallel}. */
    static final String BASELINE = "pledge.springboot.baseline";

    private Path classes;
    private List<Path> jars;
    private Policy policy;
    private String signatures;
    private BaselineScanner baseline;

    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) throws Exception {
        Path app = Path.of(System.getProperty(APP, "benchmarks/spring-boot-app"));
        classes = app.resolve("target/classes");
        Path list = app.resolve("target/runtime-jars.txt");
        if (!Files.isDirectory(classes) || !Files.isRegularFile(list)) {
            throw new IllegalStateException(
                    app.toAbsolutePath() + " is not built: run ./mvnw -f " + app.resolve("pom.xml")
                            + " package dependency:build-classpath -Dmdep.includeScope=runtime"
                            + " -Dmdep.outputFile=target/runtime-jars.txt (or give -D" + APP + "=<its folder>)");
        }
        jars = ScanJars.fromFile(list);
        policy = PolicyViews.of(new PolicyLoader().load(List.of(app.resolve("src/main/pledge"))), null);
        // each benchmark's fork checks and prepares only what it measures: under load a full setup took minutes
        String benchmark = params.getBenchmark();
        ScanResult result = pledge(0);
        String compared = "";
        if (benchmark.endsWith(".pledgeLazyParallel")) {
            ScanResult lazy = pledge(0, true);
            if (!result.findings().equals(lazy.findings()) || !result.silenced().equals(lazy.silenced())) {
                throw new IllegalStateException("reading bodies when needed changed the findings:\n" + result.findings()
                        + "\n" + lazy.findings());
            }
        } else if (benchmark.endsWith(".baselineParallel")) {
            String baselineJar = System.getProperty(BASELINE);
            if (baselineJar == null) {
                throw new IllegalStateException(
                        "give -jvmArgsAppend \"-Xms512m -Xmx512m -D" + BASELINE + "=<the other build's pledge.jar>\"");
            }
            baseline = new BaselineScanner(
                    Path.of(baselineJar), app.resolve("src/main/pledge"), List.of(classes), jars, 0);
            int before = BaselineScanner.findings(baseline.scan());
            if (before != result.findings().size()) {
                throw new IllegalStateException("the baseline build finds " + before + " findings, this one "
                        + result.findings().size());
            }
            compared = "; the baseline " + baselineJar + " finds the same number";
        } else if (benchmark.endsWith(".forbiddenApis")) {
            signatures = CatalogueSignatures.signatures();
            Scans.ForbiddenApisRun forbidden = Scans.forbiddenApis(jars, signatures);
            compared = String.format(
                    Locale.ROOT,
                    "; forbidden-apis: %d classes, %d violations",
                    forbidden.classes(),
                    forbidden.violations());
        }
        System.out.printf(
                Locale.ROOT,
                "%n%d jars; pledge: %d classes, %d methods, %d findings, %d in unreachable dependency code%s%n",
                jars.size(),
                result.stats().classes(),
                result.stats().methods(),
                result.findings().size(),
                result.count(SilencedFinding.Why.UNREACHABLE),
                compared);
    }

    private ScanResult pledge(int threads) throws ScanException {
        return pledge(threads, false);
    }

    private ScanResult pledge(int threads, boolean lazy) throws ScanException {
        return new Scanner()
                .scan(new ScanRequest(
                        policy,
                        List.of(classes),
                        ScanOptions.defaults().withThreads(threads).withLazyDependencyCode(lazy),
                        jars));
    }

    @Benchmark
    public ScanResult pledge() throws Exception {
        return pledge(1);
    }

    @Benchmark
    public ScanResult pledgeParallel() throws Exception {
        return pledge(0);
    }

    @Benchmark
    public ScanResult pledgeLazyParallel() throws Exception {
        return pledge(0, true);
    }

    @Benchmark
    public Object baselineParallel() throws Exception {
        return baseline.scan();
    }

    @Benchmark
    public Scans.ForbiddenApisRun forbiddenApis() throws Exception {
        return Scans.forbiddenApis(jars, signatures);
    }
}
