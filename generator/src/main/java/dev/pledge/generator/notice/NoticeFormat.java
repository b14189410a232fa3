// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.notice;

import java.util.Arrays;
import java.util.Locale;

/** The formats a notice comes in. */
public enum NoticeFormat {
    /** One self-contained HTML page: inline CSS, no script, nothing loaded from elsewhere. */
    HTML("html", "html", "notice.ftlh"),
    /** CommonMark with GitHub tables. */
    MARKDOWN("md", "md", "notice.md.ftl"),
    /** Plain UTF-8 text. */
    TEXT("text", "txt", "notice.txt.ftl");

    private final String id;
    private final String extension;
    private final String template;

    NoticeFormat(String id, String extension, String template) {
        this.id = id;
        this.extension = extension;
        this.template = template;
    }

    /** The name users give, e.g. {@code md}. */
    public String id() {
        return id;
    }

    /** The file name extension, without the dot, e.g. {@code txt}. */
    public String extension() {
        return extension;
    }

    String template() {
        return template;
    }

    /** The format a user names: {@code html}, {@code md} or {@code text}. */
    public static NoticeFormat of(String id) {
        String wanted = id.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(f -> f.id.equals(wanted))
                .findFirst()
                .orElseThrow(
                        () -> new IllegalArgumentException("unknown notice format '" + id + "': use html, md or text"));
    }
}
