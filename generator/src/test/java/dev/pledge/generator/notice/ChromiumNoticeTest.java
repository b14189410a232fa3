// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pledge.generator.SyntheticPolicy;
import dev.pledge.generator.model.Policy;
import dev.pledge.generator.model.Text;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The HTML notices open in a real browser (headless Chromium): the page loads without a single
 * console message (no blocked resource, no script, no error), and the rendered DOM names every
 * data item and every third party of the Xiaomi policy; its summary prints on one page. The
 * injection notice's DOM has no element that came from policy text.
 */
class ChromiumNoticeTest {

    @BeforeAll
    static void chromium() {
        HeadlessChromium.require();
    }

    static Stream<String> languages() {
        return NoticeGenerator.languages().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void xiaomiNoticeRendersEveryItemAndPartyWithoutConsoleErrors(String language, @TempDir Path dir) throws Exception {
        Policy policy = NoticeFixtures.xiaomi2021();
        Path page = dir.resolve(NoticeGenerator.fileName(policy, NoticeFormat.HTML, language));
        Files.write(
                page,
                new NoticeGenerator()
                        .render(policy, NoticeFormat.HTML, language)
                        .bytes());
        HeadlessChromium.Page opened = HeadlessChromium.open(page, dir);

        assertEquals(List.of(), opened.console(), "console messages");
        assertTrue(opened.dom().contains("<html lang=\"" + language + "\">"), "the browser parsed the page");
        List<String> missing = new ArrayList<>();
        Stream.concat(
                        policy.items().stream().map(i -> i.title()),
                        policy.parties().stream().map(p -> p.title()))
                .map(title -> dom(title, language))
                .filter(title -> !opened.dom().contains(title))
                .forEach(missing::add);
        assertEquals(List.of(), missing, "titles missing from the rendered DOM");
    }

    static Stream<Arguments> summaries() {
        return Stream.of("xiaomi", "synthetic-10")
                .flatMap(
                        policy -> NoticeGenerator.languages().stream().map(language -> Arguments.of(policy, language)));
    }

    /**
     * The summary prints on one page (header included): for Xiaomi, and for a policy ten times its
     * size. The page is cut where the full notice begins (the summary already breaks the page there).
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("summaries")
    void summaryPrintsOnOnePage(String name, String language, @TempDir Path dir) throws Exception {
        Policy policy = name.equals("xiaomi")
                ? NoticeFixtures.xiaomi2021()
                : NoticeFixtures.view(SyntheticPolicy.write(dir.resolve(name), 10));
        String html = new NoticeGenerator()
                .render(policy, NoticeFormat.HTML, language)
                .text();
        int full = html.indexOf("<p class=\"part\">");
        assertTrue(full > 0, "the page has a full notice part");
        Path page = dir.resolve(name + "-summary." + language + ".html");
        Files.writeString(page, html.substring(0, full) + "</main></body></html>\n", StandardCharsets.UTF_8);
        assertEquals(1, HeadlessChromium.printedPages(page, dir), "printed pages of the summary");
    }

    /**
     * The short "what changed" (Xiaomi 2015 to 2021, 241 typed changes) prints on one page: the
     * page holds the header and that section only (the summary and the full notice each start a
     * page of their own in print).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void whatChangedPrintsOnOnePage(String language, @TempDir Path dir) throws Exception {
        String html = new NoticeGenerator()
                .render(NoticeFixtures.xiaomi2021(), NoticeFixtures.xiaomi2015(), NoticeFormat.HTML, language)
                .text();
        int start = html.indexOf("<section id=\"what-changed\">");
        int end = html.indexOf("<p class=\"part\">", start);
        assertTrue(start > 0 && end > start, "what changed comes before the full notice");
        String page = html.substring(0, html.indexOf("<main>") + "<main>".length()) + html.substring(start, end)
                + "</main></body></html>\n";
        Path file = dir.resolve("what-changed." + language + ".html");
        Files.writeString(file, page, StandardCharsets.UTF_8);
        assertEquals(1, HeadlessChromium.printedPages(file, dir), "printed pages of what changed");
    }

    @Test
    void injectedMarkupStaysTextInTheBrowser(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("evil.en.html");
        Files.write(
                page,
                new NoticeGenerator()
                        .render(InjectionTest.policy(), NoticeFormat.HTML, "en")
                        .bytes());
        HeadlessChromium.Page opened = HeadlessChromium.open(page, dir);
        assertEquals(List.of(), opened.console(), "console messages (a blocked script or image would show here)");
        String dom = opened.dom().toLowerCase(Locale.ROOT);
        assertFalse(dom.contains("<script"), "no script element");
        assertFalse(dom.contains("<img"), "no img element");
        assertFalse(
                dom.contains("<b>") || dom.contains("<i>") || dom.contains("<u>"), "no formatting from policy text");
        assertFalse(dom.contains("href=\"javascript:") || dom.contains("href=\"data:"), "no script link");
        assertTrue(opened.dom().contains("&lt;script&gt;alert('party')&lt;/script&gt;"), "the text shows as written");
        assertTrue(
                Files.readString(page, StandardCharsets.UTF_8).contains("Content-Security-Policy"),
                "scripts could not run anyway");
    }

    /** A title as Chromium serialises it in a text node. */
    private static String dom(Text title, String language) {
        String text = title.has(language) ? title.in(language) : title.in("en");
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\u00a0", "&nbsp;");
    }
}
