// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who receives data: a named third party ({@code party appsflyer "AppsFlyer" { ... }}) or a kind of
 * recipient the policy does not name ({@code recipient advertisers "Advertising partners" { ... }}).
 * Text components are null when the policy does not state them.
 *
 * @param named true for {@code party}, false for {@code recipient}
 * @param role null when the policy states none
 * @param disclosures what it receives and why, in the order written
 * @param locations ids of the regions where it is located
 * @param mechanisms how data is transferred to it
 * @param sdks the code packages through which the application reaches it (for the scanner)
 * @param services ids of the services it takes part in
 * @param triggers the occasions on which it receives data, for all its disclosures ({@code disclosed when ...})
 * @param notifyVia how people are told before data goes to it ({@code notify via ...})
 */
public record Party(
        String id,
        Text title,
        boolean named,
        List<PartyKind> kinds,
        PartyRole role,
        List<String> urls,
        List<Disclosure> disclosures,
        List<String> locations,
        List<TransferMechanism> mechanisms,
        List<String> sdks,
        List<String> services,
        List<Trigger> triggers,
        List<Channel> notifyVia,
        List<Text> conditions,
        Text description) {

    public Party {
        kinds = List.copyOf(kinds);
        urls = List.copyOf(urls);
        disclosures = List.copyOf(disclosures);
        locations = List.copyOf(locations);
        mechanisms = List.copyOf(mechanisms);
        sdks = List.copyOf(sdks);
        services = List.copyOf(services);
        triggers = List.copyOf(triggers);
        notifyVia = List.copyOf(notifyVia);
        conditions = List.copyOf(conditions);
    }

    /** Ids of every data item it receives, in the order first named, without repeats. */
    public List<String> receivedItems() {
        Set<String> items = new LinkedHashSet<>();
        disclosures.forEach(d -> items.addAll(d.items()));
        return List.copyOf(items);
    }

    /** Every occasion on which it receives data: its own and its disclosures', without repeats. */
    public List<TriggerKind> triggerKinds() {
        Set<TriggerKind> kinds = new LinkedHashSet<>();
        triggers.forEach(t -> kinds.add(t.kind()));
        disclosures.forEach(d -> d.triggers().forEach(t -> kinds.add(t.kind())));
        return List.copyOf(kinds);
    }

    /** Ids of every purpose it receives data for, in the order first named, without repeats. */
    public List<String> receivedFor() {
        Set<String> purposes = new LinkedHashSet<>();
        disclosures.forEach(d -> purposes.addAll(d.purposes()));
        return List.copyOf(purposes);
    }
}
