// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.catalogue;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * How well a catalogue entry's privacy-policy address is supported by the sources it cites: by the vendor's own words
 * (a {@code docs:} page on the policy's site, the vendor's SDK repository, or the address the vendor registered in IAB
 * Europe's Global Vendor List, {@code gvl:}, or in Google's list of ad technology providers, {@code atp:}), or only by
 * pages of others ({@code cited:}), which count once per owner. docs/catalogue.md describes the two grades.
 */
public final class PolicyEvidence {

    private static final String GITHUB = "https://github.com/";

    private PolicyEvidence() {}

    /**
     * Whether the entry's privacy address was read on its vendor's own site or SDK repository. An entry that cites two
     * owners ({@code cited:}) is taken to rest on them: citations are used only where no page of the vendor's showed
     * the address, and the vendor's pages it also cites then support its other facts.
     */
    public static boolean fromVendor(SdkFacts facts) {
        if (facts.privacyUrl().isEmpty()) {
            return false;
        }
        if (facts.sources().stream().anyMatch(s -> s.startsWith("gvl:") || s.startsWith("atp:"))) {
            return true;
        }
        if (citingOwners(facts).size() >= 2) {
            return false;
        }
        String site = site(facts.privacyUrl());
        return pages(facts, "docs:").stream()
                .anyMatch(page -> page.startsWith(GITHUB) || site(page).equals(site));
    }

    /** The distinct owners of the entry's {@code cited:} pages: a GitHub account, or a site's registered domain. */
    public static Set<String> citingOwners(SdkFacts facts) {
        Set<String> owners = new TreeSet<>();
        pages(facts, "cited:").forEach(page -> owners.add(owner(page)));
        return owners;
    }

    /** Who published a page: a GitHub account, or a site's registered domain. */
    static String owner(String url) {
        if (url.startsWith(GITHUB)) {
            return "github.com/" + url.substring(GITHUB.length()).split("/")[0].toLowerCase(Locale.ROOT);
        }
        return site(url);
    }

    /** The registered domain of an address: its last two labels, three under a second-level one like com.cn. */
    static String site(String url) {
        String host = URI.create(url).getHost();
        if (host == null) {
            return "";
        }
        String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
        int n = labels.length;
        boolean secondLevel = n >= 3
                && labels[n - 1].length() == 2
                && Set.of("com", "co", "net", "org", "ac", "gov").contains(labels[n - 2]);
        int keep = Math.min(n, secondLevel ? 3 : 2);
        return String.join(".", List.of(labels).subList(n - keep, n));
    }

    private static List<String> pages(SdkFacts facts, String kind) {
        return facts.sources().stream()
                .filter(s -> s.startsWith(kind))
                .map(s -> s.substring(kind.length()))
                .toList();
    }
}
