// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.notice;

import dev.pledge.generator.GeneratedFiles;
import dev.pledge.generator.GeneratorException;
import dev.pledge.generator.model.Policy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Privacy notices for people and legal teams, generated from a policy view: a one-page summary
 * table, an optional "what changed" section, then the full notice covering every declaration of
 * the policy; as HTML, Markdown or plain text, in English, Chinese or Russian. Output is the same
 * bytes for the same policy, on any machine. Thread-safe.
 *
 * <pre>{@code
 * Rendered notice = new NoticeGenerator().render(policy, NoticeFormat.HTML, "zh");
 * notice.warnings().forEach(w -> System.err.println(w.format(Path.of(""))));
 * }</pre>
 */
public final class NoticeGenerator {

    /** The languages notices come in, e.g. {@code [en, zh, ru]}. */
    public static List<String> languages() {
        return Messages.LANGUAGES;
    }

    /** A notice of the policy in a format and language. */
    public Rendered render(Policy policy, NoticeFormat format, String language) {
        return render(policy, null, format, language);
    }

    /**
     * A notice of the policy with a "what changed" section listing what differs from the previous
     * version.
     *
     * @param previous the previous version of the policy, or null for no "what changed" section
     * @throws IllegalArgumentException for a language without message file
     */
    public Rendered render(Policy policy, Policy previous, NoticeFormat format, String language) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(format, "format");
        Warnings warnings = new Warnings();
        NoticeModel model = model(policy, previous, language, warnings);
        return new Rendered(NoticeTemplates.render(format, model), warnings.all());
    }

    /**
     * Writes the notices of a policy to a folder, one file per language and format, named
     * {@link #fileName}. All files are written, or none is changed.
     *
     * @param previous the previous version of the policy, or null
     * @throws GeneratorException if a file cannot be written (nothing is half-written)
     */
    public WrittenNotices write(
            Policy policy, Policy previous, Collection<NoticeFormat> formats, Collection<String> languages, Path folder)
            throws GeneratorException {
        return write(policy, previous, formats, languages, folder, null);
    }

    /**
     * Writes the notices and, next to them, the review checklist ({@link ReviewChecklist#fileName}):
     * all files are written, or none is changed.
     *
     * @param review the checklist ({@link ReviewChecklist#markdown}), or null for none
     */
    public WrittenNotices write(
            Policy policy,
            Policy previous,
            Collection<NoticeFormat> formats,
            Collection<String> languages,
            Path folder,
            String review)
            throws GeneratorException {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        Set<NoticeWarning> warnings = new LinkedHashSet<>();
        for (String language : new LinkedHashSet<>(languages)) {
            Warnings collected = new Warnings();
            NoticeModel model = model(policy, previous, language, collected);
            for (NoticeFormat format : NoticeFormat.values()) {
                if (formats.contains(format)) {
                    files.put(
                            folder.resolve(fileName(policy, format, language)),
                            new Rendered(NoticeTemplates.render(format, model), List.of()).bytes());
                }
            }
            warnings.addAll(collected.all());
        }
        if (review != null) {
            files.put(folder.resolve(ReviewChecklist.fileName(policy)), new Rendered(review, List.of()).bytes());
        }
        return new WrittenNotices(GeneratedFiles.write(files, "notices"), new ArrayList<>(warnings));
    }

    /** {@code <policy>.<language>.<extension>}, e.g. {@code xiaomi.zh.html}. */
    public static String fileName(Policy policy, NoticeFormat format, String language) {
        return policy.id().replaceAll("[^A-Za-z0-9._-]", "-") + "." + language + "." + format.extension();
    }

    static NoticeModel model(Policy policy, Policy previous, String language, Warnings warnings) {
        WhatChangedSection changes = previous == null ? null : new WhatChangedSection(previous, policy);
        return NoticeModelBuilder.build(policy, language, warnings, changes);
    }
}
