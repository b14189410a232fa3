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
 * <li>{@link #pledgeEagerParallel}: the same, every dependency method body read up front (the scan before
 *     bodies were read when needed), for the comparison in the same run;</li>
 * <li>{@link #forbiddenApis}: the reference bytecode checker over the same jars with the same catalogue
 *     (no reachability, no data flow), for scale.</li>
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

    private Path classes;
    private List<Path> jars;
    private Policy policy;
    private String signatures;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
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
        signatures = CatalogueSignatures.signatures();
        ScanResult result = pledge(1);
        ScanResult eager = pledge(0, true);
        if (!result.findings().equals(eager.findings()) || !result.silenced().equals(eager.silenced())) {
            throw new IllegalStateException(
                    "reading bodies when needed changed the findings:\n" + result.findings() + "\n" + eager.findings());
        }
        Scans.ForbiddenApisRun forbidden = Scans.forbiddenApis(jars, signatures);
        System.out.printf(
                Locale.ROOT,
                "%n%d jars; pledge: %d classes, %d methods, %d findings, %d in unreachable dependency code;"
                        + " forbidden-apis: %d classes, %d violations%n",
                jars.size(),
                result.stats().classes(),
                result.stats().methods(),
                result.findings().size(),
                result.count(SilencedFinding.Why.UNREACHABLE),
                forbidden.classes(),
                forbidden.violations());
    }

    private ScanResult pledge(int threads) throws ScanException {
        return pledge(threads, false);
    }

    private ScanResult pledge(int threads, boolean eager) throws ScanException {
        return new Scanner()
                .scan(new ScanRequest(
                        policy,
                        List.of(classes),
                        ScanOptions.defaults().withThreads(threads).withEagerDependencyCode(eager),
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
    public ScanResult pledgeEagerParallel() throws Exception {
        return pledge(0, true);
    }

    @Benchmark
    public Scans.ForbiddenApisRun forbiddenApis() throws Exception {
        return Scans.forbiddenApis(jars, signatures);
    }
}
