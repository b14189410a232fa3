// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.notice;

import dev.pledge.generator.notice.NoticeModel.Entry;
import dev.pledge.generator.notice.NoticeModel.Fact;
import dev.pledge.generator.notice.NoticeModel.Section;
import java.util.ArrayList;
import java.util.List;

/** Small constructors for sections and entries; a section with nothing in it is null (left out). */
final class Sections {

    private Sections() {}

    static Section of(String anchor, String heading, List<Entry> entries) {
        return of(anchor, heading, List.of(), List.of(), entries);
    }

    static Section of(String anchor, String heading, List<String> paragraphs, List<Fact> facts, List<Entry> entries) {
        if (paragraphs.isEmpty() && facts.isEmpty() && entries.isEmpty()) {
            return null;
        }
        return new Section(anchor, heading, paragraphs, facts, null, entries);
    }

    static Entry entry(String kind, String id, String heading, Facts facts, String... paragraphs) {
        return entry(kind, id, heading, facts, List.of(), paragraphs);
    }

    static Entry entry(
            String kind, String id, String heading, Facts facts, List<Entry> children, String... paragraphs) {
        List<String> texts = new ArrayList<>();
        for (String paragraph : paragraphs) {
            if (paragraph != null && !paragraph.isEmpty()) {
                texts.add(paragraph);
            }
        }
        return new Entry(Refs.anchor(kind, id), heading, facts.build(), texts, children);
    }
}
