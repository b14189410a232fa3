// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.catalogue;

import dev.pledge.dsl.pledge.PartyKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code @sdk} entries of one catalogue file, read line by line, then checked as a whole: ids
 * are unique, kinds are party kinds of the policy language, no package prefix is claimed by two
 * entries, and an entry whose packages lie inside another's says so ({@code inside <id>}), so the
 * longer prefix winning is intended, not an accident.
 */
final class SdkEntries {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern SDK = Pattern.compile("@sdk\\s+(\\S+)\\s+\"([^\"]+)\"\\s+(\\S+)");

    /** A prefix as read: internal form ({@code com/facebook}, {@code com/facebook/*}), its entry and line. */
    private record Claim(String prefix, boolean excluded, String sdkId, String where) {}

    private final Map<String, Catalogue.Sdk> entries = new LinkedHashMap<>();
    private final List<Claim> claims = new ArrayList<>();
    private Catalogue.Sdk current;
    private SdkFacts.Reader facts;
    private String currentWhere;

    /** Starts an entry: {@code @sdk <id> "<title>" <kind>}. */
    void start(String line, String where) throws CatalogueException {
        finish();
        Matcher m = SDK.matcher(line);
        if (!m.matches() || !ID.matcher(m.group(1)).matches()) {
            throw new CatalogueException(where + "malformed sdk: write @sdk <kebab-id> \"<title>\" <kind>");
        }
        if (PartyKind.get(m.group(3)) == null) {
            throw new CatalogueException(where + "unknown party kind '" + m.group(3) + "': write one of "
                    + String.join(
                            ", ",
                            PartyKind.VALUES.stream().map(PartyKind::getLiteral).toList()));
        }
        if (entries.containsKey(m.group(1))) {
            throw new CatalogueException(
                    where + "a second entry `" + m.group(1) + "`: merge the two, or give one" + " another id");
        }
        current = new Catalogue.Sdk(m.group(1), m.group(2), m.group(3));
        facts = new SdkFacts.Reader();
        currentWhere = where;
    }

    /** A line below {@code @sdk}: a fact ({@code vendor "..."}) or a package prefix. */
    void line(String line, String where) throws CatalogueException {
        if (SdkFacts.isFact(line)) {
            try {
                facts.read(line);
            } catch (IllegalArgumentException e) {
                throw new CatalogueException(where + e.getMessage());
            }
            return;
        }
        boolean excluded = line.startsWith("!");
        String text = excluded ? line.substring(1) : line;
        boolean packageOnly = !excluded && text.endsWith(".*");
        String internal = SdkIndex.internalPrefix(packageOnly ? text.substring(0, text.length() - 2) : text);
        if (internal == null) {
            throw new CatalogueException(where + "'" + line + "' is not a package prefix: write it like com.appsflyer"
                    + " (com.vendor.* for the classes of one package only, !com.appsflyer.util to exclude a package)");
        }
        claims.add(new Claim(packageOnly ? internal + "/*" : internal, excluded, current.id(), where));
    }

    boolean inEntry() {
        return current != null;
    }

    /** Ends the entry being read (at the next directive or the end of the file). */
    void finish() throws CatalogueException {
        if (current == null) {
            return;
        }
        SdkFacts read = facts.facts();
        if (read.inside().contains(current.id())) {
            throw new CatalogueException(currentWhere + "`" + current.id() + "` cannot be inside itself");
        }
        entries.put(current.id(), new Catalogue.Sdk(current.id(), current.title(), current.kind(), read));
        current = null;
    }

    /** The prefixes of all entries, checked: no prefix claimed twice, nesting declared with {@code inside}. */
    Map<String, Catalogue.Sdk> prefixes() throws CatalogueException {
        finish();
        Map<String, Claim> byPrefix = new HashMap<>();
        Map<String, Catalogue.Sdk> result = new LinkedHashMap<>();
        for (Claim claim : claims) {
            Claim other = byPrefix.putIfAbsent(claim.prefix(), claim);
            if (other != null) {
                throw new CatalogueException(claim.where() + (claim.prefix().replace('/', '.')) + " is claimed by `"
                        + other.sdkId() + "` too (" + other.where().strip() + " ): keep it in one entry");
            }
            result.put(claim.prefix(), claim.excluded() ? Catalogue.NOT_AN_SDK : entries.get(claim.sdkId()));
        }
        for (Claim claim : claims) {
            if (claim.excluded()) {
                continue;
            }
            String name = claim.prefix().endsWith("/*")
                    ? claim.prefix().substring(0, claim.prefix().length() - 2)
                    : claim.prefix();
            for (int cut = name.lastIndexOf('/'); cut > 0; cut = name.lastIndexOf('/', cut - 1)) {
                Claim outer = byPrefix.get(name.substring(0, cut));
                if (outer != null && !outer.excluded() && !outer.sdkId().equals(claim.sdkId())) {
                    Catalogue.Sdk inner = entries.get(claim.sdkId());
                    if (!inner.facts().inside().contains(outer.sdkId())) {
                        throw new CatalogueException(
                                claim.where() + claim.prefix().replace('/', '.')
                                        + " lies inside " + outer.prefix().replace('/', '.') + " of `" + outer.sdkId()
                                        + "`: add `inside " + outer.sdkId() + "` to `" + claim.sdkId()
                                        + "` if the longer prefix is meant to win");
                    }
                }
            }
        }
        return result;
    }
}
