// SPDX-License-Identifier: Apache-2.0
package dev.pledge.benchmarks.notice;

import dev.pledge.dsl.load.LoadResult;
import dev.pledge.dsl.load.PolicyLoader;
import dev.pledge.generator.SyntheticPolicy;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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
 * What {@code pledge check} costs as policies grow, warm: parse, link and validate ({@link PolicyLoader#load}) of
 * <ul>
 * <li>{@code synthetic-1}, {@code synthetic-10}, {@code synthetic-100}: {@link SyntheticPolicy} at 1x, 10x and 100x
 * the Xiaomi example's declarations (96 to 9,600 data items, 52 to 5,200 purposes, 48 to 4,800 parties);</li>
 * <li>{@code category-200}, {@code category-2000}, {@code category-20000}: one category with that many data items,
 * all used by one purpose (the shape that checked in quadratic time: 209 s for 20,000 items).</li>
 * </ul>
 * Linear time means about 10x per 10x. Run: {@code java -jar benchmarks/target/benchmarks.jar CheckScaleBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx2g"})
public class CheckScaleBenchmark {

    @Param({"synthetic-1", "synthetic-10", "synthetic-100", "category-200", "category-2000", "category-20000"})
    public String policy;

    private Path temporary;
    private Path input;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        temporary = Files.createTempDirectory("pledge-scale-");
        int size = Integer.parseInt(policy.substring(policy.indexOf('-') + 1));
        input = policy.startsWith("synthetic-")
                ? SyntheticPolicy.write(temporary, size)
                : oneCategory(temporary.resolve("category.pledge"), size);
        LoadResult result = new PolicyLoader().load(List.of(input));
        if (result.hasErrors()) {
            throw new IllegalStateException(
                    policy + " has errors: " + result.findings().get(0));
        }
    }

    /** A policy whose one category holds {@code items} data items, all used by one purpose. */
    static Path oneCategory(Path file, int items) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("policy big \"One big category\" { version \"1\" }\n");
            out.write("category things \"Things\" {\n");
            for (int i = 0; i < items; i++) {
                out.write("  data item-" + i + " \"Item " + i + "\" { description \"What item " + i + " is.\" }\n");
            }
            out.write("}\npurpose use-them \"Use them\" { basis contract uses things retention 30 days }\n");
        }
        return file;
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (Stream<Path> files = Files.walk(temporary)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Benchmark
    public LoadResult check() throws Exception {
        return new PolicyLoader().load(List.of(input));
    }
}
