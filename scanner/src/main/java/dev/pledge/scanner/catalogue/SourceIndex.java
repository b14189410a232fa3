// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.catalogue;

import dev.pledge.generator.model.DataItem;
import dev.pledge.generator.model.Policy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which data a read of a member gives: from the policy's {@code source} entries (exact), else from
 * the catalogue's API through its concept to the policy items that cover the concept.
 */
public final class SourceIndex {

    /** Any member of a class named by a class-only source. */
    private static final String ANY_MEMBER = "*";

    /**
     * What reading one member gives.
     *
     * @param api the member as written in sources, {@code android/telephony/TelephonyManager.getImei}
     * @param concept the catalogue concept, or null when only the policy names the member
     * @param items the policy items it may be (one of them), in policy order; empty when no item declares it
     */
    public record Match(String api, Catalogue.Concept concept, List<String> items) {

        public Match {
            items = List.copyOf(items);
        }

        public boolean declared() {
            return !items.isEmpty();
        }

        /**
         * The member's only, as {@link SdkIndex.Match}'s: the data flow hashes reads (and so their matches) again and
         * again, and hashing the concept and the items each time cost more than the rest of the analysis. Equal
         * matches still hash alike.
         */
        @Override
        public int hashCode() {
            return api.hashCode();
        }
    }

    /** A policy {@code source} that names no member and no concept. */
    public record InvalidSource(String item, String source) {}

    private final Map<String, Map<String, Match>> byOwner = new HashMap<>();
    private final Set<String> members = new java.util.HashSet<>();
    private final List<InvalidSource> invalid = new ArrayList<>();
    /** Concept id to the policy items that cover it. */
    private final Map<String, Set<String>> conceptItems = new LinkedHashMap<>();

    public SourceIndex(Policy policy, Catalogue catalogue) {
        Map<String, Set<String>> refItems = new LinkedHashMap<>();
        for (DataItem item : policy.items()) {
            for (Catalogue.Concept concept : catalogue.concepts().values()) {
                if (covers(item, concept, catalogue)) {
                    conceptItems
                            .computeIfAbsent(concept.id(), c -> new LinkedHashSet<>())
                            .add(item.id());
                }
            }
            for (String source : item.sources()) {
                SourceRef ref = SourceRef.parse(source);
                if (ref != null) {
                    refItems.computeIfAbsent(ref.toString(), r -> new LinkedHashSet<>())
                            .add(item.id());
                } else if (catalogue.concepts().values().stream().noneMatch(c -> c.named(source))) {
                    invalid.add(new InvalidSource(item.id(), source));
                }
            }
        }
        catalogue.apis().forEach((api, conceptId) -> {
            Catalogue.Concept concept = catalogue.concepts().get(conceptId);
            Set<String> items = refItems.get(api);
            if (items == null) {
                items = refItems.getOrDefault(
                        SourceRef.parse(api).owner(), conceptItems.getOrDefault(conceptId, Set.of()));
            }
            put(SourceRef.parse(api), new Match(api, concept, List.copyOf(items)));
        });
        refItems.forEach((api, items) -> {
            SourceRef ref = SourceRef.parse(api);
            String conceptId = catalogue.apis().get(api);
            put(
                    ref,
                    new Match(
                            api, conceptId == null ? null : catalogue.concepts().get(conceptId), List.copyOf(items)));
        });
    }

    /**
     * An item covers a concept when its id is the concept's id or alias, when it has
     * {@code source "<concept>"}, or when one of its sources is an API of the concept.
     */
    private static boolean covers(DataItem item, Catalogue.Concept concept, Catalogue catalogue) {
        if (concept.named(item.id())) {
            return true;
        }
        for (String source : item.sources()) {
            if (concept.named(source) || concept.id().equals(catalogue.apis().get(source))) {
                return true;
            }
        }
        return false;
    }

    private void put(SourceRef ref, Match match) {
        members.add(ref.member() == null ? ANY_MEMBER : ref.member());
        byOwner.computeIfAbsent(ref.owner(), o -> new HashMap<>())
                .put(ref.member() == null ? ANY_MEMBER : ref.member(), match);
    }

    /** The policy items that cover a concept (by id, alias or source), in policy order; empty when none does. */
    public List<String> itemsCovering(String conceptId) {
        return List.copyOf(conceptItems.getOrDefault(conceptId, Set.of()));
    }

    /** Whether some source is a member of this class (internal name). */
    public boolean hasOwner(String owner) {
        return byOwner.containsKey(owner);
    }

    /** Whether some source has this member name (or a source names a whole class): a cheap filter. */
    public boolean hasMember(String member) {
        return members.contains(member) || members.contains(ANY_MEMBER);
    }

    /** What reading {@code owner.member} gives, or null if it is no source. */
    public Match match(String owner, String member) {
        Map<String, Match> members = byOwner.get(owner);
        if (members == null) {
            return null;
        }
        Match match = members.get(member);
        return match != null ? match : members.get(ANY_MEMBER);
    }

    /** The policy's sources that name no member and no concept, so they match no code. */
    public List<InvalidSource> invalidSources() {
        return List.copyOf(invalid);
    }
}
