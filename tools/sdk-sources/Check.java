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
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Checks the SDK catalogue's {@code maven:} sources against the artifacts themselves: every package
 * prefix of an entry that cites artifacts must hold classes of one of them, and every cited
 * artifact must be listed in artifacts.txt (so check.sh downloads it). A prefix no artifact holds
 * passes only when the entry cites {@code usage:} or {@code pledge-catalogue-1} as well (listed). Entries that cite no artifact
 * (only {@code usage:}, {@code docs:} or {@code pledge-catalogue-1}) are counted as not checkable here.
 *
 * <pre>java tools/sdk-sources/Check.java CATALOGUE ARTIFACTS_TXT ARTIFACT_DIR</pre>
 */
public class Check {

    record Entry(String id, List<String> prefixes, List<String> artifacts, List<String> otherSources) {}

    public static void main(String[] args) throws IOException {
        List<Entry> entries = entries(Path.of(args[0]));
        Map<String, String> files = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of(args[1]))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] c = line.strip().split(":");
                files.put(c[0] + ":" + c[1] + ":" + c[2], c[1] + "-" + c[2] + "." + c[3]);
            }
        }
        Path dir = Path.of(args[2]);
        int checked = 0, confirmed = 0, notCheckable = 0, vouched = 0;
        List<String> failures = new ArrayList<>();
        Map<String, Set<String>> classesOf = new LinkedHashMap<>();
        for (Entry entry : entries) {
            if (entry.artifacts().isEmpty()) {
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
            for (String prefix : entry.prefixes()) {
                if (holds(classes, prefix)) {
                    confirmed++;
                } else if (!entry.otherSources().isEmpty()) {
                    vouched++;
                    System.out.println("from " + entry.otherSources() + " only: " + entry.id() + " " + prefix);
                } else {
                    failures.add(entry.id() + ": no class of " + entry.artifacts() + " lies in " + prefix);
                }
            }
        }
        failures.forEach(f -> System.out.println("NOT CONFIRMED: " + f));
        System.out.println(entries.size() + " entries: " + checked + " cite Maven Central artifacts (" + confirmed
                + " package prefixes confirmed by their classes, " + vouched
                + " from their other sources only, " + failures.size() + " problems); " + notCheckable
                + " cite only documentation, public usage or the first catalogue");
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
                entry = new Entry(line.split("\\s+")[1], new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
                entries.add(entry);
            } else if (line.startsWith("@")) {
                entry = null;
            } else if (entry != null && line.startsWith("source ")) {
                for (String source : line.substring(7).split("\\s+")) {
                    if (source.startsWith("maven:")) {
                        entry.artifacts().add(source.substring(6));
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
}
