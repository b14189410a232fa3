// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.catalogue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the scanner knows without the policy: platform APIs that read personal data, each bound to
 * a data concept, and the package prefixes of third-party SDKs. Read from line-based files by
 * {@link CatalogueParser}; immutable.
 *
 * @param concepts by id, in the order read
 * @param apis API reference ({@code android/telephony/TelephonyManager.getImei}) to concept id
 * @param sdks SDK package prefix in internal form ({@code com/appsflyer}; {@code com/facebook/*} for
 *        the classes of one package only) to the SDK, or to {@link #NOT_AN_SDK} for a package
 *        excluded from a shorter prefix
 * @param elements by concept id: how application code names the concept (domain data)
 * @param contexts by name ({@code person}): the class-name words that put a class in the context
 * @param notData words that make a field name describe data rather than hold it ({@code type}, {@code verified})
 * @param version the SDK catalogue's edition ({@code @version}), or "" when its files name none
 */
public record Catalogue(
        Map<String, Concept> concepts,
        Map<String, String> apis,
        Map<String, Sdk> sdks,
        Map<String, DataElement> elements,
        Map<String, Set<String>> contexts,
        Set<String> notData,
        String version) {

    /** A kind of data code can read, e.g. {@code imei}; a policy item covers it by id, alias or source. */
    public record Concept(String id, String title, List<String> aliases) {
        public Concept {
            aliases = List.copyOf(aliases);
        }

        /** The id's: concepts are compared often (in every data-flow label) and their ids tell them apart. */
        @Override
        public int hashCode() {
            return id.hashCode();
        }

        boolean named(String name) {
            return id.equals(name) || aliases.contains(name);
        }
    }

    /** A third party's SDK, e.g. {@code appsflyer "AppsFlyer" attribution}, and what else the catalogue knows of it. */
    public record Sdk(String id, String title, String kind, SdkFacts facts) {
        public Sdk(String id, String title, String kind) {
            this(id, title, kind, SdkFacts.NONE);
        }
    }

    public Catalogue {
        concepts = Collections.unmodifiableMap(new LinkedHashMap<>(concepts));
        apis = Collections.unmodifiableMap(new LinkedHashMap<>(apis));
        sdks = Collections.unmodifiableMap(new LinkedHashMap<>(sdks));
        elements = Collections.unmodifiableMap(new LinkedHashMap<>(elements));
        contexts = Collections.unmodifiableMap(new LinkedHashMap<>(contexts));
        notData = Set.copyOf(notData);
    }

    /** A catalogue of platform APIs and SDKs only. */
    public Catalogue(Map<String, Concept> concepts, Map<String, String> apis, Map<String, Sdk> sdks) {
        this(concepts, apis, sdks, Map.of(), Map.of(), Set.of(), "");
    }

    /** Marks a package below an SDK prefix that is not part of the SDK ({@code !com.vendor.util}). */
    static final Sdk NOT_AN_SDK = new Sdk("", "", "");

    public static final Catalogue EMPTY = new Catalogue(Map.of(), Map.of(), Map.of());

    /** This catalogue with another's entries added; on a clash the other's win. */
    public Catalogue plus(Catalogue other) {
        Map<String, Concept> allConcepts = new LinkedHashMap<>(concepts);
        allConcepts.putAll(other.concepts);
        Map<String, String> allApis = new LinkedHashMap<>(apis);
        allApis.putAll(other.apis);
        Map<String, Sdk> allSdks = new LinkedHashMap<>(sdks);
        allSdks.putAll(other.sdks);
        Map<String, DataElement> allElements = new LinkedHashMap<>(elements);
        allElements.putAll(other.elements);
        Map<String, Set<String>> allContexts = new LinkedHashMap<>(contexts);
        other.contexts.forEach((name, words) -> allContexts.merge(name, words, (a, b) -> {
            Set<String> union = new LinkedHashSet<>(a);
            union.addAll(b);
            return union;
        }));
        Set<String> allNotData = new LinkedHashSet<>(notData);
        allNotData.addAll(other.notData);
        return new Catalogue(
                allConcepts,
                allApis,
                allSdks,
                allElements,
                allContexts,
                allNotData,
                other.version.isEmpty() ? version : other.version);
    }

    /** The SDK entries, each once, in the order read. */
    public List<Sdk> entries() {
        List<Sdk> list = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Sdk sdk : sdks.values()) {
            if (sdk != NOT_AN_SDK && seen.add(sdk.id())) {
                list.add(sdk);
            }
        }
        return list;
    }

    /** The package prefixes of an entry, as written in the catalogue ({@code com.appsflyer}, {@code com.facebook.*}). */
    public List<String> prefixesOf(String sdkId) {
        List<String> list = new ArrayList<>();
        sdks.forEach((prefix, sdk) -> {
            if (sdk.id().equals(sdkId)) {
                list.add(prefix.replace('/', '.'));
            }
        });
        return list;
    }

    /** The APIs bound to a concept, in the order read. */
    List<String> apisOf(String conceptId) {
        List<String> list = new ArrayList<>();
        apis.forEach((api, concept) -> {
            if (concept.equals(conceptId)) {
                list.add(api);
            }
        });
        return list;
    }
}
