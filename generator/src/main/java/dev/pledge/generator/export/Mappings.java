// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.export;

import dev.pledge.generator.model.DataItem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What policy names mean in each export format, read from the data files beside this class:
 * {@code data-types.tsv} (data items to DPV, Play and Apple data types), {@code purposes.tsv}
 * (purposes to use classes), {@code purpose-classes.tsv} (use classes to Play and Apple purposes)
 * and {@code dpv.tsv} (legal bases, rights and roles to DPV concepts). A folder of tables in the
 * same format can add and replace rows ({@link #withOverrides(Path)}).
 */
public final class Mappings {

    /** What one data item (or category) is in each format. */
    public record DataType(List<String> dpv, List<String> play, List<String> apple) {}

    /** The purpose a use class stands for in each store form; empty when the form has none. */
    public record PurposeClass(Optional<String> play, Optional<String> apple) {}

    private static final Mappings BUILT_IN = new Mappings(
            Tsv.resource("data-types.tsv", 4),
            Tsv.resource("purposes.tsv", 2),
            Tsv.resource("purpose-classes.tsv", 3),
            Tsv.resource("dpv.tsv", 2));

    private final Map<String, List<String>> dataTypes;
    private final Map<String, List<String>> purposes;
    private final Map<String, List<String>> classes;
    private final Map<String, List<String>> dpv;

    private Mappings(
            Map<String, List<String>> dataTypes,
            Map<String, List<String>> purposes,
            Map<String, List<String>> classes,
            Map<String, List<String>> dpv) {
        this.dataTypes = dataTypes;
        this.purposes = purposes;
        this.classes = classes;
        this.dpv = dpv;
        purposes.forEach((purpose, row) -> Tsv.values(row.get(0)).forEach(useClass -> {
            if (!classes.containsKey(useClass)) {
                throw new IllegalArgumentException("purposes.tsv: purpose '" + purpose + "' has the use class '"
                        + useClass + "', which purpose-classes.tsv does not list; use one of " + classes.keySet());
            }
        }));
    }

    /** The tables shipped with Pledge. */
    public static Mappings builtIn() {
        return BUILT_IN;
    }

    /**
     * These tables with the rows of {@code data-types.tsv} and {@code purposes.tsv} in a folder added
     * (a row for a name already listed replaces it). Either file may be missing.
     *
     * @throws IOException if a file cannot be read
     * @throws IllegalArgumentException if a file is not in the table's format
     */
    public Mappings withOverrides(Path folder) throws IOException {
        return new Mappings(
                merge(dataTypes, Tsv.file(folder.resolve("data-types.tsv"), 4)),
                merge(purposes, Tsv.file(folder.resolve("purposes.tsv"), 2)),
                classes,
                dpv);
    }

    private static Map<String, List<String>> merge(Map<String, List<String>> base, Map<String, List<String>> more) {
        Map<String, List<String>> merged = new LinkedHashMap<>(base);
        merged.putAll(more);
        return merged;
    }

    /** The data item's types: its own row, else its category's row; empty when neither is listed. */
    public Optional<DataType> dataType(DataItem item) {
        return dataType(item.id()).or(() -> dataType(item.category()));
    }

    /** The row of a data item or category name; empty when it is not listed. */
    public Optional<DataType> dataType(String name) {
        return Optional.ofNullable(dataTypes.get(name))
                .map(r -> new DataType(Tsv.values(r.get(0)), Tsv.values(r.get(1)), Tsv.values(r.get(2))));
    }

    /** The purpose's use classes; empty when the purpose is not listed. */
    public Optional<List<String>> useClasses(String purposeId) {
        return Optional.ofNullable(purposes.get(purposeId)).map(row -> Tsv.values(row.get(0)));
    }

    public PurposeClass purposeClass(String useClass) {
        List<String> row = classes.get(useClass);
        return new PurposeClass(
                Tsv.values(row.get(0)).stream().findFirst(),
                Tsv.values(row.get(1)).stream().findFirst());
    }

    /** A DPV concept the table may not have, e.g. {@code safeguard:aggregated}. */
    public Optional<String> dpvIfAny(String key) {
        List<String> row = dpv.get(key);
        return row == null ? Optional.empty() : Optional.of(row.get(0));
    }

    /** A fixed DPV concept, e.g. {@code basis:consent} to {@code eu-gdpr:A6-1-a}. */
    public String dpv(String key) {
        List<String> row = dpv.get(key);
        if (row == null) {
            throw new IllegalStateException("dpv.tsv has no row for " + key);
        }
        return row.get(0);
    }
}
