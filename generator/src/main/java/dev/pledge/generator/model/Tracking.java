// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

import java.util.List;

/**
 * A tracking technology: {@code tracking analytics-cookies "..." { kind cookie by google for analytics }}.
 *
 * @param kind null when the policy states none
 * @param parties ids of the parties that track, and of controllers that run it themselves (first party)
 * @param purposes ids of the purposes it serves
 * @param data ids of the items and categories as written after {@code collects}
 * @param items ids of the data items collected (categories expanded), without repeats
 * @param safeguards how the collected data is protected
 * @param notLinked ids of the items and categories its data is not linked to
 * @param description null when the policy gives none
 * @param impliedConsent whether the policy says consent is deemed given by an action ({@code implied-consent})
 * @param impliedConsentWords the policy's words for that, or null
 */
public record Tracking(
        String id,
        Text title,
        TrackingKind kind,
        List<String> parties,
        List<String> purposes,
        List<String> data,
        List<String> items,
        List<Safeguard> safeguards,
        List<String> notLinked,
        boolean consentRequired,
        List<Channel> optOut,
        List<String> services,
        List<String> regions,
        boolean allRegions,
        Text description,
        boolean impliedConsent,
        Text impliedConsentWords) {

    public Tracking {
        parties = List.copyOf(parties);
        purposes = List.copyOf(purposes);
        data = List.copyOf(data);
        items = List.copyOf(items);
        optOut = List.copyOf(optOut);
        safeguards = List.copyOf(safeguards);
        notLinked = List.copyOf(notLinked);
        services = List.copyOf(services);
        regions = List.copyOf(regions);
    }
}
