// SPDX-License-Identifier: Apache-2.0
package dev.pledge.cli;

import dev.pledge.dsl.load.Finding;
import dev.pledge.generator.GeneratedFiles;
import dev.pledge.generator.GeneratorException;
import dev.pledge.generator.export.ExportFile;
import dev.pledge.generator.export.ExportFormat;
import dev.pledge.generator.export.Exports;
import dev.pledge.generator.export.Mappings;
import dev.pledge.generator.model.Policy;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pledge export --format F --out DIR POLICY...}: the policy as machine-readable files. Each
 * file is written whole or not at all; what a format cannot say (names its mapping tables do not
 * list, answers a policy does not give) is printed as a warning and does not fail the command.
 */
@Command(
        name = "export",
        header = "Export a policy as JSON, DPV, Play data safety or Apple manifest",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "Export a policy as machine-readable files:",
            "  json   pledge-policy.json (Pledge JSON, described by a JSON Schema)",
            "  dpv    pledge-policy.dpv.jsonld (W3C Data Privacy Vocabulary, JSON-LD)",
            "  play   play-data-safety.csv (Google Play Console data safety answers)",
            "  apple  PrivacyInfo.xcprivacy (Apple privacy manifest)",
            "  all    every one of them"
        },
        exitCodeListHeading = ExitCode.HEADING,
        exitCodeList = {ExitCode.OK_LINE, ExitCode.FINDINGS_LINE, ExitCode.USAGE_LINE, ExitCode.INTERNAL_LINE})
final class ExportCommand implements Callable<Integer> {

    @Option(
            names = "--format",
            required = true,
            split = ",",
            paramLabel = "FORMAT",
            description = "json, dpv, play, apple or all; several separated by commas.")
    List<String> formats;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "DIR",
            description = "Folder to write the files into (created when its parent exists).")
    Path outDir;

    @Option(
            names = {"--policy-id", "--policy"},
            paramLabel = "NAME",
            description = "The policy to export, when the files declare several (default: the one no other extends).")
    String policy;

    @Option(
            names = "--mappings",
            paramLabel = "DIR",
            description =
                    "Folder with data-types.tsv and/or purposes.tsv whose rows add to and replace the built-in mapping tables.")
    Path mappingsDir;

    @Parameters(arity = "1..*", paramLabel = "POLICY", description = "*.pledge files, or folders to search for them.")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Set<ExportFormat> chosen;
        try {
            chosen = formats(formats);
        } catch (IllegalArgumentException e) {
            return Console.fail(err, e.getMessage());
        }
        Policy view;
        try {
            view = PolicyInput.load(paths, policy, err, "Nothing exported");
        } catch (PolicyInput.Stop stop) {
            return stop.exitCode;
        }
        try {
            Mappings mappings = mappingsDir == null ? Mappings.builtIn() : mappings(mappingsDir);
            List<ExportFile> files = Exports.export(view, chosen, mappings);
            AtomicFiles.checkFolder(outDir);
            Path here = Path.of("").toAbsolutePath();
            List<String> warnings = new ArrayList<>();
            Map<Path, byte[]> contents = new LinkedHashMap<>();
            for (ExportFile file : files) {
                contents.put(outDir.resolve(file.name()), file.content().getBytes(StandardCharsets.UTF_8));
                warnings.addAll(file.warnings());
            }
            // every format or none: a failure on the third file leaves the first two as they were
            for (Path target : GeneratedFiles.write(contents, "the exports")) {
                out.println(Finding.display(target.toAbsolutePath(), here));
            }
            for (String warning : warnings) {
                err.println("pledge: warning: " + ReportOptions.oneLine(warning));
            }
            out.println(
                    "Exported " + files.size() + (files.size() == 1 ? " file" : " files") + " for policy " + view.id()
                            + " (version " + view.info().version() + "): " + warnings.size()
                            + (warnings.size() == 1 ? " warning." : " warnings."));
            out.flush();
            err.flush();
            return out.checkError() ? Console.fail(err, "cannot write to standard output") : ExitCode.OK;
        } catch (GeneratorException | IOException e) {
            return Console.fail(err, e.getMessage());
        }
    }

    static Set<ExportFormat> formats(List<String> names) {
        Set<ExportFormat> formats = EnumSet.noneOf(ExportFormat.class);
        for (String name : names) {
            String wanted = name.strip().toLowerCase(Locale.ROOT);
            if (wanted.equals("all")) {
                formats.addAll(EnumSet.allOf(ExportFormat.class));
                continue;
            }
            ExportFormat format = null;
            for (ExportFormat candidate : ExportFormat.values()) {
                if (candidate.id().equals(wanted)) {
                    format = candidate;
                }
            }
            if (format == null) {
                throw new IllegalArgumentException("unknown export format '" + ReportOptions.oneLine(name)
                        + "': use json, dpv, play, apple or all");
            }
            formats.add(format);
        }
        return formats;
    }

    private static Mappings mappings(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + ": --mappings needs a folder holding data-types.tsv and/or purposes.tsv");
        }
        try {
            return Mappings.builtIn().withOverrides(dir);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** The output folder: kept when it exists, created when only its last part is missing. */

    /** Prints every finding and a summary ending in {@code what}; returns {@link ExitCode#FINDINGS}. */
}
