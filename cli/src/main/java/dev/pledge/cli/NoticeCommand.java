// SPDX-License-Identifier: Apache-2.0
package dev.pledge.cli;

import dev.pledge.dsl.load.Finding;
import dev.pledge.generator.GeneratorException;
import dev.pledge.generator.model.Policy;
import dev.pledge.generator.notice.NoticeFormat;
import dev.pledge.generator.notice.NoticeGenerator;
import dev.pledge.generator.notice.NoticeWarning;
import dev.pledge.generator.notice.ReviewChecklist;
import dev.pledge.generator.notice.ReviewItem;
import dev.pledge.generator.notice.WrittenNotices;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pledge notice [--format F] [--lang L] [--previous OLD] --out DIR POLICY...}: privacy
 * notices for people and legal teams, one file per language and format ({@code <policy>.<lang>.<ext>}),
 * all written or none. Texts without a translation are shown in English and reported as warnings;
 * they do not fail the command.
 */
@Command(
        name = "notice",
        header = "Write privacy notices (HTML, Markdown, text) in each language",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "Write privacy notices: a one-page summary table, then the full notice; with "
                    + "--previous, a \"what changed\" section. One file per language and format, named "
                    + "<policy>.<lang>.<ext>:",
            "  html   one self-contained page (inline CSS, no script): open or print it",
            "  md     Markdown (CommonMark with GitHub tables)",
            "  text   plain UTF-8 text",
            "Texts the policy does not translate are shown in English, with a warning.",
            "With --review, also the review checklist <policy>.review.md for the legal team."
        },
        exitCodeListHeading = ExitCode.HEADING,
        exitCodeList = {ExitCode.OK_LINE, ExitCode.FINDINGS_LINE, ExitCode.USAGE_LINE, ExitCode.INTERNAL_LINE})
final class NoticeCommand implements Callable<Integer> {

    @Option(
            names = "--format",
            defaultValue = "html",
            split = ",",
            paramLabel = "FORMAT",
            description = "html (default), md, text or all; several separated by commas.")
    List<String> formats;

    @Option(
            names = "--lang",
            defaultValue = "all",
            split = ",",
            paramLabel = "LANG",
            description = "en, zh, ru or all (default); several separated by commas.")
    List<String> languages;

    @Option(
            names = "--previous",
            paramLabel = "OLD_POLICY",
            description =
                    "The previous version of the policy (a *.pledge file or a folder): adds a \"what changed\" section.")
    Path previous;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "DIR",
            description = "Folder to write the notices into (created when its parent exists).")
    Path outDir;

    @Option(
            names = "--all-warnings",
            description =
                    "List every missing translation; by default each kind and language shows its first and a count.")
    boolean allWarnings;

    @Option(
            names = {"--policy-id", "--policy"},
            paramLabel = "NAME",
            description =
                    "The policy to write notices for, when the files declare several (default: the one no other extends).")
    String policy;

    @Option(
            names = "--review",
            description = {
                "Also write the review checklist <policy>.review.md next to the notices and print it: each element",
                "of GDPR Art. 12-14 and 21(4) present, partial, absent or not applicable, where the notice gives it",
                "and what to add to the policy, for the legal team's sign-off."
            })
    boolean review;

    @Parameters(arity = "1..*", paramLabel = "POLICY", description = "*.pledge files, or folders to search for them.")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Set<NoticeFormat> chosenFormats;
        List<String> chosenLanguages;
        try {
            chosenFormats = formats(formats);
            chosenLanguages = languages(languages);
        } catch (IllegalArgumentException e) {
            return Console.fail(err, e.getMessage());
        }
        Policy view;
        Policy old = null;
        List<Finding> findings;
        try {
            PolicyInput.Loaded loaded = PolicyInput.loaded(paths, policy, err, "No notice written");
            view = loaded.view();
            findings = loaded.findings();
            if (previous != null) {
                old = PolicyInput.load(
                        List.of(previous),
                        null,
                        err,
                        "No notice written (the previous version has errors)",
                        ": give --previous a file or folder of one policy");
            }
        } catch (PolicyInput.Stop stop) {
            return stop.exitCode;
        }
        try {
            AtomicFiles.checkFolder(outDir);
            Path here = Path.of("").toAbsolutePath();
            List<ReviewItem> checklist = review ? ReviewChecklist.of(view, findings, here) : List.of();
            WrittenNotices written = new NoticeGenerator()
                    .write(
                            view,
                            old,
                            chosenFormats,
                            chosenLanguages,
                            outDir,
                            review ? ReviewChecklist.markdown(view, checklist, here) : null);
            checklist.forEach(item -> out.println(line(item)));
            written.files().forEach(file -> out.println(Finding.display(file.toAbsolutePath(), here)));
            if (allWarnings) {
                written.warnings()
                        .forEach(warning -> err.println("pledge: " + ReportOptions.oneLine(warning.format(here))));
            } else {
                NoticeWarning.group(written.warnings())
                        .forEach(group -> err.println(
                                "pledge: " + ReportOptions.oneLine(group.format(here, "--all-warnings lists them"))));
            }
            int files = written.files().size() - (review ? 1 : 0);
            int warnings = written.warnings().size();
            out.println("Wrote " + files + (files == 1 ? " notice" : " notices") + " for policy " + view.id()
                    + " (version "
                    + view.info().version() + ") in " + String.join(", ", chosenLanguages)
                    + (old == null
                            ? ""
                            : ", with what changed since version " + old.info().version())
                    + (review ? ", and the review checklist " + ReviewChecklist.fileName(view) : "") + ": " + warnings
                    + (warnings == 1 ? " warning." : " warnings."));
            out.flush();
            err.flush();
            return out.checkError() ? Console.fail(err, "cannot write to standard output") : ExitCode.OK;
        } catch (GeneratorException | IOException e) {
            return Console.fail(err, e.getMessage());
        }
    }

    /**
     * {@code absent   Art. 13(1)(b)  Contact details of the data protection officer}, then what to
     * add, indented.
     */
    static String line(ReviewItem item) {
        StringBuilder line = new StringBuilder(
                String.format(Locale.ROOT, "%-8s %-14s %s", item.status().label(), item.article(), item.element()));
        item.toAdd()
                .forEach(add -> line.append(System.lineSeparator())
                        .append("           ")
                        .append(ReportOptions.oneLine(add)));
        return line.toString();
    }

    static Set<NoticeFormat> formats(List<String> names) {
        Set<NoticeFormat> formats = EnumSet.noneOf(NoticeFormat.class);
        for (String name : names) {
            String wanted = name.strip().toLowerCase(Locale.ROOT);
            if (wanted.equals("all")) {
                formats.addAll(EnumSet.allOf(NoticeFormat.class));
                continue;
            }
            try {
                formats.add(NoticeFormat.of(wanted));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "unknown notice format '" + ReportOptions.oneLine(name) + "': use html, md, text or all");
            }
        }
        return formats;
    }

    static List<String> languages(List<String> names) {
        Set<String> languages = new LinkedHashSet<>();
        for (String name : names) {
            String wanted = name.strip().toLowerCase(Locale.ROOT);
            if (wanted.equals("all")) {
                languages.addAll(NoticeGenerator.languages());
            } else if (NoticeGenerator.languages().contains(wanted)) {
                languages.add(wanted);
            } else {
                throw new IllegalArgumentException("unknown notice language '" + ReportOptions.oneLine(name) + "': use "
                        + String.join(", ", NoticeGenerator.languages()) + " or all");
            }
        }
        return new ArrayList<>(languages);
    }

    /** The output folder: kept when it exists, created when only its last part is missing. */
}
