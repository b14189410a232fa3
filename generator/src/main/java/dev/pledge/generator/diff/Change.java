// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.diff;

import dev.pledge.generator.model.LegalBasis;
import dev.pledge.generator.model.ProvisionRequirement;
import dev.pledge.generator.model.RightKind;
import dev.pledge.generator.model.TransferMechanism;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One difference between two versions of a policy. Declarations are paired by name: the same name
 * in both versions is the same concept.
 */
public sealed interface Change {

    /** The kind of change as written in the outputs, e.g. {@code purpose-added}. */
    String kind();

    /** The name of the declaration the change is about. */
    String subject();

    /** One line of English for the text output. */
    String describe();

    /** The change's own values for the JSON output (kind and subject excluded). */
    Map<String, Object> details();

    /** A data item the new version declares and the old one does not. */
    record ItemAdded(String subject, String title, String category, boolean sensitive) implements Change {
        public String kind() {
            return "item-added";
        }

        public String describe() {
            return "data item `" + subject + "` (" + title + ") added to " + category
                    + (sensitive ? ", sensitive" : "");
        }

        public Map<String, Object> details() {
            return map("title", title, "category", category, "sensitive", sensitive);
        }
    }

    /** A data item the old version declares and the new one does not. */
    record ItemRemoved(String subject, String title) implements Change {
        public String kind() {
            return "item-removed";
        }

        public String describe() {
            return "data item `" + subject + "` (" + title + ") removed";
        }

        public Map<String, Object> details() {
            return map("title", title);
        }
    }

    /** A purpose only the new version has. */
    record PurposeAdded(String subject, String title, LegalBasis basis, List<String> items) implements Change {
        public PurposeAdded {
            items = List.copyOf(items);
        }

        public String kind() {
            return "purpose-added";
        }

        public String describe() {
            return "purpose `" + subject + "` (" + title + ") added, basis " + basis.id() + ", uses " + list(items);
        }

        public Map<String, Object> details() {
            return map("title", title, "basis", basis.id(), "items", items);
        }
    }

    /** A purpose only the old version has. */
    record PurposeRemoved(String subject, String title, LegalBasis basis) implements Change {
        public String kind() {
            return "purpose-removed";
        }

        public String describe() {
            return "purpose `" + subject + "` (" + title + ") removed";
        }

        public Map<String, Object> details() {
            return map("title", title, "basis", basis.id());
        }
    }

    /** A third party or recipient only the new version has. */
    record PartyAdded(String subject, String title, boolean named, List<String> items) implements Change {
        public PartyAdded {
            items = List.copyOf(items);
        }

        public String kind() {
            return "party-added";
        }

        public String describe() {
            return (named ? "third party `" : "recipient `") + subject + "` (" + title + ") added"
                    + (items.isEmpty() ? "" : ", receives " + list(items));
        }

        public Map<String, Object> details() {
            return map("title", title, "named", named, "items", items);
        }
    }

    /** A third party or recipient only the old version has. */
    record PartyRemoved(String subject, String title, boolean named) implements Change {
        public String kind() {
            return "party-removed";
        }

        public String describe() {
            return (named ? "third party `" : "recipient `") + subject + "` (" + title + ") removed";
        }

        public Map<String, Object> details() {
            return map("title", title, "named", named);
        }
    }

    /** A right only the new version grants. */
    record RightAdded(String subject, RightKind rightKind) implements Change {
        public String kind() {
            return "right-added";
        }

        public String describe() {
            return "right `" + subject + "` (" + rightKind.id() + ") added";
        }

        public Map<String, Object> details() {
            return map("right", rightKind.id());
        }
    }

    /** A right only the old version grants. */
    record RightRemoved(String subject, RightKind rightKind) implements Change {
        public String kind() {
            return "right-removed";
        }

        public String describe() {
            return "right `" + subject + "` (" + rightKind.id() + ") removed";
        }

        public Map<String, Object> details() {
            return map("right", rightKind.id());
        }
    }

    /** A purpose of both versions that uses data items in the new one it did not use in the old one. */
    record PurposeWidened(String subject, List<String> addedItems) implements Change {
        public PurposeWidened {
            addedItems = List.copyOf(addedItems);
        }

        public String kind() {
            return "purpose-widened";
        }

        public String describe() {
            return "purpose `" + subject + "` now also uses " + list(addedItems);
        }

        public Map<String, Object> details() {
            return map("addedItems", addedItems);
        }
    }

    /** A party of both versions that receives more: items it did not receive, or for purposes it did not receive for. */
    record PartyReceivesMore(String subject, List<String> addedItems, List<String> addedPurposes) implements Change {
        public PartyReceivesMore {
            addedItems = List.copyOf(addedItems);
            addedPurposes = List.copyOf(addedPurposes);
        }

        public String kind() {
            return "party-receives-more";
        }

        public String describe() {
            String items = addedItems.isEmpty() ? "" : " now also receives " + list(addedItems);
            String purposes = addedPurposes.isEmpty()
                    ? ""
                    : (items.isEmpty() ? " now receives data" : ",") + " for " + list(addedPurposes);
            return "party `" + subject + "`" + items + purposes;
        }

        public Map<String, Object> details() {
            return map("addedItems", addedItems, "addedPurposes", addedPurposes);
        }
    }

    /**
     * A purpose of both versions whose legal basis differs, everywhere else ({@code region} null) or in one
     * region the policy gives a basis of its own.
     */
    record LegalBasisChanged(
            String subject,
            String region,
            LegalBasis from,
            LegalBasis to,
            List<LegalBasis> fromAlternatives,
            List<LegalBasis> toAlternatives)
            implements Change {
        public LegalBasisChanged {
            fromAlternatives = List.copyOf(fromAlternatives);
            toAlternatives = List.copyOf(toAlternatives);
        }

        /** A change between single bases. */
        public LegalBasisChanged(String subject, String region, LegalBasis from, LegalBasis to) {
            this(subject, region, from, to, List.of(), List.of());
        }

        public String kind() {
            return "legal-basis-changed";
        }

        public String describe() {
            return "purpose `" + subject + "` legal basis" + (region == null ? "" : " in " + region) + " changed from "
                    + written(from, fromAlternatives) + " to " + written(to, toAlternatives);
        }

        public Map<String, Object> details() {
            Map<String, Object> details = region == null
                    ? map("from", from.id(), "to", to.id())
                    : map("region", region, "from", from.id(), "to", to.id());
            if (!fromAlternatives.isEmpty()) {
                details.put(
                        "fromAlternatives",
                        fromAlternatives.stream().map(LegalBasis::id).toList());
            }
            if (!toAlternatives.isEmpty()) {
                details.put(
                        "toAlternatives",
                        toAlternatives.stream().map(LegalBasis::id).toList());
            }
            return details;
        }

        private static String written(LegalBasis basis, List<LegalBasis> alternatives) {
            StringBuilder written = new StringBuilder(basis.id());
            alternatives.forEach(a -> written.append(" or ").append(a.id()));
            return written.toString();
        }
    }

    /** A purpose of both versions whose data the policy itemised in one version and leaves unstated in the other. */
    record PurposeDataUnstated(String subject, boolean unstated) implements Change {
        public String kind() {
            return "purpose-data-unstated";
        }

        public String describe() {
            return "purpose `" + subject + "` "
                    + (unstated
                            ? "now uses data the policy does not itemise (`uses unstated`)"
                            : "no longer uses data the policy does not itemise");
        }

        public Map<String, Object> details() {
            return map("unstated", unstated);
        }
    }

    /** A purpose or retention rule of both versions whose retention period differs. */
    record RetentionChanged(String subject, String from, String to) implements Change {
        public String kind() {
            return "retention-changed";
        }

        public String describe() {
            return "retention of `" + subject + "` changed from " + from + " to " + to;
        }

        public Map<String, Object> details() {
            return map("from", from, "to", to);
        }
    }

    /** A recipient of both versions whose occasions of disclosure ({@code when ...}) differ. */
    record TriggersChanged(String subject, List<String> added, List<String> removed) implements Change {
        public TriggersChanged {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
        }

        public String kind() {
            return "triggers-changed";
        }

        public String describe() {
            return "occasions on which `" + subject + "` receives data changed: " + addedRemoved(added, removed);
        }

        public Map<String, Object> details() {
            return map("added", added, "removed", removed);
        }
    }

    /**
     * A purpose, recipient or tracking technology of both versions whose safeguards ({@code safeguards ...},
     * {@code not-linked-to ...}) differ; not-linked items are written {@code not-linked-to:<item>}.
     */
    record SafeguardsChanged(String subject, List<String> added, List<String> removed) implements Change {
        public SafeguardsChanged {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
        }

        public String kind() {
            return "safeguards-changed";
        }

        public String describe() {
            return "safeguards of `" + subject + "` changed: " + addedRemoved(added, removed);
        }

        public Map<String, Object> details() {
            return map("added", added, "removed", removed);
        }
    }

    /** A commitment only the new version makes; {@code promises} are the kinds of its promises. */
    record CommitmentAdded(String subject, String title, List<String> promises) implements Change {
        public CommitmentAdded {
            promises = List.copyOf(promises);
        }

        public String kind() {
            return "commitment-added";
        }

        public String describe() {
            return "commitment `" + subject + "` (" + title + ") added: " + list(promises);
        }

        public Map<String, Object> details() {
            return map("title", title, "promises", promises);
        }
    }

    /** A commitment only the old version makes: the policy no longer promises it. */
    record CommitmentRemoved(String subject, String title, List<String> promises) implements Change {
        public CommitmentRemoved {
            promises = List.copyOf(promises);
        }

        public String kind() {
            return "commitment-removed";
        }

        public String describe() {
            return "commitment `" + subject + "` (" + title + ") withdrawn: " + list(promises);
        }

        public Map<String, Object> details() {
            return map("title", title, "promises", promises);
        }
    }

    /** A transfer across regions only the new version declares. */
    record TransferAdded(
            String subject,
            List<String> from,
            List<String> to,
            List<String> recipients,
            List<TransferMechanism> mechanisms)
            implements Change {
        public TransferAdded {
            from = List.copyOf(from);
            to = List.copyOf(to);
            recipients = List.copyOf(recipients);
            mechanisms = List.copyOf(mechanisms);
        }

        public String kind() {
            return "transfer-added";
        }

        public String describe() {
            return "transfer `" + subject + "` added: from " + list(from) + " to " + list(to)
                    + (recipients.isEmpty() ? "" : ", recipients " + list(recipients))
                    + (mechanisms.isEmpty()
                            ? ""
                            : ", by "
                                    + String.join(
                                            ", ",
                                            mechanisms.stream()
                                                    .map(TransferMechanism::id)
                                                    .toList()));
        }

        public Map<String, Object> details() {
            return map(
                    "from",
                    from,
                    "to",
                    to,
                    "recipients",
                    recipients,
                    "mechanisms",
                    mechanisms.stream().map(TransferMechanism::id).toList());
        }
    }

    /**
     * A purpose of both versions that now profiles people or makes automated decisions and did not
     * (GDPR Art. 13(2)(f), 22).
     *
     * @param profiling it now profiles people
     * @param decisions it now makes automated decisions
     */
    record AutomatedProcessingAdded(String subject, boolean profiling, boolean decisions) implements Change {
        public String kind() {
            return "automated-processing-added";
        }

        public String describe() {
            return "purpose `" + subject + "` now " + (profiling ? "profiles people" : "")
                    + (profiling && decisions ? " and " : "") + (decisions ? "makes automated decisions" : "");
        }

        public Map<String, Object> details() {
            return map("profiling", profiling, "automatedDecisions", decisions);
        }
    }

    /**
     * Whether people must provide data changed (GDPR Art. 13(2)(e)), for a purpose or a data item of
     * both versions.
     *
     * @param what {@code purpose} or {@code item}
     * @param from the old requirement, or null when the old version did not say
     * @param to the new requirement, or null when the new version does not say
     */
    record ProvisionChanged(String subject, String what, ProvisionRequirement from, ProvisionRequirement to)
            implements Change {
        public String kind() {
            return "provision-changed";
        }

        public String describe() {
            return "whether people must provide the data for " + what + " `" + subject + "` changed from "
                    + (from == null ? "not stated" : from.id()) + " to " + (to == null ? "not stated" : to.id());
        }

        public Map<String, Object> details() {
            return map("what", what, "from", from == null ? null : from.id(), "to", to == null ? null : to.id());
        }
    }

    private static String addedRemoved(List<String> added, List<String> removed) {
        return (added.isEmpty() ? "" : "added " + String.join(", ", added))
                + (added.isEmpty() || removed.isEmpty() ? "" : "; ")
                + (removed.isEmpty() ? "" : "removed " + String.join(", ", removed));
    }

    private static String list(List<String> names) {
        return names.isEmpty() ? "nothing" : String.join(", ", names);
    }

    private static Map<String, Object> map(Object... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }
}
