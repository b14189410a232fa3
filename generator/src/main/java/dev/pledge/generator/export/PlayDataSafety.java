// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.export;

import dev.pledge.generator.model.Channel;
import dev.pledge.generator.model.ChannelKind;
import dev.pledge.generator.model.Policy;
import dev.pledge.generator.model.Right;
import dev.pledge.generator.model.RightKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Google Play data safety answers as the CSV the Play Console imports and exports: the header, the
 * global questions, one row per data type of the form (true when the policy collects or shares it,
 * empty otherwise) and, for each of those types, its usage rows. Ids come from
 * {@code play-data-safety.csv}; policy items become Play types through {@code data-types.tsv},
 * purposes become Play purposes through {@code purposes.tsv} and {@code purpose-classes.tsv}.
 * Personal data items or purposes the tables do not list, and questions the policy cannot answer
 * (encryption in transit, ephemeral processing), are warnings: left empty, never guessed.
 */
public final class PlayDataSafety {

    private PlayDataSafety() {}

    /** What the policy says about one Play data type, merged over the items that are of that type. */
    private static final class TypeUse {
        final Set<String> collectedFor = new LinkedHashSet<>();
        final Set<String> sharedFor = new LinkedHashSet<>();
        boolean collected;
        boolean shared;
        boolean optional = true;
    }

    public static ExportFile export(Policy policy, Mappings mappings) {
        PlayTemplate form = PlayTemplate.builtIn();
        List<String> warnings = new ArrayList<>();
        Map<String, TypeUse> types = types(policy, mappings, form, warnings);
        warnings.addAll(DataUse.unstatedWarnings(policy, "play"));
        StringBuilder csv = new StringBuilder(Csv.record(form.header));
        csv.append(Csv.record(form.row("collects").answer(String.valueOf(!types.isEmpty()))));
        csv.append(Csv.record(form.row("encrypted").answer("")));
        warnings.add(
                "play: PSL_DATA_COLLECTION_ENCRYPTED_IN_TRANSIT left empty: a policy does not say whether all data is"
                        + " encrypted in transit; answer it in the Play Console");
        boolean deletion = policy.rights().stream()
                .anyMatch(r -> r.kind() == RightKind.ERASURE || r.kind() == RightKind.ACCOUNT_DELETION);
        csv.append(Csv.record(form.row("deletion").answer(String.valueOf(deletion))));
        csv.append(
                Csv.record(form.row("deletion-url").answer(deletionUrl(policy).orElse(""))));
        form.types.forEach((type, row) -> csv.append(Csv.record(row.answer(types.containsKey(type) ? "true" : ""))));
        if (!types.isEmpty()) {
            warnings.add(
                    "play: PSL_DATA_USAGE_EPHEMERAL left empty for every data type: a policy does not say whether data"
                            + " is processed only in memory; answer it in the Play Console");
        }
        for (Map.Entry<String, TypeUse> entry : types.entrySet()) {
            usage(csv, form, entry.getKey(), entry.getValue());
        }
        return new ExportFile(ExportFormat.PLAY, ExportFormat.PLAY.fileName(), csv.toString(), warnings);
    }

    private static void usage(StringBuilder csv, PlayTemplate form, String type, TypeUse use) {
        String label = form.typeLabel(type);
        csv.append(
                Csv.record(form.row("usage-collected").fill(type, label, "", "").answer(use.collected ? "true" : "")));
        csv.append(Csv.record(form.row("usage-shared").fill(type, label, "", "").answer(use.shared ? "true" : "")));
        csv.append(
                Csv.record(form.row("usage-ephemeral").fill(type, label, "", "").answer("")));
        csv.append(
                Csv.record(form.row("usage-optional").fill(type, label, "", "").answer(use.optional ? "true" : "")));
        csv.append(
                Csv.record(form.row("usage-required").fill(type, label, "", "").answer(use.optional ? "" : "true")));
        form.purposes.forEach((purpose, purposeLabel) -> csv.append(Csv.record(form.row("collection-purpose")
                .fill(type, label, purpose, purposeLabel)
                .answer(use.collectedFor.contains(purpose) ? "true" : ""))));
        form.purposes.forEach((purpose, purposeLabel) -> csv.append(Csv.record(form.row("sharing-purpose")
                .fill(type, label, purpose, purposeLabel)
                .answer(use.sharedFor.contains(purpose) ? "true" : ""))));
    }

    /** Play types in form order, each with what the policy's items of that type say. */
    private static Map<String, TypeUse> types(
            Policy policy, Mappings mappings, PlayTemplate form, List<String> warnings) {
        Map<String, TypeUse> found = new LinkedHashMap<>();
        Set<String> unmappedPurposes = new LinkedHashSet<>();
        for (DataUse use : DataUse.of(policy, mappings)) {
            if (!use.personal() || (!use.collected() && use.sharedFor().isEmpty())) {
                continue;
            }
            Optional<Mappings.DataType> mapped = mappings.dataType(use.item());
            if (mapped.isEmpty()) {
                warnings.add("play: data item `" + use.item().id()
                        + "` has no Play data type: add a row for it to data-types.tsv"
                        + " (pledge export --mappings DIR)");
                continue;
            }
            for (String type : mapped.get().play()) {
                if (!form.types.containsKey(type)) {
                    throw new IllegalStateException("data-types.tsv maps `"
                            + use.item().id() + "` to " + type + ", which play-data-safety.csv does not list");
                }
                TypeUse typeUse = found.computeIfAbsent(type, t -> new TypeUse());
                typeUse.collected |= use.collected();
                typeUse.shared |= !use.sharedFor().isEmpty();
                typeUse.optional &= use.optional() || !use.collected();
                typeUse.collectedFor.addAll(playPurposes(use.purposes(), mappings, unmappedPurposes));
                typeUse.sharedFor.addAll(playPurposes(use.sharedFor(), mappings, unmappedPurposes));
            }
        }
        unmappedPurposes.forEach(p -> warnings.add("play: purpose `" + p + "` has no Play purpose: add a row for it to"
                + " purposes.tsv (pledge export --mappings DIR)"));
        Map<String, TypeUse> ordered = new LinkedHashMap<>();
        form.types.keySet().stream().filter(found::containsKey).forEach(type -> ordered.put(type, found.get(type)));
        return ordered;
    }

    private static Set<String> playPurposes(List<String> purposes, Mappings mappings, Set<String> unmapped) {
        Set<String> play = new LinkedHashSet<>();
        for (String purpose : purposes) {
            Optional<List<String>> classes = mappings.useClasses(purpose);
            if (classes.isEmpty()) {
                unmapped.add(purpose);
                continue;
            }
            classes.get().forEach(c -> mappings.purposeClass(c).play().ifPresent(play::add));
        }
        return play;
    }

    /** A web or link channel of an account-deletion right (else of an erasure right). */
    private static Optional<String> deletionUrl(Policy policy) {
        for (RightKind kind : List.of(RightKind.ACCOUNT_DELETION, RightKind.ERASURE)) {
            for (Right right : policy.rights()) {
                if (right.kind() == kind) {
                    for (Channel channel : right.channels()) {
                        String value = channel.value().text();
                        if ((channel.kind() == ChannelKind.WEB || channel.kind() == ChannelKind.LINK)
                                && value.startsWith("http")) {
                            return Optional.of(value);
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }
}
