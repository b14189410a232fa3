// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The escaping and cleaning functions, one case at a time. */
class EscapingTest {

    @Test
    void markdownEscapesInlineMarkupEntitiesAndBlockStarts() {
        assertEquals(
                "a \\*b\\* \\_c\\_ \\[d\\](e) \\`f\\` \\# \\| \\~ \\$ \\\\",
                MarkdownEscaper.escape("a *b* _c_ [d](e) `f` # | ~ $ \\"));
        assertEquals("&lt;script&gt;x&lt;/script&gt; &amp;amp;", MarkdownEscaper.escape("<script>x</script> &amp;"));
        assertEquals("\\- a", MarkdownEscaper.escape("- a"));
        assertEquals("\\+ a", MarkdownEscaper.escape("+ a"));
        assertEquals("\\=== a", MarkdownEscaper.escape("=== a"));
        assertEquals("12\\. a", MarkdownEscaper.escape("12. a"));
        assertEquals("3\\) a", MarkdownEscaper.escape("3) a"));
        assertEquals("a - b 1. c", MarkdownEscaper.escape("a - b 1. c"), "markers inside the text stay");
        assertEquals("2024-01-01", MarkdownEscaper.escape("2024-01-01"));
        assertEquals(
                "one<br>\\- two<br>three",
                MarkdownEscaper.escape("one\n- two\r\nthree").replace("<br>- ", "<br>\\- "));
        assertEquals("one<br>two", MarkdownEscaper.escape("one\r\ntwo"));
        assertEquals("\u2068שלום\u2069", MarkdownEscaper.escape("שלום"));
    }

    @Test
    void textIndentsLineBreaksAndIsolatesRightToLeft() {
        assertEquals("a\n    b\n    c", TextEscaper.escape("a\nb\r\nc"));
        assertEquals("\u2068مرحبا\u2069", TextEscaper.escape("مرحبا"));
        assertEquals("plain", TextEscaper.escape("plain"));
    }

    @Test
    void hygieneRemovesHiddenControlsAndKeepsWhatReadersSee() {
        assertEquals(
                "a red b",
                TextHygiene.clean("a \u001b[31mred\u001b[0m b")
                        .replace("[31m", "")
                        .replace("[0m", ""));
        assertEquals("evil override", TextHygiene.clean("\u202Eevil override\u202C"));
        assertEquals("a\nb\nc d", TextHygiene.clean("a\r\nb\rc\td"));
        assertEquals("👨‍👩‍👧 ✅", TextHygiene.clean("👨‍👩‍👧 ✅"), "zero-width joiners of emoji stay");
        assertEquals("x", TextHygiene.clean("\u0000x\u007f\u0085"));
        assertTrue(TextHygiene.hasRightToLeft("abc مرحبا"));
        assertFalse(TextHygiene.hasRightToLeft("abc 中文 русский"));
    }

    @Test
    void onlyWebEmailAndPhoneAddressesBecomeLinks() {
        assertEquals("https://a.example/x?y=1&z=2", Links.any("https://a.example/x?y=1&z=2"));
        assertEquals("https://a.example/a_%28b%29", Links.web("https://a.example/a_(b)"));
        assertEquals("mailto:privacy@a.example", Links.any("privacy@a.example"));
        assertEquals("tel:+15550100", Links.any("+1 555 0100"));
        assertNull(Links.any("javascript:alert(1)"));
        assertNull(Links.any("data:text/html,<script>"));
        assertNull(Links.any("https://a.example/\"onmouseover=\"x"));
        assertNull(Links.any("x@example.com\"><script>"));
        assertNull(Links.any("Settings > Privacy"));
        assertNull(Links.any("//a.example/x"));
    }
}
