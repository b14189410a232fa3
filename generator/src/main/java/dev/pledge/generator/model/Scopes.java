// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where a scoped rule (children, retention, a right, tracking) holds, and which of several holds when they
 * overlap: the most specific, that is one limited to services and regions, then one limited to services,
 * then one limited to regions, then one limited to neither ({@code all-regions} counts as no regional limit).
 */
public final class Scopes {

    /** The services and regions a rule is limited to; empty lists: no limit. */
    public record Scope(List<String> services, List<String> regions) {

        public Scope {
            services = List.copyOf(services);
            regions = List.copyOf(regions);
        }

        /**
         * Whether it holds for processing in these services (empty: in no particular service) and this
         * region (null: unknown).
         */
        public boolean holds(Collection<String> inServices, String region) {
            boolean service = services.isEmpty() || inServices.stream().anyMatch(services::contains);
            boolean inRegion = regions.isEmpty() || region != null && regions.contains(region);
            return service && inRegion;
        }

        /** 3 for services and regions, 2 for services, 1 for regions, 0 for neither. */
        public int specificity() {
            return (services.isEmpty() ? 0 : 2) + (regions.isEmpty() ? 0 : 1);
        }
    }

    private Scopes() {}

    public static Scope of(Children rule) {
        return new Scope(rule.services(), rule.regions());
    }

    public static Scope of(Retention rule) {
        return new Scope(rule.services(), rule.regions());
    }

    public static Scope of(Right right) {
        return new Scope(right.services(), right.regions());
    }

    public static Scope of(Tracking tracking) {
        return new Scope(tracking.services(), tracking.regions());
    }

    /**
     * Of the rules that hold for these services and region, those of the highest specificity (several may tie:
     * the caller combines them).
     */
    public static <T> List<T> mostSpecific(
            List<T> rules, Function<T, Scope> scope, Collection<String> services, String region) {
        List<T> holding = rules.stream()
                .filter(rule -> scope.apply(rule).holds(services, region))
                .toList();
        Optional<Integer> best =
                holding.stream().map(rule -> scope.apply(rule).specificity()).max(Comparator.naturalOrder());
        return best.map(level -> holding.stream()
                        .filter(rule -> scope.apply(rule).specificity() == level)
                        .toList())
                .orElse(List.of());
    }
}
