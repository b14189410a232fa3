// SPDX-License-Identifier: Apache-2.0
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints, for every catalogue entry that cites a {@code maven:} or {@code npm:} source, what that
 * source says about the vendor next to the entry's {@code vendor} line: a POM's organisation,
 * developers (name, organisation, e-mail domain) and project URL, read from Maven Central and up
 * its parent POMs until one names an organisation or developers; an npm package.json's author,
 * repository and homepage. These are the facts a {@code vendor} line of such an entry is written
 * from (docs/catalogue.md). Entries whose sources name an organisation, developer or author but
 * that have no vendor line are marked {@code MISSING}; exit 1 when there is one.
 *
 * <pre>java tools/sdk-sources/Vendors.java CATALOGUE NPM_DIR</pre>
 */
public class Vendors {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    public static void main(String[] args) throws IOException, InterruptedException {
        Path npmDir = Path.of(args[1]);
        int missing = 0;
        String id = null, vendor = "";
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            if (line.startsWith("@sdk ")) {
                id = line.split("\\s+")[1];
                vendor = "";
            } else if (line.startsWith("vendor ")) {
                vendor = line.substring("vendor ".length());
            } else if (line.startsWith("source ") && id != null) {
                List<String> said = new ArrayList<>();
                for (String source : line.split(" # ")[0].split("\\s+")) {
                    if (source.startsWith("maven:")) {
                        said.add(source + " -> " + pom(source.substring("maven:".length()), 0));
                    } else if (source.startsWith("npm:")) {
                        said.add(source + " -> " + packageJson(npmDir, source.substring("npm:".length())));
                    }
                }
                if (said.isEmpty()) {
                    continue;
                }
                boolean named = said.stream()
                        .anyMatch(s -> s.contains("organization ") || s.contains("developer ") || s.contains("author "));
                boolean absent = vendor.isEmpty() && named;
                missing += absent ? 1 : 0;
                System.out.println((absent ? "MISSING " : "") + id + ": vendor " + (vendor.isEmpty() ? "-" : vendor));
                said.forEach(s -> System.out.println("    " + s));
            }
        }
        System.out.println(missing + " entries citing an artifact have no vendor line");
        System.exit(missing == 0 ? 0 : 1);
    }

    /** What the POM of group:artifact:version (or its parents) says of who makes it. */
    private static String pom(String gav, int depth) throws IOException, InterruptedException {
        String[] c = gav.split(":");
        String url = "https://repo1.maven.org/maven2/" + c[0].replace('.', '/') + "/" + c[1] + "/" + c[2] + "/" + c[1]
                + "-" + c[2] + ".pom";
        HttpResponse<String> response =
                HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            return "no POM (" + response.statusCode() + ")";
        }
        String xml = response.body().replaceAll("(?s)<!--.*?-->", "");
        Set<String> facts = new LinkedHashSet<>();
        first(xml, "(?s)<organization>.*?<name>(.*?)</name>").ifPresent(o -> facts.add("organization " + o));
        Matcher developer = Pattern.compile("(?s)<developer>(.*?)</developer>").matcher(xml);
        while (developer.find()) {
            String d = developer.group(1);
            first(d, "<name>(.*?)</name>").ifPresent(n -> facts.add("developer " + n));
            first(d, "<organization>(.*?)</organization>").ifPresent(o -> facts.add("developer organization " + o));
            first(d, "<email>[^@<]*@([^<]*)</email>").ifPresent(e -> facts.add("developer e-mail @" + e));
        }
        String project = xml.replaceAll("(?s)<(parent|developers|organization|scm|licenses|dependencies|build|distributionManagement|repositories"
                        + "|pluginRepositories|issueManagement|ciManagement|mailingLists|profiles)>.*?</\\1>", "");
        first(project, "<url>(.*?)</url>").ifPresent(u -> facts.add("url " + u));
        boolean named = facts.stream().anyMatch(f -> f.startsWith("organization") || f.startsWith("developer"));
        java.util.Optional<String> parent = first(xml, "(?s)<parent>(.*?)</parent>");
        if (!named && depth < 3 && parent.isPresent()) {
            String p = parent.get();
            String gavOfParent = first(p, "<groupId>(.*?)</groupId>").orElse("") + ":"
                    + first(p, "<artifactId>(.*?)</artifactId>").orElse("") + ":"
                    + first(p, "<version>(.*?)</version>").orElse("");
            facts.add("parent " + gavOfParent + " -> " + pom(gavOfParent, depth + 1));
        }
        return facts.isEmpty() ? "names no vendor" : String.join("; ", facts);
    }

    /** What an unpacked npm package's package.json says of who publishes it. */
    private static String packageJson(Path npmDir, String spec) throws IOException {
        Path file = npmDir.resolve(spec.replace('/', '+')).resolve("package.json");
        if (!Files.exists(file)) {
            return "not unpacked (run npm.sh first)";
        }
        String json = Files.readString(file);
        Set<String> facts = new LinkedHashSet<>();
        first(json, "\"author\"\\s*:\\s*\"([^\"]*)\"").ifPresent(a -> facts.add("author " + a));
        first(json, "(?s)\"author\"\\s*:\\s*\\{[^}]*?\"name\"\\s*:\\s*\"([^\"]*)\"").ifPresent(a -> facts.add("author " + a));
        first(json, "(?s)\"repository\"\\s*:\\s*(?:\\{[^}]*?\"url\"\\s*:\\s*)?\"([^\"]*)\"")
                .ifPresent(r -> facts.add("repository " + r));
        first(json, "\"homepage\"\\s*:\\s*\"([^\"]*)\"").ifPresent(h -> facts.add("homepage " + h));
        return facts.isEmpty() ? "names no vendor" : String.join("; ", facts);
    }

    private static java.util.Optional<String> first(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? java.util.Optional.of(m.group(1).strip()) : java.util.Optional.empty();
    }
}
