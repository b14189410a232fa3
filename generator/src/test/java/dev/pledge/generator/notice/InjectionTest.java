// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pledge.generator.TestPolicies;
import dev.pledge.generator.model.Policy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Policy texts full of markup ({@code injection.pledge}: HTML, Markdown control characters, quotes,
 * {@code &}, leading list markers, right-to-left scripts, emoji, line breaks, terminal escapes,
 * bidirectional overrides, {@code javascript:} addresses) come out of every format as plain text.
 */
class InjectionTest {

    /** The only elements the HTML template writes. */
    private static final Set<String> OUR_ELEMENTS = Set.of(
            "html", "head", "meta", "title", "style", "body", "header", "nav", "h1", "h2", "h3", "h4", "h5", "ol", "ul",
            "li", "a", "main", "section", "article", "p", "strong", "dl", "dt", "dd", "div", "table", "caption",
            "thead", "tbody", "tr", "th", "td", "br", "bdi", "footer");

    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9]*)");
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

    static Policy policy() {
        return NoticeFixtures.view(TestPolicies.resource("notice/injection.pledge"));
    }

    static Stream<String> languages() {
        return NoticeGenerator.languages().stream();
    }

    private static String render(NoticeFormat format, String language) {
        return new NoticeGenerator().render(policy(), format, language).text();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void htmlShowsMarkupAsText(String language) {
        String html = render(NoticeFormat.HTML, language);
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), "no script element");
        assertFalse(html.contains("<!--"), "no comment");
        Set<String> foreign = new TreeSet<>();
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            if (!OUR_ELEMENTS.contains(tag.group(2).toLowerCase(Locale.ROOT))
                    && !tag.group(2).equals("DOCTYPE")) {
                foreign.add(tag.group());
            }
        }
        assertEquals(Set.of(), foreign, "elements that came from policy text");
        Matcher href = HREF.matcher(html);
        List<String> hrefs = new ArrayList<>();
        while (href.find()) {
            hrefs.add(href.group(1));
        }
        assertFalse(hrefs.isEmpty());
        for (String link : hrefs) {
            assertTrue(link.matches("(#|https://|http://|mailto:|tel:)[^\\s<>\"]*"), () -> "unsafe link " + link);
        }
        assertTrue(html.contains("&lt;script&gt;alert("), "the script tag shows as text");
        assertTrue(html.contains("&lt;img src=x onerror=alert("), "the img tag shows as text");
        assertTrue(
                html.contains("x@example.com&quot;&gt;&lt;script&gt;"),
                "a broken email address shows as text, unlinked");
        assertTrue(
                html.contains("href=\"https://example.com/a_%28b%29_c?x=1&amp;y=2\""),
                "a real address is linked, escaped");
        assertTrue(html.contains("<bdi>"), "right-to-left text is isolated");
        assertTrue(html.contains("javascript:alert(&#39;url&#39;)"), "a javascript: address shows as text");
        common(html);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void markdownShowsMarkupAsText(String language) {
        String md = render(NoticeFormat.MARKDOWN, language);
        assertEquals(-1, md.replace("<br>", "").indexOf('<'), "no raw < but the notice's own line breaks");
        assertTrue(md.contains("&lt;script&gt;alert"));
        assertFalse(md.contains("](javascript"), "no javascript: link");
        assertFalse(md.contains("](data:"), "no data: link");
        assertTrue(
                md.contains("line one<br>line two<br>\\# not a heading<br>- not a list"),
                "line breaks stay inside the text");
        // each marker's text, and how every occurrence of it must read in Markdown
        List<List<String>> escapes = List.of(
                List.of("leading dash", "\\- leading dash"),
                List.of("leading number", "1\\. leading number"),
                List.of("leading paren", "2\\) leading paren"),
                List.of("leading plus", "\\+ leading plus"),
                List.of("hash heading", "\\# hash heading \\\\ backslash"),
                List.of(
                        "strike",
                        "\\*star\\* \\_under\\_ \\[link\\](https://evil.example) \\`tick\\` \\~\\~strike\\~\\~ \\$math\\$"));
        for (List<String> escape : escapes) {
            assertTrue(md.contains(escape.get(1)), () -> "escaped: " + escape.get(1));
            assertEquals(
                    count(md, escape.get(0)),
                    count(md, escape.get(1)),
                    () -> "every occurrence escaped: " + escape.get(1));
        }
        assertEquals(count(md, "`"), count(md, "\\`"), "every backtick escaped");
        assertTableRowsKeepTheirCells(md);
        common(md, "ANSI \\[31mred\\[0m and evil override end");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void textKeepsPolicyLinesIndented(String language) {
        String text = render(NoticeFormat.TEXT, language);
        assertTrue(text.contains("line one\n    line two\n    # not a heading\n    - not a list"));
        assertFalse(text.contains("\n# not a heading"));
        assertFalse(text.contains("\n- third line"));
        assertTrue(text.contains("\u2068مرحبا بالعالم and שלום עולם\u2069"), "right-to-left text is isolated");
        common(text);
    }

    /** What every format does: no hidden controls, emoji and right-to-left text intact. */
    private static void common(String notice) {
        common(notice, "ANSI [31mred[0m and evil override end");
    }

    private static void common(String notice, String controlsRemoved) {
        assertFalse(notice.contains("\u001b"), "no terminal escape");
        assertFalse(notice.contains("\u202E") || notice.contains("\u202C"), "no bidirectional override");
        assertTrue(notice.contains(controlsRemoved), "the rest of the text stays");
        assertTrue(notice.contains("Emoji 🔒 👨‍👩‍👧 ✅"), "emoji intact");
        assertTrue(notice.contains("مرحبا بالعالم and שלום עולם"), "right-to-left text intact");
    }

    /** Every row of every Markdown table has as many cells as its header. */
    private static void assertTableRowsKeepTheirCells(String md) {
        int header = -1;
        int tables = 0;
        for (String line : md.split("\n")) {
            if (!line.startsWith("|")) {
                header = -1;
                continue;
            }
            int cells = unescapedPipes(line);
            if (header < 0) {
                header = cells;
                tables++;
            } else {
                assertEquals(header, cells, () -> "a table row with a broken cell: " + line);
            }
        }
        assertTrue(tables >= 1, "the summary table is there");
    }

    private static int unescapedPipes(String line) {
        int pipes = 0;
        int backslashes = 0;
        for (char c : line.toCharArray()) {
            if (c == '|' && backslashes % 2 == 0) {
                pipes++;
            }
            backslashes = c == '\\' ? backslashes + 1 : 0;
        }
        return pipes;
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }
}
