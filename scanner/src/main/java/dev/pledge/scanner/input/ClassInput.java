// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.input;

import dev.pledge.scanner.model.CodeRef;
import dev.pledge.scanner.model.ScanFinding;
import dev.pledge.scanner.model.ScanRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Lists the class files of a scan's roots: class folders, single class files, and archives
 * ({@code .jar}, {@code .war}, {@code .ear}, {@code .aar}, {@code .zip}) with the archives nested
 * in them. What cannot be listed becomes an {@code unreadable-class} finding; nothing is skipped
 * silently. Call {@link #close()} when the classes have been read: archives stay open until then.
 */
public final class ClassInput implements AutoCloseable {

    /** An Android manifest found in the input: {@code app.apk!/AndroidManifest.xml}, and what it says. */
    public record Manifest(String origin, AndroidManifest manifest) {}

    private final List<ClassEntry> entries = new ArrayList<>();
    private final List<Manifest> manifests = new ArrayList<>();
    private final List<ScanFinding> problems = new ArrayList<>();
    private final List<AutoCloseable> open = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private final int release;
    private int shadowed;
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

    /** The Android manifests of the APKs, AABs and AARs read, in the order found. */
    public List<Manifest> manifests() {
        return manifests;
    }

    public void addRoot(Path root) {
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
                        return (name.endsWith(".class") || isArchive(name)) && Files.isRegularFile(p);
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
            if (!relative.endsWith(".class")) {
                archives.add(file);
                continue;
            }
            add(new ClassEntry(
                    relative.substring(0, relative.length() - ".class".length()),
                    file.toString(),
                    () -> Files.readAllBytes(file)));
        }
        for (Path archive : archives) {
            ArchiveReader.open(archive, release, this);
        }
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
            manifests.add(new Manifest(origin, AndroidManifest.parse(bytes)));
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
            entries.add(entry);
        } else {
            shadowed++;
        }
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
                ScanRule.UNREADABLE_CLASS, new CodeRef(origin, null, Path.of(file), 0), origin + " " + what);
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
