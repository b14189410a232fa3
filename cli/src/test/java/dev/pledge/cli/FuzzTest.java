// SPDX-License-Identifier: Apache-2.0
package dev.pledge.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.pledge.dsl.validation.Rule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded mutation fuzzing of {@code pledge check}, in-process: {@value #MUTANTS} mutants of the example policies
 * and the README's language reference (read at run time, see {@link FuzzCorpus}), each checked as a user would
 * check it (the mutated file's folder, imports and all). For every mutant:
 *
 * <ul>
 *   <li>no exception escapes (exit 0 or 1, never 2 or 3), nothing resembling a stack trace is printed on the
 *       command's streams or on {@code System.out}/{@code System.err};</li>
 *   <li>every line but the summary is a finding {@code path:line:col: severity: message [rule-id]} with a known
 *       rule id (never {@code internal-error}), a position inside the file, no grammar internals
 *       ({@code RULE_STRING}, {@code <EOF>}) and no raw invisible character;</li>
 *   <li>of the mutants of whole policies that check without errors, a sample generates Java that javac
 *       compiles (a README block alone declares no policy, so there is nothing to generate from it).</li>
 * </ul>
 *
 * <p>{@code -Dpledge.fuzz.seed=N} and {@code -Dpledge.fuzz.mutants=N} rerun another or a longer campaign; a failing
 * mutant is kept in {@code target/fuzz-failures/} with the mutations that made it.
 */
class FuzzTest {

    static final int MUTANTS = Integer.getInteger("pledge.fuzz.mutants", 2_000);
    static final long SEED = Long.getLong("pledge.fuzz.seed", 20_261_206L);
    private static final int COMPILED_SAMPLES = 6;

    private static final Pattern FINDING = Pattern.compile(
            "(?<path>.+?):(?<line>\\d+):(?<col>\\d+): (?<severity>error|warning|info): (?<message>.+) \\[(?<rule>[a-z0-9-]+)]");
    private static final Pattern SUMMARY = Pattern.compile("Checked \\d+ files?: \\d+ errors?, \\d+ warnings?\\.");
    private static final Pattern STACK_TRACE = Pattern.compile(
            "\tat |\\bat [a-z]+\\.[a-z.]+[A-Z]\\w*\\.\\w+\\(|[A-Za-z]+(Exception|Error)\\b[:\\s]|\\b(java|javax|jdk|sun|org|com)\\.[a-z]+\\.[a-z]");
    private static final Pattern JARGON = Pattern.compile("RULE_|<EOF>|mismatched|viable alternative|EObject|EClass");

    @TempDir
    Path workspace;

    @Test
    void mutantsNeverCrashAndEveryFindingHasARuleAndAPosition() throws Exception {
        Path root = Path.of("..").toAbsolutePath().normalize();
        FuzzCorpus corpus = FuzzCorpus.load(root, workspace.resolve("seeds"));
        // a folder first, then a file in it: the large multi-file policies are one folder each, not one per file
        List<List<Path>> folders = new ArrayList<>(corpus.paths().stream()
                .collect(java.util.stream.Collectors.groupingBy(
                        Path::getParent, java.util.TreeMap::new, java.util.stream.Collectors.toList()))
                .values());
        Random random = new Random(SEED);
        FuzzMutator mutator = new FuzzMutator(random, corpus.texts());
        List<List<Path>> samples = new ArrayList<>();
        java.util.Map<String, Long> timing = new java.util.TreeMap<>();
        int clean = 0;
        long start = System.nanoTime();
        PrintStream systemOut = System.out;
        PrintStream systemErr = System.err;
        ByteArrayOutputStream stray = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(stray, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            System.setErr(capture);
            for (int i = 0; i < MUTANTS; i++) {
                List<Path> folder = folders.get(random.nextInt(folders.size()));
                Path seed = folder.get(random.nextInt(folder.size()));
                String original = corpus.files.get(seed);
                StringBuilder how = new StringBuilder();
                String mutant = mutator.mutate(original, how);
                Path file = workspace.resolve("seeds").resolve(seed);
                Files.write(file, mutant.getBytes(StandardCharsets.UTF_8)); // a lone surrogate becomes '?'
                long before = System.nanoTime();
                try {
                    Path checked = file.getParent();
                    Cli.Run run = Cli.pledge("check", checked.toString());
                    timing.merge(seed.getParent().toString(), System.nanoTime() - before, Long::sum);
                    String problem = problem(run, stray.toString(StandardCharsets.UTF_8));
                    if (problem != null) {
                        fail(keep(i, seed, mutant, how, problem + "\n--- output:\n" + run.out() + run.err() + stray));
                    }
                    if (run.exit() == 0
                            && !mutant.equals(original)
                            && !seed.toString().startsWith("readme-block-")) {
                        clean++;
                        if (clean % 7 == 1 && samples.size() < COMPILED_SAMPLES) {
                            String failed = generate(i, checked, samples);
                            if (failed != null) {
                                fail(keep(i, seed, mutant, how, failed + "\n--- System.out/err:\n" + stray));
                            }
                        }
                    }
                } finally {
                    Files.writeString(file, original, StandardCharsets.UTF_8);
                    stray.reset();
                }
            }
        } finally {
            System.setOut(systemOut);
            System.setErr(systemErr);
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        System.out.println("fuzz: " + MUTANTS + " mutants (seed " + SEED + ") in " + seconds + " s; " + clean
                + " checked without errors; compiling the Java of " + samples.size() + " of them; check time by seed"
                + " folder (ms): "
                + timing.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue() / 1_000_000)
                        .toList());
        assertTrue(!samples.isEmpty(), "some mutants must check clean, or the sample tests nothing");
        Javac.compile(samples.stream().flatMap(List::stream).toList(), workspace.resolve("classes"));
    }

    /** @return what is wrong with the run, or {@code null} */
    private static String problem(Cli.Run run, String stray) {
        if (run.exit() != 0 && run.exit() != 1) {
            return "exit " + run.exit() + " (an exception escaped, or an input problem for a policy file)";
        }
        for (String text : List.of(run.out(), run.err(), stray)) {
            if (STACK_TRACE.matcher(text).find()) {
                return "something like a stack trace was printed";
            }
        }
        if (!stray.isEmpty()) {
            return "printed on System.out/System.err, outside the command's streams";
        }
        List<String> lines = run.outLines();
        if (lines.isEmpty() || !SUMMARY.matcher(lines.get(lines.size() - 1)).matches()) {
            return "the last line is not the summary";
        }
        for (String line : lines.subList(0, lines.size() - 1)) {
            String wrong = wrongFinding(line);
            if (wrong != null) {
                return wrong + ": " + line;
            }
        }
        return null;
    }

    private static String wrongFinding(String line) {
        Matcher m = FINDING.matcher(line);
        if (!m.matches()) {
            return "not a finding line";
        }
        Rule rule = Rule.byId(m.group("rule"));
        if (rule == null || rule == Rule.INTERNAL_ERROR) {
            return "unknown or internal rule id";
        }
        if (Integer.parseInt(m.group("line")) < 1 || Integer.parseInt(m.group("col")) < 1) {
            return "no position";
        }
        Path file = Path.of(m.group("path"));
        if (Files.isRegularFile(file) && Integer.parseInt(m.group("line")) > lineCount(file) + 1) {
            return "line beyond the end of the file";
        }
        if (JARGON.matcher(m.group("message")).find()) {
            return "grammar internals in the message";
        }
        if (line.codePoints().anyMatch(c -> c != ' ' && (Character.isISOControl(c) || hiddenFormat(c)))) {
            return "a raw invisible character in the output";
        }
        return null;
    }

    private static boolean hiddenFormat(int c) {
        int type = Character.getType(c);
        return type == Character.FORMAT
                || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    private static int lineCount(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return (int) text.chars().filter(c -> c == '\n' || c == '\r').count();
        } catch (IOException e) {
            return Integer.MAX_VALUE;
        }
    }

    /** Generates the Java of a clean mutant into a package of its own; returns why it failed, or null. */
    private String generate(int mutant, Path policy, List<List<Path>> samples) throws IOException {
        Path out = workspace.resolve("generated");
        String pkg = "fuzz.m" + mutant;
        Cli.Run run = Cli.pledge("generate", "java", "--package", pkg, "--out", out.toString(), policy.toString());
        if (run.exit() != 0) {
            return "it checks clean but `generate java` exits " + run.exit() + ":\n" + run.out() + run.err();
        }
        try (Stream<Path> files = Files.list(out.resolve(pkg.replace('.', '/')))) {
            samples.add(files.filter(p -> p.toString().endsWith(".java")).toList());
        }
        return null;
    }

    /** Keeps a failing mutant in target/fuzz-failures and returns the failure message. */
    private static String keep(int index, Path seed, String mutant, StringBuilder how, String problem)
            throws IOException {
        Path folder = Path.of("target", "fuzz-failures");
        Files.createDirectories(folder);
        Path file = folder.resolve("mutant-" + SEED + "-" + index + ".pledge");
        Files.writeString(file, mutant, StandardCharsets.UTF_8);
        return "mutant " + index + " of seed " + SEED + " (" + seed + ": " + how + ") kept in " + file.toAbsolutePath()
                + ": " + problem;
    }
}
