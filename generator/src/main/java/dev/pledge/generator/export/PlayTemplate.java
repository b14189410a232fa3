// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Play Console data safety form as the data file {@code play-data-safety.csv} lists it: every
 * question and response id, answer requirement and label, each row under a key that says what it
 * asks ({@code collects}, {@code type}, {@code usage-shared}, ...). All Play ids live in that one
 * file, so that a fresh Play Console export can correct them without touching code. Usage rows are
 * patterns: {@code {type}}, {@code {label}}, {@code {purpose}} and {@code {purpose-label}} are
 * filled in per data type and purpose.
 */
final class PlayTemplate {

    /** One row of the data file: the key and the four Play columns. */
    record Row(String key, String question, String response, String requirement, String label) {
        /** This row's Play CSV columns with a response value. */
        List<String> answer(String value) {
            return List.of(question, response, value, requirement, label);
        }

        Row fill(String type, String typeLabel, String purpose, String purposeLabel) {
            return new Row(
                    key,
                    fillIn(question, type, typeLabel, purpose, purposeLabel),
                    fillIn(response, type, typeLabel, purpose, purposeLabel),
                    requirement,
                    fillIn(label, type, typeLabel, purpose, purposeLabel));
        }

        private static String fillIn(String text, String type, String typeLabel, String purpose, String purposeLabel) {
            return text.replace("{type}", type)
                    .replace("{label}", typeLabel)
                    .replace("{purpose-label}", purposeLabel)
                    .replace("{purpose}", purpose);
        }
    }

    /** The header of a Play Console data safety CSV: the data file's columns and the response value. */
    final List<String> header;

    final Map<String, Row> single = new LinkedHashMap<>();
    /** Data types: response id to row, in form order. */
    final Map<String, Row> types = new LinkedHashMap<>();
    /** Purposes: response id to label, in form order. */
    final Map<String, String> purposes = new LinkedHashMap<>();

    /** The third column of a Play Console CSV, which the data file (a form without answers) leaves out. */
    static final String RESPONSE_VALUE = "Response value";

    private static final PlayTemplate BUILT_IN = read();

    private PlayTemplate(List<List<String>> records) {
        List<String> columns = records.get(0);
        header = List.of(columns.get(1), columns.get(2), RESPONSE_VALUE, columns.get(3), columns.get(4));
        for (List<String> record : records.subList(1, records.size())) {
            if (record.size() != 5) {
                throw new IllegalStateException("play-data-safety.csv: a row needs 5 columns: " + record);
            }
            Row row = new Row(record.get(0), record.get(1), record.get(2), record.get(3), record.get(4));
            switch (row.key()) {
                case "type" -> types.put(row.response(), row);
                case "purpose" -> purposes.put(row.response(), row.label());
                default -> single.put(row.key(), row);
            }
        }
    }

    static PlayTemplate builtIn() {
        return BUILT_IN;
    }

    Row row(String key) {
        Row row = single.get(key);
        if (row == null) {
            throw new IllegalStateException("play-data-safety.csv has no row with the key " + key);
        }
        return row;
    }

    /** The short label of a data type: the part of its label after the last {@code /}. */
    String typeLabel(String type) {
        String label = types.get(type).label();
        return label.substring(label.lastIndexOf('/') + 1).strip();
    }

    private static PlayTemplate read() {
        try (InputStream in = PlayTemplate.class.getResourceAsStream("play-data-safety.csv")) {
            if (in == null) {
                throw new IllegalStateException("play-data-safety.csv is missing from the generator jar");
            }
            return new PlayTemplate(new ArrayList<>(Csv.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
