// SPDX-License-Identifier: Apache-2.0
package dev.pledge.benchmarks.notice;

import dev.pledge.dsl.load.LoadResult;
import dev.pledge.dsl.load.PolicyLoader;
import dev.pledge.generator.SyntheticPolicy;
import dev.pledge.generator.export.ExportFormat;
import dev.pledge.generator.export.Exports;
import dev.pledge.generator.export.Mappings;
import dev.pledge.generator.model.Policy;
import dev.pledge.generator.model.PolicyViews;
import dev.pledge.generator.notice.NoticeFormat;
import dev.pledge.generator.notice.NoticeGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * From policy files to every output, warm: parse, link and validate ({@link PolicyLoader}), map to
 * the view ({@link PolicyViews}), then render every notice (HTML, Markdown, text in each language)
 * and every export (Pledge JSON, DPV, Play CSV, Apple manifest). Nothing is written to disk.
 *
 * <ul>
 * <li>{@code xiaomi}: the Xiaomi 2021 example ({@code examples/xiaomi/2021} below the working folder,
 * or the folder in system property {@code pledge.xiaomi});</li>
 * <li>{@code synthetic-1} / {@code synthetic-10}: {@link SyntheticPolicy} at 1x and 10x the
 * Xiaomi example's declarations.</li>
 * </ul>
 * {@link #all} is the whole pipeline; {@link #parseAndValidate} and {@link #generate} are its two halves.
 * Run: {@code java -jar benchmarks/target/benchmarks.jar PipelineBenchmark} from the repository root.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PipelineBenchmark {

    @Param({"xiaomi", "synthetic-1", "synthetic-10"})
    public String policy;

    private Path folder;
    private Path temporary;
    private Policy view;
    private final NoticeGenerator notices = new NoticeGenerator();
    private final Mappings mappings = Mappings.builtIn();

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        if (policy.equals("xiaomi")) {
            folder = Path.of(System.getProperty("pledge.xiaomi", "examples/xiaomi/2021"));
            if (!Files.isDirectory(folder)) {
                throw new IllegalStateException(
                        folder.toAbsolutePath() + " does not exist: run from the repository root,"
                                + " or give -Dpledge.xiaomi=<folder of the Xiaomi 2021 policy>");
            }
        } else {
            temporary = Files.createTempDirectory("pledge-synthetic-");
            folder = SyntheticPolicy.write(temporary, Integer.parseInt(policy.substring("synthetic-".length())));
        }
        view = load(folder);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        if (temporary != null) {
            try (Stream<Path> files = Files.walk(temporary)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    /** Loads and checks a policy folder and maps it; fails on policy errors. */
    static Policy load(Path folder) throws Exception {
        LoadResult result = new PolicyLoader().load(List.of(folder));
        return PolicyViews.of(result, null);
    }

    /** Every notice and every export of a view; returns their total length (so nothing is optimised away). */
    static long generate(Policy view, NoticeGenerator notices, Mappings mappings) {
        long length = 0;
        for (NoticeFormat format : NoticeFormat.values()) {
            for (String language : NoticeGenerator.languages()) {
                length += notices.render(view, format, language).text().length();
            }
        }
        for (ExportFormat format : ExportFormat.values()) {
            length += Exports.export(view, format, mappings).content().length();
        }
        return length;
    }

    @Benchmark
    public long all() throws Exception {
        return generate(load(folder), notices, mappings);
    }

    @Benchmark
    public Policy parseAndValidate() throws Exception {
        return load(folder);
    }

    @Benchmark
    public long generate() {
        return generate(view, notices, mappings);
    }
}
