// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the catalogue knows of an SDK beyond its packages: who runs it, where its privacy policy is,
 * what it does, what it collects by default, and where each fact comes from. Written below an
 * {@code @sdk} line as {@code keyword value} lines (docs/catalogue.md).
 *
 * @param vendor the company that runs it, or "" when the catalogue does not say
 * @param privacyUrl the vendor's privacy policy, or "" when the catalogue does not say
 * @param categories what it does ({@link #CATEGORIES})
 * @param collects data concepts it collects by default, as its vendor documents them
 * @param inside ids of entries whose packages contain this one's (the longer prefix wins)
 * @param sources where the facts come from ({@code maven:g:a:v}, {@code npm:package@version}, {@code docs:url},
 *     {@code cited:url}, ...)
 * @param collector whose server the SDK sends to
 * @param status whether its vendor still offers it
 * @param role whether the vendor says it processes what the SDK sends for the app's owner, outside its policy
 */
public record SdkFacts(
        String vendor,
        String privacyUrl,
        List<String> categories,
        List<String> collects,
        List<String> inside,
        List<String> sources,
        Collector collector,
        Status status,
        Role role) {

    /**
     * Whose server an SDK sends its data to: the vendor's (the default), one the app's owner runs ({@code collector
     * self-hosted}: no vendor policy applies), or either, as the app configures it ({@code collector either}: the
     * {@code privacy} line is then the policy of the vendor's hosted service).
     */
    public enum Collector implements Word {
        VENDOR,
        SELF_HOSTED,
        EITHER;
    }

    /**
     * Whether the vendor still offers the SDK: {@code status discontinued} says its vendor announced its end, so apps
     * that still ship it send data to a service that may no longer answer or may belong to someone else, and the
     * vendor may keep no policy for it ({@code privacy} is then the last one its sources show, if any).
     */
    public enum Status implements Word {
        ACTIVE,
        DISCONTINUED;
    }

    /**
     * What the vendor's privacy policy says of the data the SDK sends: nothing the catalogue records (the default), or
     * {@code role processor}: the vendor processes it on the app owner's behalf and its policy says it does not cover
     * that data, which the owner's contract with the vendor (its data processing terms) governs instead.
     */
    public enum Role implements Word {
        UNSTATED,
        PROCESSOR;
    }

    /**
     * A one-word fact's value as written in the catalogue and in reports: the constant's name in lower case, with
     * {@code -} for {@code _} ({@code self-hosted}, {@code discontinued}, {@code processor}).
     */
    public interface Word {
        String name();

        default String word() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * The value of a one-word fact ({@code collector}, {@code status}, {@code role}) given at most once: {@code
     * current} is still the enum's first constant, its default.
     */
    private static <E extends Enum<E> & Word> E choose(
            Class<E> type, String keyword, String value, E current, String fix) {
        E chosen = java.util.Arrays.stream(type.getEnumConstants())
                .filter(c -> c.word().equals(value))
                .findFirst()
                .orElseThrow(
                        () -> new IllegalArgumentException("unknown " + keyword + " '" + value + "': write " + fix));
        if (current != type.getEnumConstants()[0]) {
            throw new IllegalArgumentException("the entry already has a " + keyword + ": keep one");
        }
        return chosen;
    }

    /** The categories an entry may name. */
    public static final List<String> CATEGORIES = List.of(
            "analytics",
            "product-analytics",
            "attribution",
            "advertising",
            "mediation",
            "crash-reporting",
            "apm",
            "push",
            "engagement",
            "session-replay",
            "ab-testing",
            "customer-support",
            "messaging",
            "social",
            "sign-in",
            "payment",
            "maps",
            "location",
            "consent",
            "security",
            "hosting",
            "other");

    /** The kinds of source a fact may cite. */
    static final List<String> SOURCE_KINDS =
            List.of("maven", "npm", "usage", "docs", "gvl", "atp", "cited", "pledge-catalogue-1");

    public static final SdkFacts NONE = new SdkFacts(
            "", "", List.of(), List.of(), List.of(), List.of(), Collector.VENDOR, Status.ACTIVE, Role.UNSTATED);

    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern URL = Pattern.compile("https?://[^\\s\"]+");
    private static final Pattern MAVEN = Pattern.compile("maven:[\\w.-]+:[\\w.-]+:[\\w.-]+");
    private static final Pattern NPM = Pattern.compile("npm:(@[a-z0-9][\\w.-]*/)?[a-z0-9][\\w.-]*@[0-9][\\w.+-]*");

    /** A kind of source's form, and what to write when a source of that kind does not have it. */
    private record SourceForm(Pattern pattern, String fix) {

        /** A page cited by its address: {@code docs:https://...}, {@code cited:https://...}. */
        static SourceForm page(String kind) {
            return new SourceForm(
                    Pattern.compile(kind + ":" + URL.pattern()),
                    "write the page's address after " + kind + ":, like " + kind
                            + ":https://github.com/owner/repo/blob/main/PRIVACY.md");
        }
    }

    /** The forms of the kinds of source that have one ({@code usage:} and the first catalogue have none). */
    private static final Map<String, SourceForm> SOURCE_FORMS = Map.of(
            "maven",
            new SourceForm(
                    MAVEN,
                    "write the artifact as maven:<group>:<artifact>:<version>,"
                            + " like maven:com.appsflyer:af-android-sdk:6.13.0"),
            "npm",
            new SourceForm(
                    NPM,
                    "write the vendor's npm package as npm:<package>@<version>,"
                            + " like npm:react-native-applovin-max@9.6.0"),
            "docs",
            SourceForm.page("docs"),
            "cited",
            SourceForm.page("cited"),
            "gvl",
            new SourceForm(
                    Pattern.compile("gvl:[1-9][0-9]*"),
                    "write the vendor's id in IAB Europe's Global Vendor List as gvl:<id>, like gvl:807"),
            "atp",
            new SourceForm(
                    Pattern.compile("atp:[1-9][0-9]*"),
                    "write the provider's id in Google's list of ad technology providers as atp:<id>, like"
                            + " atp:3119"));

    public SdkFacts {
        java.util.Objects.requireNonNull(collector, "collector");
        java.util.Objects.requireNonNull(status, "status");
        java.util.Objects.requireNonNull(role, "role");
        categories = List.copyOf(categories);
        collects = List.copyOf(collects);
        inside = List.copyOf(inside);
        sources = List.copyOf(sources);
    }

    /** Whether a line below {@code @sdk} states a fact rather than a package prefix. */
    static boolean isFact(String line) {
        int space = line.indexOf(' ');
        return space > 0 && KEYWORDS.contains(line.substring(0, space));
    }

    private static final List<String> KEYWORDS =
            List.of("vendor", "privacy", "categories", "collects", "collector", "status", "role", "inside", "source");

    /** Reads the fact lines of one entry, in order, into its {@link SdkFacts}. */
    static final class Reader {
        private String vendor = "";
        private String privacyUrl = "";
        private final List<String> categories = new ArrayList<>();
        private final List<String> collects = new ArrayList<>();
        private final List<String> inside = new ArrayList<>();
        private final List<String> sources = new ArrayList<>();
        private Collector collector = Collector.VENDOR;
        private Status status = Status.ACTIVE;
        private Role role = Role.UNSTATED;

        /**
         * Reads one more fact line.
         *
         * @param line {@code keyword value}, for which {@link #isFact} holds
         * @throws IllegalArgumentException with what to write, when the value is malformed or the fact
         *         is given twice
         */
        void read(String line) {
            int space = line.indexOf(' ');
            String keyword = line.substring(0, space);
            String value = line.substring(space + 1).strip();
            switch (keyword) {
                case "vendor" -> {
                    if (!value.matches("\"[^\"]+\"")) {
                        throw new IllegalArgumentException("write the vendor in quotes: vendor \"AppsFlyer Ltd.\"");
                    }
                    once(vendor, keyword);
                    vendor = value.substring(1, value.length() - 1);
                }
                case "privacy" -> {
                    if (!URL.matcher(value).matches()) {
                        throw new IllegalArgumentException(
                                "write the privacy policy's address: privacy https://vendor.example/privacy");
                    }
                    once(privacyUrl, keyword);
                    privacyUrl = value;
                }
                case "categories" -> {
                    List<String> list = list(value, keyword);
                    for (String category : list) {
                        if (!CATEGORIES.contains(category)) {
                            throw new IllegalArgumentException("unknown category '" + category + "': write one of "
                                    + String.join(", ", CATEGORIES));
                        }
                    }
                    add(categories, list);
                }
                case "collects" -> add(collects, list(value, keyword));
                case "collector" ->
                    collector = choose(
                            Collector.class,
                            keyword,
                            value,
                            collector,
                            "collector self-hosted (the app's owner runs the server) or collector either (its own"
                                    + " server or the vendor's)");
                case "status" ->
                    status = choose(
                            Status.class,
                            keyword,
                            value,
                            status,
                            "status discontinued (its vendor announced the SDK's end), or no status line for an SDK"
                                    + " its vendor still offers");
                case "role" ->
                    role = choose(
                            Role.class,
                            keyword,
                            value,
                            role,
                            "role processor (the vendor's policy says it does not cover the data it processes for"
                                    + " the app's owner), or no role line");
                case "inside" -> add(inside, list(value, keyword));
                default -> add(sources, sources(value));
            }
        }

        /** The facts read so far. */
        SdkFacts facts() {
            return new SdkFacts(vendor, privacyUrl, categories, collects, inside, sources, collector, status, role);
        }

        private static void add(List<String> to, List<String> items) {
            items.stream().filter(x -> !to.contains(x)).forEach(to::add);
        }
    }

    /** The sources of a {@code source} line, each of a known kind and in that kind's form. */
    private static List<String> sources(String value) {
        List<String> list = List.of(value.split("\\s+"));
        for (String source : list) {
            String kind = source.contains(":") ? source.substring(0, source.indexOf(':')) : source;
            if (!SOURCE_KINDS.contains(kind)) {
                throw new IllegalArgumentException(
                        "unknown source '" + source + "': start it with one of " + String.join(":, ", SOURCE_KINDS));
            }
            SourceForm form = SOURCE_FORMS.get(kind);
            if (form != null && !form.pattern().matcher(source).matches()) {
                throw new IllegalArgumentException(form.fix());
            }
        }
        return list;
    }

    private static void once(String current, String keyword) {
        if (!current.isEmpty()) {
            throw new IllegalArgumentException("the entry already has a " + keyword + ": keep one");
        }
    }

    private static List<String> list(String value, String keyword) {
        List<String> list = new ArrayList<>();
        for (String item : value.split(",")) {
            String id = item.strip();
            if (!KEBAB.matcher(id).matches()) {
                throw new IllegalArgumentException(
                        "'" + id + "' is not a kebab-case id: write " + keyword + " <id>, <id>");
            }
            list.add(id);
        }
        return list;
    }
}
