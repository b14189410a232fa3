// SPDX-License-Identifier: Apache-2.0
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Checks the SDK catalogue's {@code maven:} and {@code npm:} sources against the packages
 * themselves: every package prefix of an entry that cites them must hold classes of one of its
 * Maven Central artifacts, or be imported (or named fully qualified) by the Java/Kotlin sources of
 * one of its vendor's npm packages (outside the packages those sources declare themselves). Every
 * cited artifact must be listed in artifacts.txt (so check.sh downloads it); check.sh downloads the
 * npm packages the catalogue cites. A prefix neither holds passes only when the entry cites {@code
 * usage:} or {@code pledge-catalogue-1} as well (listed). Entries that cite neither (only {@code
 * usage:}, {@code docs:} or {@code pledge-catalogue-1}) are counted as not checkable here.
 *
 * <pre>java tools/sdk-sources/Check.java CATALOGUE ARTIFACTS_TXT ARTIFACT_DIR NPM_DIR</pre>
 */
public class Check {

    record Entry(
            String id, List<String> prefixes, List<String> artifacts, List<String> npm, List<String> otherSources) {}

    public static void main(String[] args) throws IOException {
        List<Entry> entries = entries(Path.of(args[0]));
        Path npmDir = Path.of(args[3]);
        Map<String, String> files = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of(args[1]))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] c = line.strip().split(":");
                files.put(c[0] + ":" + c[1] + ":" + c[2], c[1] + "-" + c[2] + "." + c[3]);
            }
        }
        Path dir = Path.of(args[2]);
        int checked = 0, confirmed = 0, notCheckable = 0, vouched = 0, byNpm = 0;
        List<String> failures = new ArrayList<>();
        Map<String, Set<String>> classesOf = new LinkedHashMap<>();
        Map<String, Set<String>> referencedBy = new LinkedHashMap<>();
        for (Entry entry : entries) {
            if (entry.artifacts().isEmpty() && entry.npm().isEmpty()) {
                notCheckable++;
                continue;
            }
            checked++;
            TreeSet<String> classes = new TreeSet<>();
            for (String artifact : entry.artifacts()) {
                String file = files.get(artifact);
                if (file == null) {
                    failures.add(entry.id() + ": maven:" + artifact + " is not listed in " + args[1]);
                    continue;
                }
                Set<String> read = classesOf.get(file);
                if (read == null) {
                    read = classes(dir.resolve(file));
                    classesOf.put(file, read);
                }
                classes.addAll(read);
            }
            TreeSet<String> referenced = new TreeSet<>();
            for (String spec : entry.npm()) {
                Path unpacked = npmDir.resolve(NpmSources.directory(spec));
                if (!Files.isDirectory(unpacked)) {
                    failures.add(entry.id() + ": npm:" + spec + " was not downloaded to " + unpacked);
                    continue;
                }
                Set<String> read = referencedBy.get(spec);
                if (read == null) {
                    NpmSources sources = NpmSources.read(unpacked);
                    System.out.println("npm:" + spec + ": repository " + sources.repository() + "; native "
                            + sources.nativeDependencies());
                    read = sources.referencedPackages();
                    referencedBy.put(spec, read);
                }
                referenced.addAll(read);
            }
            for (String prefix : entry.prefixes()) {
                if (holds(classes, prefix)) {
                    confirmed++;
                } else if (NpmSources.references(referenced, prefix)) {
                    confirmed++;
                    byNpm++;
                } else if (!entry.otherSources().isEmpty()) {
                    vouched++;
                    System.out.println("from " + entry.otherSources() + " only: " + entry.id() + " " + prefix);
                } else {
                    failures.add(entry.id() + ": no class of " + entry.artifacts() + " lies in " + prefix
                            + (entry.npm().isEmpty() ? "" : " and no source of npm " + entry.npm() + " imports it"));
                }
            }
        }
        failures.forEach(f -> System.out.println("NOT CONFIRMED: " + f));
        System.out.println(entries.size() + " entries: " + checked + " cite Maven Central artifacts or npm packages ("
                + confirmed + " package prefixes confirmed, " + byNpm + " of them by npm packages' imports, " + vouched
                + " from their other sources only, " + failures.size() + " problems); " + notCheckable
                + " cite only documentation, public usage or the first catalogue; " + referencedBy.size()
                + " npm packages read");
        System.exit(failures.isEmpty() ? 0 : 1);
    }

    /** Whether a class lies in the prefix ({@code com.vendor}, or {@code com.vendor.*} for one package). */
    static boolean holds(TreeSet<String> classes, String prefix) {
        boolean one = prefix.endsWith(".*");
        String pkg = (one ? prefix.substring(0, prefix.length() - 2) : prefix).replace('.', '/') + "/";
        for (String name : classes.tailSet(pkg)) {
            if (!name.startsWith(pkg)) {
                return false;
            }
            if (!one || name.indexOf('/', pkg.length()) < 0) {
                return true;
            }
        }
        return false;
    }

    static List<Entry> entries(Path catalogue) throws IOException {
        List<Entry> entries = new ArrayList<>();
        Entry entry = null;
        for (String raw : Files.readAllLines(catalogue)) {
            String line = raw.replaceAll("(^|\\s)#.*", "").strip();
            if (line.startsWith("@sdk ")) {
                entry = new Entry(
                        line.split("\\s+")[1], new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
                entries.add(entry);
            } else if (line.startsWith("@")) {
                entry = null;
            } else if (entry != null && line.startsWith("source ")) {
                for (String source : line.substring(7).split("\\s+")) {
                    if (source.startsWith("maven:")) {
                        entry.artifacts().add(source.substring(6));
                    } else if (source.startsWith("npm:")) {
                        entry.npm().add(source.substring(4));
                    } else if (source.startsWith("usage:") || source.equals("pledge-catalogue-1")) {
                        entry.otherSources().add(source);
                    }
                }
            } else if (entry != null && line.matches("[a-z][\\w]*(\\.[A-Za-z_][\\w]*)*(\\.\\*)?")) {
                entry.prefixes().add(line);
            }
        }
        return entries;
    }

    /** The class names (internal form) of a jar, or of an aar's classes.jar and libs/*.jar. */
    static Set<String> classes(Path file) throws IOException {
        Set<String> names = new TreeSet<>();
        try (InputStream in = Files.newInputStream(file)) {
            read(in, names, 0);
        }
        return names;
    }

    private static void read(InputStream in, Set<String> names, int depth) throws IOException {
        ZipInputStream zip = new ZipInputStream(in);
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
            String name = e.getName();
            if (name.endsWith(".class") && !name.startsWith("META-INF/")) {
                names.add(name.substring(0, name.length() - 6));
            } else if (name.endsWith(".jar") && depth < 2) {
                read(new ByteArrayInputStream(zip.readAllBytes()), names, depth + 1);
            }
        }
    }

    /**
     * What the Java and Kotlin sources of an unpacked npm package (a vendor's React Native, Cordova,
     * Capacitor or Flutter wrapper) refer to: the packages of the classes they import or name fully
     * qualified, less the packages they declare themselves; and, for the record, the repository its
     * package.json names and the artifacts its gradle files depend on.
     */
    record NpmSources(Set<String> referencedPackages, String repository, List<String> nativeDependencies) {

        private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");
        private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+(?:static\\s+)?([\\w.]+)(\\.\\*)?");
        private static final Pattern QUALIFIED = Pattern.compile("\\b([a-z]\\w*(?:\\.[a-z_]\\w*)+)\\.[A-Z]\\w*");
        private static final Pattern COMMENT = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*");
        private static final Pattern REPOSITORY = Pattern.compile("\"repository\"\\s*:\\s*(?:\\{[^}]*?\"url\"\\s*:\\s*)?\"([^\"]+)\"");
        private static final Pattern DEPENDENCY = Pattern.compile("[\"']([\\w.-]+:[\\w.-]+:[^\"'\\s]+)[\"']");

        /** The directory check.sh unpacks {@code package@version} into. */
        static String directory(String spec) {
            return spec.replace('/', '+');
        }

        static NpmSources read(Path dir) throws IOException {
            Set<String> declared = new TreeSet<>();
            Set<String> referenced = new TreeSet<>();
            List<String> dependencies = new ArrayList<>();
            String repository = "(none in package.json)";
            List<Path> files;
            try (Stream<Path> walk = Files.walk(dir)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.endsWith(".java") || name.endsWith(".kt")) {
                    String text = COMMENT.matcher(Files.readString(file)).replaceAll("");
                    all(PACKAGE.matcher(text), 1, declared);
                    Matcher imports = IMPORT.matcher(text);
                    while (imports.find()) {
                        String imported = imports.group(1);
                        referenced.add(imports.group(2) != null ? imported : packageOf(imported));
                    }
                    all(QUALIFIED.matcher(text), 1, referenced);
                } else if (name.endsWith(".gradle") || name.endsWith(".gradle.kts")) {
                    Matcher m = DEPENDENCY.matcher(Files.readString(file));
                    while (m.find()) {
                        if (!m.group(1).matches("(androidx|org\\.jetbrains|com\\.android\\.tools|com\\.facebook\\.react)[.:].*")) {
                            dependencies.add(m.group(1));
                        }
                    }
                } else if (name.equals("package.json") && file.getParent().equals(dir)) {
                    Matcher m = REPOSITORY.matcher(Files.readString(file));
                    if (m.find()) {
                        repository = m.group(1);
                    }
                }
            }
            referenced.removeAll(declared);
            return new NpmSources(referenced, repository, dependencies);
        }

        /** The package of a class or member name: its segments before the first capitalised one. */
        private static String packageOf(String name) {
            String[] parts = name.split("\\.");
            StringBuilder pkg = new StringBuilder();
            for (int i = 0; i < parts.length - 1 && !Character.isUpperCase(parts[i].charAt(0)); i++) {
                pkg.append(i == 0 ? "" : ".").append(parts[i]);
            }
            return pkg.toString();
        }

        private static void all(Matcher m, int group, Set<String> into) {
            while (m.find()) {
                into.add(m.group(group));
            }
        }

        /** Whether a referenced package lies in the prefix ({@code com.vendor}, or {@code com.vendor.*}). */
        static boolean references(Set<String> packages, String prefix) {
            if (prefix.endsWith(".*")) {
                return packages.contains(prefix.substring(0, prefix.length() - 2));
            }
            return packages.stream().anyMatch(p -> p.equals(prefix) || p.startsWith(prefix + "."));
        }
    }
}
