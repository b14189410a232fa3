// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.notice;

import java.util.ArrayList;
import java.util.List;

/**
 * What a notice template prints, worked out in Java for one language: every label and text is
 * resolved, translated and cleaned; the templates only lay it out and escape it. The same model
 * renders as HTML, Markdown and plain text. Nullable components are marked.
 *
 * @param language the notice's language code, e.g. {@code zh}
 * @param chrome fixed phrases of the layout
 * @param header the title block
 * @param summary the one-page summary that comes first
 * @param changes the short "what changed" after the summary, or null when no previous version was given
 * @param sections the full notice, in order
 * @param appendix every change since the previous version, after the full notice; null when no
 *     previous version was given or nothing changed
 */
public record NoticeModel(
        String language,
        Chrome chrome,
        Header header,
        Summary summary,
        Section changes,
        List<Section> sections,
        Section appendix) {

    public NoticeModel {
        sections = List.copyOf(sections);
    }

    /**
     * Fixed phrases of the page layout.
     *
     * @param separator what follows a label, e.g. {@code ": "}
     * @param comma what separates list values, e.g. {@code ", "}
     * @param appendix the heading of what follows the full notice
     * @param footer the last line: which policy and version the notice was generated from
     */
    public record Chrome(
            String contents,
            String summary,
            String fullNotice,
            String appendix,
            String separator,
            String comma,
            String none,
            String footer) {}

    /** @param facts version, effective date, address of the policy */
    public record Header(String title, String kind, List<Fact> facts, List<String> paragraphs) {
        public Header {
            facts = List.copyOf(facts);
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /**
     * The first layer, one printed page: a table of short answers to the questions a reader asks
     * first (who is responsible, how to reach them, what data, why and on what basis, who receives
     * it, where it goes, how long, your rights, how to use them).
     *
     * @param headers the two column headings (topic, answer)
     */
    public record Summary(
            String anchor, String heading, String intro, String caption, List<String> headers, List<Answer> answers) {
        public Summary {
            headers = List.copyOf(headers);
            answers = List.copyOf(answers);
        }
    }

    /** The answer to one question of the summary; no lines when the policy states nothing. */
    public record Answer(String topic, List<Line> lines) {
        public Answer {
            lines = List.copyOf(lines);
        }
    }

    /**
     * A line of an answer: {@code Consent: Ads, Analytics and 12 more}.
     *
     * @param label null for none
     * @param more how many more the full notice lists ({@code and 12 more}), or null
     */
    public record Line(String label, List<Value> values, Value more) {
        public Line {
            values = List.copyOf(values);
        }
    }

    /** A part of the notice; any of its lists may be empty, and {@code table} null. */
    public record Section(
            String anchor,
            String heading,
            List<String> paragraphs,
            List<Fact> facts,
            Table table,
            List<Entry> entries) {
        public Section {
            paragraphs = List.copyOf(paragraphs);
            facts = List.copyOf(facts);
            entries = List.copyOf(entries);
        }
    }

    /** One declaration of the policy (a purpose, a party...), with what the policy says about it. */
    public record Entry(
            String anchor, String heading, List<Fact> facts, List<String> paragraphs, List<Entry> children) {
        public Entry {
            facts = List.copyOf(facts);
            paragraphs = List.copyOf(paragraphs);
            children = List.copyOf(children);
        }
    }

    /**
     * A labelled statement: {@code Legal basis: Consent}.
     *
     * @param list true to show the values as a bulleted list (sentences), false to run them on one
     *        line (names)
     */
    public record Fact(String label, List<Value> values, boolean list) {
        public Fact {
            values = List.copyOf(values);
        }
    }

    /**
     * A table; the first cell of each row heads the row.
     *
     * @param caption null for none
     */
    public record Table(String caption, List<String> headers, List<Row> rows) {
        public Table {
            headers = List.copyOf(headers);
            rows = List.copyOf(rows);
        }
    }

    public record Row(List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** @param lead shown first and emphasised, or null; @param values the rest */
    public record Cell(Value lead, List<Value> values) {
        public Cell {
            values = List.copyOf(values);
        }
    }

    /**
     * One piece of text, maybe a link.
     *
     * @param prefix a fixed phrase shown before the text, not linked (e.g. {@code "Email: "}), or null
     * @param href a safe external address (http, https, mailto, tel) the text links to, or null
     * @param anchor the id of the notice entry it refers to (HTML only links it), or null
     * @param rtl whether the text has right-to-left letters (HTML isolates it)
     */
    public record Value(String prefix, String text, String href, String anchor, boolean rtl) {

        static Value of(String text) {
            return new Value(null, text, null, null, TextHygiene.hasRightToLeft(text));
        }

        static Value ref(String text, String anchor) {
            return new Value(null, text, null, anchor, TextHygiene.hasRightToLeft(text));
        }

        static Value ref(String prefix, String text, String anchor) {
            return new Value(prefix, text, null, anchor, TextHygiene.hasRightToLeft(text));
        }

        static Value link(String prefix, String text, String href) {
            return new Value(prefix, text, href, null, TextHygiene.hasRightToLeft(text));
        }
    }

    /** Entries and their children, depth first. */
    static List<Entry> flat(List<Entry> entries) {
        List<Entry> all = new ArrayList<>();
        for (Entry entry : entries) {
            all.add(entry);
            all.addAll(flat(entry.children()));
        }
        return all;
    }
}
