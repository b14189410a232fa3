// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.catalogue;

import dev.pledge.generator.model.Party;
import dev.pledge.generator.model.Policy;
import java.util.HashMap;
import java.util.Map;
import javax.lang.model.SourceVersion;

/**
 * Which third party a called class belongs to: the policy's {@code sdk} prefixes first (the longest
 * one that matches wins), then the catalogue's. A catalogue SDK whose id is the id of a policy party
 * counts as that party. A package the catalogue excludes ({@code !com.google.android.gms.ads.identifier},
 * which reads the advertising ID and sends nothing) is no SDK, even below a policy prefix.
 */
public final class SdkIndex {

    /**
     * The party an SDK class belongs to.
     *
     * @param party the policy party, or null when the policy declares none for this SDK
     * @param sdk the catalogue entry, or null when only the policy names the SDK
     * @param prefix the matching prefix, internal form
     */
    public record Match(Party party, Catalogue.Sdk sdk, String prefix) {

        public boolean declared() {
            return party != null;
        }

        /** The party's id, or the catalogue SDK's. */
        public String id() {
            return party != null ? party.id() : sdk.id();
        }

        public String title() {
            return party != null ? party.title().text() : sdk.title();
        }

        /**
         * The SDK's id and prefix only: a party's own hash code walks everything the policy says of it, and
         * data flow hashes matches in sets of SDK calls millions of times. Equal matches still hash alike.
         */
        @Override
        public int hashCode() {
            return id().hashCode() * 31 + java.util.Objects.hashCode(prefix);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Match m
                    && java.util.Objects.equals(party, m.party)
                    && java.util.Objects.equals(sdk, m.sdk)
                    && java.util.Objects.equals(prefix, m.prefix);
        }
    }

    private final Map<String, Party> policyPrefixes = new HashMap<>();
    private final Map<String, Catalogue.Sdk> cataloguePrefixes;
    private final Map<String, Party> partiesById = new HashMap<>();

    public SdkIndex(Policy policy, Catalogue catalogue) {
        for (Party party : policy.parties()) {
            partiesById.put(party.id(), party);
            for (String sdk : party.sdks()) {
                String prefix = internalPrefix(sdk);
                if (prefix != null) {
                    policyPrefixes.putIfAbsent(prefix, party);
                }
            }
        }
        this.cataloguePrefixes = catalogue.sdks();
    }

    /** The SDK the class (internal name) belongs to, or null. */
    public Match match(String className) {
        for (String prefix = className; prefix != null; prefix = parent(prefix)) {
            Party party = policyPrefixes.get(prefix);
            if (party != null) {
                // a package the catalogue knows is no SDK (!com.google.android.gms.ads.identifier) stays none
                return excluded(className, prefix) ? null : new Match(party, null, prefix);
            }
        }
        int slash = className.lastIndexOf('/');
        String pkg = slash < 0 ? "" : className.substring(0, slash);
        for (String prefix = className; prefix != null; prefix = parent(prefix)) {
            Catalogue.Sdk sdk = cataloguePrefixes.get(prefix);
            if (sdk == null && prefix.equals(pkg)) {
                sdk = cataloguePrefixes.get(pkg + "/*"); // the classes of this one package (com.facebook.*)
            }
            if (sdk == Catalogue.NOT_AN_SDK) {
                return null;
            }
            if (sdk != null) {
                return new Match(partiesById.get(sdk.id()), sdk, prefix);
            }
        }
        return null;
    }

    /** Whether the catalogue excludes a package of the class below {@code matched}. */
    private boolean excluded(String className, String matched) {
        for (String prefix = className; prefix != null && prefix.length() > matched.length(); prefix = parent(prefix)) {
            if (cataloguePrefixes.get(prefix) == Catalogue.NOT_AN_SDK) {
                return true;
            }
        }
        return false;
    }

    /** {@code com/appsflyer/AppsFlyerLib$1} → {@code com/appsflyer/AppsFlyerLib} → {@code com/appsflyer} → ... */
    private static String parent(String name) {
        int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('$'));
        return cut <= 0 ? null : name.substring(0, cut);
    }

    /** {@code com.appsflyer} (or {@code com/appsflyer}) as an internal prefix, or null if it is not a package or class name. */
    static String internalPrefix(String text) {
        String name = text.strip().replace('.', '/');
        if (name.isEmpty() || name.endsWith("/")) {
            return null;
        }
        for (String part : name.split("/", -1)) {
            if (!SourceVersion.isIdentifier(part)) {
                return null;
            }
        }
        return name;
    }
}
