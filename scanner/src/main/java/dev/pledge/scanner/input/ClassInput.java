// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.input;

import dev.pledge.scanner.model.Artifact;
import dev.pledge.scanner.model.CodeRef;
import dev.pledge.scanner.model.ScanFinding;
import dev.pledge.scanner.model.ScanRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Lists the class files of a scan's roots: class folders, single class files, archives
 * ({@code .jar}, {@code .war}, {@code .ear}, {@code .aar}, {@code .zip}) with the archives nested
 * in them, and Android packages ({@code .apk}, {@code .aab}, {@code .dex}) with their manifests. What cannot be listed becomes an {@code unreadable-class} finding; nothing is skipped
 * silently. Call {@link #close()} when the classes have been read: archives stay open until then.
 */
public final class ClassInput implements AutoCloseable {

    /** An Android manifest found in the input: {@code app.apk!/AndroidManifest.xml}, and what it says. */
    public record Manifest(String origin, AndroidManifest manifest) {}

    private final List<ClassEntry> entries = new ArrayList<>();
    private final List<Manifest> manifests = new ArrayList<>();
    private final List<ScanFinding> problems = new ArrayList<>();
    private final List<AutoCloseable> open = new ArrayList<>();
    private static final Pattern POM_PROPERTIES = Pattern.compile("META-INF/maven/([^/]+)/([^/]+)/pom\\.properties");

    private final Set<String> names = new HashSet<>();
    private final Map<String, List<Artifact>> artifacts = new HashMap<>();
    private final Registrations registrations = new Registrations();
    private final int release;
    private int shadowed;
    private boolean dependencyRoot;
    private int inFolder;
    public int jars;
    public int directories;

    public ClassInput(int release) {
        this.release = release;
    }

    public List<ClassEntry> entries() {
        return entries;
    }

    public List<ScanFinding> problems() {
        return problems;
    }

    /** The classes the roots register for frameworks to create by name. */
    public Registrations registrations() {
        return registrations;
    }

    /** Reads a registration file (see {@link Registrations}); one that cannot be read registers nothing. */
    void registration(String entry, ArchiveReader.Content content) {
        try {
            registrations.add(entry, content.read());
        } catch (IOException | RuntimeException e) {
            // a registration only widens what counts as reachable: nothing is hidden when one is unreadable
        }
    }

    /** The Android manifests of the APKs, AABs and AARs read, in the order found. */
    public List<Manifest> manifests() {
        return manifests;
    }

    /**
     * Lists a root: a class folder (its classes are the application's, the jars in it dependencies),
     * a class file, or an archive (its own classes, below {@code BOOT-INF/classes} and
     * {@code WEB-INF/classes} too, are the application's; the archives nested in it dependencies).
     *
     * @param dependency whether everything the root holds is a dependency's
     */
    public void addRoot(Path root, boolean dependency) {
        dependencyRoot = dependency;
        addRoot(root);
        dependencyRoot = false;
    }

    private void addRoot(Path root) {
        if (Files.isDirectory(root)) {
            directory(root);
        } else if (!Files.exists(root)) {
            problem(root.toString(), "does not exist: check the path (build the classes first?)");
        } else if (root.getFileName().toString().endsWith(".class")) {
            directories++;
            add(new ClassEntry(ClassNames.peek(root), root.toString(), () -> Files.readAllBytes(root)));
        } else if (isArchive(root.getFileName().toString())) {
            ArchiveReader.open(root, release, this);
        } else if (root.getFileName().toString().endsWith(".dex")) {
            directories++;
            try (java.io.InputStream in = Files.newInputStream(root)) {
                dex(ArchiveReader.read(in, ArchiveReader.MAX_NESTED_BYTES), root.toString());
            } catch (IOException e) {
                problem(root.toString(), "cannot be read (" + message(e) + ")");
            }
        } else {
            problem(
                    root.toString(),
                    "is not a class folder, a class file, a DEX file or an archive (.jar, .war, .ear, .aar, .apk,"
                            + " .aab, .zip): pass the compiled classes, e.g. target/classes, or the app's package");
        }
    }

    /** A folder: its class files (named by their path below it), then the archives in it, each in path order. */
    private void directory(Path root) {
        directories++;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> {
                        String name = p.getFileName().toString();
                        return (name.endsWith(".class")
                                        || isArchive(name)
                                        || Registrations.isRegistration(
                                                root.relativize(p).toString().replace('\\', '/')))
                                && Files.isRegularFile(p);
                    })
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            problem(root.toString(), "cannot be listed: " + message(e));
            return;
        }
        List<Path> archives = new ArrayList<>();
        for (Path file : files) {
            String relative = root.relativize(file).toString().replace('\\', '/');
            if (Registrations.isRegistration(relative)) {
                registration(relative, () -> {
                    try (java.io.InputStream in = Files.newInputStream(file)) {
                        return ArchiveReader.read(in, Registrations.MAX_BYTES);
                    }
                });
                continue;
            }
            if (!relative.endsWith(".class")) {
                archives.add(file);
                continue;
            }
            add(new ClassEntry(
                    relative.substring(0, relative.length() - ".class".length()),
                    file.toString(),
                    () -> Files.readAllBytes(file)));
        }
        inFolder++;
        for (Path archive : archives) {
            ArchiveReader.open(archive, release, this);
        }
        inFolder--;
    }

    static boolean isArchive(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".jar")
                || lower.endsWith(".war")
                || lower.endsWith(".ear")
                || lower.endsWith(".aar")
                || lower.endsWith(".apk")
                || lower.endsWith(".aab")
                || lower.endsWith(".zip");
    }

    /** A DEX file ({@code classes.dex} of an APK, {@code base/dex/classes2.dex} of an AAB): its classes. */
    void dex(byte[] bytes, String origin) {
        try {
            DexClasses.read(bytes, origin, this::add);
        } catch (IllegalArgumentException e) {
            problem(origin, "cannot be read as DEX bytecode (" + e.getMessage() + ")");
        }
    }

    /** An Android manifest (binary in an APK, protocol buffers in an AAB, text in an AAR). */
    void manifest(byte[] bytes, String origin) {
        try {
            AndroidManifest manifest = AndroidManifest.parse(bytes);
            manifests.add(new Manifest(origin, manifest));
            registrations.components(manifest.componentClasses());
        } catch (IllegalArgumentException e) {
            problem(origin, "cannot be read as an Android manifest (" + e.getMessage() + ")");
        }
    }

    /** Whether an archive entry is an Android manifest: at the root (APK, AAR) or below {@code <module>/manifest/} (AAB). */
    static boolean isManifest(String entry) {
        return entry.equals("AndroidManifest.xml") || entry.matches("[^/]+/manifest/AndroidManifest\\.xml");
    }

    /**
     * Adds a class to read, unless a class of that name came before it: as on a class path, the first
     * one wins, so a class that two jars hold is scanned once, from the first.
     */
    void add(ClassEntry entry) {
        if (entry.className() == null || names.add(entry.className())) {
            entries.add(entry.asDependency(dependencyRoot || inFolder > 0 || isNested(entry.origin())));
        } else {
            shadowed++;
        }
    }

    /**
     * Whether a class lies in an archive nested in the root (a fat jar's library): a dependency's. The
     * DEX files of an APK or AAB and an AAR's {@code classes.jar} are the package's own code, not nested
     * archives: {@code app.apk!/classes2.dex!/com/example/App} is the application's.
     */
    static boolean isNested(String origin) {
        int bang = origin.lastIndexOf("!/");
        if (bang < 0) {
            return false;
        }
        String container = origin.substring(0, bang);
        int inner = container.lastIndexOf("!/");
        if (inner >= 0 && (container.endsWith(".dex") || container.endsWith(".aar!/classes.jar"))) {
            container = container.substring(0, inner);
        }
        return container.contains("!/");
    }

    /**
     * Records the Maven coordinates of an archive from its entries ({@code META-INF/maven/g/a/pom.properties}):
     * the one whose artifact id its file name starts with when it holds several (a shaded jar), else
     * all; with none, the artifact id its file name gives.
     */
    void artifacts(String origin, Collection<String> entryNames) {
        String fileName = origin.substring(Math.max(origin.lastIndexOf('/'), origin.lastIndexOf('\\')) + 1);
        List<Artifact> found = new ArrayList<>();
        for (String name : entryNames) {
            Matcher m = POM_PROPERTIES.matcher(name);
            if (m.matches()) {
                found.add(new Artifact(m.group(1), m.group(2)));
            }
        }
        List<Artifact> own = found.stream()
                .filter(a -> fileName.startsWith(a.artifactId() + "-") || fileName.startsWith(a.artifactId() + "."))
                .toList();
        if (!own.isEmpty()) {
            found = own;
        }
        if (found.isEmpty()) {
            Artifact named = Artifact.fromFileName(fileName);
            found = named == null ? List.of() : List.of(named);
        }
        artifacts.put(origin, List.copyOf(found));
    }

    /** The coordinates of each archive read, by its origin ({@code lib/x.jar}, {@code app.war!/WEB-INF/lib/x.jar}). */
    public Map<String, List<Artifact>> artifacts() {
        return artifacts;
    }

    /** How many classes were left out because a class of the same name came first. */
    public int shadowed() {
        return shadowed;
    }

    void keepOpen(AutoCloseable archive) {
        open.add(archive);
    }

    void problem(String origin, String what) {
        problems.add(unreadable(origin, what));
    }

    /** An {@code unreadable-class} finding for something that could not be read. */
    static ScanFinding unreadable(String origin, String what) {
        int bang = origin.indexOf("!/");
        String file = bang < 0 ? origin : origin.substring(0, bang);
        return new ScanFinding(
                ScanRule.UNREADABLE_CLASS,
                new CodeRef(origin, null, Path.of(file), 0),
                origin + " " + what,
                origin,
                null);
    }

    static String message(Exception e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }

    @Override
    public void close() {
        for (AutoCloseable archive : open) {
            try {
                archive.close();
            } catch (Exception e) {
                // read-only archives: nothing is lost when closing fails
            }
        }
        open.clear();
    }
}
