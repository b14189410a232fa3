// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.load;

import com.google.inject.Injector;
import dev.pledge.dsl.validation.Rule;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

/**
 * Lays out policy files the one canonical way ({@code dev.pledge.dsl.formatting.PledgeFormatter}):
 * the core of {@code pledge format} and of the language server's formatting. Only the syntax is
 * needed, so files are formatted one by one, without their imports. A file that is not text or does
 * not parse is not formatted; its problems say why.
 */
public final class PolicyFormatter {

    private static final Map<String, Object> LOAD_OPTIONS = Map.of(XtextResource.OPTION_ENCODING, "UTF-8");

    /**
     * One file: its text as read, its text formatted (the same when it cannot be formatted), and the
     * problems that kept it from being formatted.
     */
    public record FormattedFile(Path file, String original, String formatted, List<Finding> problems) {

        /** True when the file could be formatted and formatting changes it. */
        public boolean changed() {
            return problems.isEmpty() && !original.equals(formatted);
        }
    }

    private final Injector injector;

    public PolicyFormatter() {
        this(PolicyLoader.Languages.injector());
    }

    /** A formatter with the language's services from this injector (the language server's own). */
    public PolicyFormatter(Injector injector) {
        this.injector = injector;
    }

    /** Formats the named files and every *.pledge file below the named folders; writes nothing. */
    public List<FormattedFile> format(List<Path> inputs) throws PolicyLoadException {
        List<FormattedFile> results = new ArrayList<>();
        for (Path file : PolicyFiles.expand(inputs)) {
            results.add(format(file));
        }
        return results;
    }

    FormattedFile format(Path file) throws PolicyLoadException {
        byte[] bytes;
        try {
            if (Files.size(file) > PolicyLoader.MAX_FILE_BYTES) {
                return problem(file, "", Rule.FILE_TOO_LARGE, "file is too large to be a policy: not formatted");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new PolicyLoadException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (!PolicyLoader.isText(bytes)) {
            return problem(file, "", Rule.NOT_TEXT, "file is not UTF-8 text: not formatted");
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        XtextResource resource =
                parse(text, URI.createFileURI(file.toAbsolutePath().toString()));
        List<Finding> errors = syntaxErrors(resource, file);
        if (!errors.isEmpty()) {
            return new FormattedFile(file, text, text, errors);
        }
        return new FormattedFile(file, text, format(resource), List.of());
    }

    /**
     * The text laid out canonically.
     *
     * @throws IllegalArgumentException when the text does not parse
     */
    public String format(String text) {
        XtextResource resource = parse(text, URI.createFileURI("/formatted.pledge"));
        if (resource.getParseResult() == null || resource.getParseResult().hasSyntaxErrors()) {
            throw new IllegalArgumentException("the text has syntax errors: " + resource.getErrors());
        }
        return format(resource);
    }

    /** Formats a parsed resource with the language's formatter: the text it would have. */
    static String format(XtextResource resource, Injector injector) {
        ITextRegionAccess access = injector.getInstance(TextRegionAccessBuilder.class)
                .forNodeModel(resource)
                .create();
        FormatterRequest request = injector.getInstance(FormatterRequest.class);
        request.setTextRegionAccess(access);
        request.setAllowIdentityEdits(false);
        request.setFormatUndefinedHiddenRegionsOnly(false);
        List<ITextReplacement> replacements =
                injector.getInstance(IFormatter2.class).format(request);
        return access.getRewriter().renderToString(access.regionForDocument(), replacements);
    }

    private String format(XtextResource resource) {
        return format(resource, injector);
    }

    private XtextResource parse(String text, URI uri) {
        XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
        XtextResource resource = (XtextResource) resourceSet.createResource(uri);
        try {
            resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), LOAD_OPTIONS);
        } catch (IOException e) {
            throw new IllegalStateException("reading from memory failed", e);
        }
        return resource;
    }

    private static List<Finding> syntaxErrors(XtextResource resource, Path file) {
        if (resource.getParseResult() != null && !resource.getParseResult().hasSyntaxErrors()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        List<Issue> issues = resource.getResourceServiceProvider()
                .getResourceValidator()
                .validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
        for (Issue issue : issues) {
            findings.add(new Finding(
                    file,
                    Math.max(1, issue.getLineNumber() == null ? 1 : issue.getLineNumber()),
                    Math.max(1, issue.getColumn() == null ? 1 : issue.getColumn()),
                    issue.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR
                            ? Severity.ERROR
                            : Severity.INFO,
                    issue.getMessage(),
                    issue.getCode() == null ? Rule.SYNTAX.id() : issue.getCode()));
        }
        return findings;
    }

    private static FormattedFile problem(Path file, String text, Rule rule, String message) {
        return new FormattedFile(
                file, text, text, List.of(new Finding(file, 1, 1, Severity.ERROR, message, rule.id())));
    }
}
