// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.load;

import com.google.inject.Injector;
import dev.pledge.dsl.PledgeStandaloneSetup;
import dev.pledge.dsl.scoping.BatchScopes;
import dev.pledge.dsl.validation.Rule;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

/**
 * Reads policy files and folders, parses, links and checks them: the single entry point the CLI,
 * the Maven plugin and the generators use. Never throws for bad policy text; that becomes
 * findings. Throws {@link PolicyLoadException} only when the input cannot be read at all.
 * Thread-safe: each call works in a resource set of its own.
 */
public final class PolicyLoader {

    /** Far above any real policy (the whole Xiaomi policy is 0.3 MB); keeps a stray dump from exhausting memory. */
    static final long MAX_FILE_BYTES = 16L << 20;

    private static final Map<String, Object> LOAD_OPTIONS = Map.of(XtextResource.OPTION_ENCODING, "UTF-8");

    private final Injector injector;

    public PolicyLoader() {
        this(Languages.injector());
    }

    PolicyLoader(Injector injector) {
        this.injector = injector;
    }

    /** Loads and checks the named files, and every *.pledge file below the named folders. */
    public LoadResult load(List<Path> inputs) throws PolicyLoadException {
        List<Path> files = PolicyFiles.expand(inputs);
        XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
        BatchScopes.enable(resourceSet); // loaded once, checked, never edited
        resourceSet.getLoadOptions().putAll(LOAD_OPTIONS);
        Set<Finding> findings = new LinkedHashSet<>();
        for (Path file : files) {
            if (size(file) > MAX_FILE_BYTES) {
                findings.add(new Finding(
                        file,
                        1,
                        1,
                        Severity.ERROR,
                        "file is larger than " + (MAX_FILE_BYTES >> 20)
                                + " MB, too large to be a policy: split it into files joined with `import`",
                        Rule.FILE_TOO_LARGE.id()));
                continue;
            }
            byte[] bytes = read(file);
            if (!isText(bytes)) {
                findings.add(new Finding(
                        file,
                        1,
                        1,
                        Severity.ERROR,
                        "file is not UTF-8 text (binary data?): policies are plain text files saved as UTF-8",
                        Rule.NOT_TEXT.id()));
                continue;
            }
            Resource resource = resourceSet.createResource(URI.createFileURI(file.toString()));
            int start = hasByteOrderMark(bytes) ? 3 : 0; // editors hide it; so do positions
            try {
                resource.load(new ByteArrayInputStream(bytes, start, bytes.length - start), LOAD_OPTIONS);
            } catch (IOException e) {
                throw new PolicyLoadException(file + ": cannot read: " + e.getMessage(), e);
            }
        }
        EcoreUtil.resolveAll(resourceSet);
        List<Path> checked = new ArrayList<>(files);
        for (Resource resource : List.copyOf(resourceSet.getResources())) {
            Path file = pathOf(resource.getURI());
            if (file == null) {
                continue;
            }
            if (!checked.contains(file)) {
                checked.add(file);
            }
            findings.addAll(check(resource, file));
        }
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparing((Finding f) -> f.file().toString())
                .thenComparingInt(Finding::line)
                .thenComparingInt(Finding::column)
                .thenComparing(Finding::message));
        return new LoadResult(checked, sorted, resourceSet);
    }

    private static List<Finding> check(Resource resource, Path file) {
        IResourceValidator validator =
                ((XtextResource) resource).getResourceServiceProvider().getResourceValidator();
        List<Finding> findings = new ArrayList<>();
        for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
            Path where = issue.getUriToProblem() == null ? null : pathOf(issue.getUriToProblem());
            findings.add(new Finding(
                    where == null ? file : where,
                    Math.max(1, value(issue.getLineNumber())),
                    Math.max(1, value(issue.getColumn())),
                    severity(issue),
                    issue.getMessage(),
                    issue.getCode() == null ? Rule.SYNTAX.id() : issue.getCode()));
        }
        return findings;
    }

    private static Severity severity(Issue issue) {
        return switch (issue.getSeverity()) {
            case ERROR -> Severity.ERROR;
            case WARNING -> Severity.WARNING;
            default -> Severity.INFO;
        };
    }

    private static int value(Integer number) {
        return number == null ? 1 : number;
    }

    private static long size(Path file) throws PolicyLoadException {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new PolicyLoadException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static byte[] read(Path file) throws PolicyLoadException {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new PolicyLoadException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** A UTF-8 byte-order mark, which some Windows editors write at the start of a file. */
    static boolean hasByteOrderMark(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF;
    }

    /** UTF-8 that decodes cleanly and holds no NUL byte. */
    static boolean isText(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static Path pathOf(URI uri) {
        URI plain = uri.trimFragment();
        return plain.isFile() ? Paths.get(plain.toFileString()).toAbsolutePath().normalize() : null;
    }

    /** The language's injector, created once per JVM. */
    static final class Languages {
        private static volatile Injector injector;

        static Injector injector() {
            Injector result = injector;
            if (result == null) {
                synchronized (Languages.class) {
                    result = injector;
                    if (result == null) {
                        result = injector = new PledgeStandaloneSetup().createInjectorAndDoEMFRegistration();
                    }
                }
            }
            return result;
        }
    }
}
