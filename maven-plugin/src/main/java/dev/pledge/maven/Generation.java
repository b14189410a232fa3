// SPDX-License-Identifier: Apache-2.0
package dev.pledge.maven;

import dev.pledge.dsl.load.Finding;
import dev.pledge.dsl.load.PolicyLoader;
import dev.pledge.generator.GeneratorException;
import dev.pledge.generator.java.JavaGenerator;
import dev.pledge.generator.model.Policy;
import dev.pledge.generator.notice.NoticeFormat;
import dev.pledge.generator.notice.NoticeGenerator;
import dev.pledge.generator.notice.NoticeWarning;
import dev.pledge.generator.notice.ReviewChecklist;
import dev.pledge.generator.notice.WrittenNotices;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.maven.plugin.logging.Log;

/**
 * The {@code generate} goal's work: the policy's Java API and notices from the policy files,
 * skipped when neither the policy files nor the parameters changed since the last generation.
 */
final class Generation {

    /**
     * What to generate.
     *
     * @param root the reactor's root folder (the project folder in a build of one project): paths in
     *     printed lines are relative to it
     * @param policy the policy file or folder
     * @param policyId the policy to generate when the files declare several, or null
     * @param packageName the Java package of the generated API
     * @param javaOutput the generated-sources folder
     * @param noticeOutput the folder for notices
     * @param noticeFormats the notice formats ({@code html}, {@code md}, {@code text}); empty for no notices
     * @param noticeLanguages the notice languages; empty for the policy's languages that notices come in
     * @param stampFile where the input hash of the last generation is kept
     * @param noticeReview also write the review checklist ({@code <policy>.review.md}) next to the notices
     */
    record Request(
            Path root,
            Path policy,
            String policyId,
            String packageName,
            Path javaOutput,
            Path noticeOutput,
            List<String> noticeFormats,
            List<String> noticeLanguages,
            Path stampFile,
            boolean noticeReview) {

        /** Without the review checklist. */
        Request(
                Path root,
                Path policy,
                String policyId,
                String packageName,
                Path javaOutput,
                Path noticeOutput,
                List<String> noticeFormats,
                List<String> noticeLanguages,
                Path stampFile) {
            this(
                    root,
                    policy,
                    policyId,
                    packageName,
                    javaOutput,
                    noticeOutput,
                    noticeFormats,
                    noticeLanguages,
                    stampFile,
                    false);
        }

        Request {
            Objects.requireNonNull(root, "root");
            Objects.requireNonNull(policy, "policy");
            Objects.requireNonNull(javaOutput, "javaOutput");
            Objects.requireNonNull(noticeOutput, "noticeOutput");
            noticeFormats = List.copyOf(noticeFormats);
            noticeLanguages = List.copyOf(noticeLanguages);
            Objects.requireNonNull(stampFile, "stampFile");
        }

        /** Everything besides the policy files that changes what is generated. */
        Map<String, String> parameters() {
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put("policyId", String.valueOf(policyId));
            parameters.put("packageName", String.valueOf(packageName));
            parameters.put("javaOutput", javaOutput.toAbsolutePath().normalize().toString());
            parameters.put(
                    "noticeOutput", noticeOutput.toAbsolutePath().normalize().toString());
            parameters.put("noticeFormats", String.join(",", noticeFormats));
            parameters.put("noticeLanguages", String.join(",", noticeLanguages));
            parameters.put("noticeReview", String.valueOf(noticeReview));
            return parameters;
        }
    }

    /** @param upToDate nothing was generated: the last generation's output is current */
    record Result(boolean upToDate, List<Path> files) {}

    private Generation() {}

    /**
     * Generates, unless the last generation is current.
     *
     * @param policies the build's checked policies: the policy is loaded only when not checked before
     */
    static Result run(Request request, PolicyCache policies, Log log) throws PledgeBuildException {
        if (request.packageName() == null || request.packageName().isBlank()) {
            throw PledgeBuildException.failure("no package for the generated Java API: set <packageName> "
                    + "(property pledge.packageName), e.g. com.example.privacy");
        }
        Path base = request.root();
        List<Path> policyFiles = List.of(request.policy());
        List<Path> code = codeLocations();
        InputStamp previous = InputStamp.read(request.stampFile()).orElse(null);
        if (previous != null
                && Files.exists(request.policy())
                && previous.upToDate(InputStamp.hash(policyFiles, previous.inputs(), request.parameters(), code))) {
            log.info("Policy and parameters unchanged since the last generation: "
                    + Finding.display(request.javaOutput(), base) + " is up to date (delete "
                    + Finding.display(request.stampFile(), base) + " to force generation)");
            return new Result(true, previous.outputs());
        }
        try {
            InputStamp.delete(request.stampFile());
        } catch (IOException e) {
            throw PledgeBuildException.error("cannot delete " + request.stampFile() + ": " + e.getMessage(), e);
        }
        CheckedPolicy checked = policies.check(request.policy(), base, log);
        // the files as checked: an edit made while generating is not taken for generated
        String hash = InputStamp.hash(policyFiles, checked.files(), request.parameters(), code);
        Policy policy = checked.view(request.policyId(), false);
        List<Path> files = new ArrayList<>();
        try {
            files.addAll(JavaGenerator.generate(policy, request.packageName(), request.javaOutput()));
        } catch (GeneratorException e) {
            throw PledgeBuildException.failure(e.getMessage(), e);
        }
        log.info("Generated " + Counts.plural(files.size(), "Java file") + " for policy " + policy.id() + " (version "
                + policy.info().version() + ") in package " + request.packageName() + " into "
                + Finding.display(request.javaOutput(), base));
        files.addAll(notices(policy, checked.findings(), request, log));
        deleteStale(previous, files, request, log);
        InputStamp stamp = new InputStamp(hash, checked.files(), files);
        try {
            stamp.write(request.stampFile());
        } catch (IOException e) {
            throw PledgeBuildException.error("cannot write " + request.stampFile() + ": " + e.getMessage(), e);
        }
        return new Result(false, List.copyOf(files));
    }

    /**
     * Writes the notices in every requested format and language, and the review checklist when
     * asked; prints the notice generator's warnings.
     *
     * @param findings the check's findings on the policy (the checklist's "what to add")
     */
    private static List<Path> notices(Policy policy, List<Finding> findings, Request request, Log log)
            throws PledgeBuildException {
        if (request.noticeFormats().isEmpty()) {
            return List.of();
        }
        List<String> languages = request.noticeLanguages();
        if (languages.isEmpty()) {
            languages = policy.info().languages().stream()
                    .filter(NoticeGenerator.languages()::contains)
                    .toList();
        }
        if (languages.isEmpty()) {
            languages = List.of(NoticeGenerator.languages().get(0));
        }
        WrittenNotices written;
        try {
            List<NoticeFormat> formats =
                    request.noticeFormats().stream().map(NoticeFormat::of).toList();
            String review = request.noticeReview()
                    ? ReviewChecklist.markdown(
                            policy, ReviewChecklist.of(policy, findings, request.root()), request.root())
                    : null;
            written = new NoticeGenerator().write(policy, null, formats, languages, request.noticeOutput(), review);
        } catch (IllegalArgumentException e) {
            throw PledgeBuildException.failure(e.getMessage() + ": check <noticeFormats> and <noticeLanguages>", e);
        } catch (GeneratorException e) {
            throw PledgeBuildException.failure(e.getMessage(), e);
        }
        printWarnings(written.warnings(), request.root(), log);
        log.info("Generated " + Counts.plural(written.files().size() - (request.noticeReview() ? 1 : 0), "notice")
                + " (" + String.join(", ", request.noticeFormats()) + "; " + String.join(", ", languages) + ")"
                + (request.noticeReview() ? " and the review checklist " + ReviewChecklist.fileName(policy) : "")
                + " into " + Finding.display(request.noticeOutput(), request.root()));
        return written.files();
    }

    /**
     * Prints the notice generator's warnings: of each kind and language the first in full, then how
     * many more there are (a policy short of one language's translations has hundreds); each in
     * full at debug level.
     */
    private static void printWarnings(List<NoticeWarning> warnings, Path base, Log log) {
        for (NoticeWarning warning : warnings) {
            log.debug(line(warning, base));
        }
        for (NoticeWarning.Group group : NoticeWarning.group(warnings)) {
            log.warn(line(group.first(), base) + group.more("mvn -X lists them"));
        }
    }

    /** {@code path:line:col: message [rule]}: Maven's log level says it is a warning. */
    private static String line(NoticeWarning warning, Path base) {
        return warning.location(base) + warning.message() + " [" + warning.rule() + "]";
    }

    /**
     * Deletes what the last generation wrote and this one did not (a renamed package, a removed
     * purpose's class), so stale sources never reach the compiler. Only files below the output
     * folders are touched.
     */
    private static void deleteStale(InputStamp previous, List<Path> current, Request request, Log log)
            throws PledgeBuildException {
        if (previous == null) {
            return;
        }
        Set<Path> keep = new LinkedHashSet<>();
        current.forEach(p -> keep.add(p.toAbsolutePath().normalize()));
        Path java = request.javaOutput().toAbsolutePath().normalize();
        Path notices = request.noticeOutput().toAbsolutePath().normalize();
        for (Path old : previous.outputs()) {
            Path file = old.toAbsolutePath().normalize();
            if (!keep.contains(file) && (file.startsWith(java) || file.startsWith(notices))) {
                try {
                    if (Files.deleteIfExists(file)) {
                        log.debug("Deleted stale generated file " + file);
                    }
                } catch (IOException e) {
                    throw PledgeBuildException.error(
                            "cannot delete stale generated file " + file + ": " + e.getMessage(), e);
                }
            }
        }
    }

    /** The jars (or class folders) of the generator and this plugin: a new build of either regenerates. */
    private static List<Path> codeLocations() {
        List<Path> locations = new ArrayList<>();
        for (Class<?> type : List.of(JavaGenerator.class, PolicyLoader.class, Generation.class)) {
            CodeSource source = type.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                continue;
            }
            try {
                Path location = Path.of(source.getLocation().toURI());
                if (Files.isRegularFile(location)) {
                    locations.add(location);
                }
            } catch (URISyntaxException | IllegalArgumentException e) {
                // not a file location: nothing to hash
            }
        }
        return locations;
    }
}
