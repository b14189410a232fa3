// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.diff;

import dev.pledge.generator.model.Channel;
import dev.pledge.generator.model.ChannelKind;
import dev.pledge.generator.model.DataItem;
import dev.pledge.generator.model.Party;
import dev.pledge.generator.model.Policy;
import dev.pledge.generator.model.Purpose;
import dev.pledge.generator.model.Right;
import dev.pledge.generator.model.RightKind;
import dev.pledge.generator.model.Text;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Finds the declarations a new version says differently instead of dropping them. A removed
 * declaration is paired with declarations only the new version has, of the same kind, when:
 * <ul>
 *   <li>data items: the same title, or the same code reads them ({@code source});
 *   <li>purposes: the same title, or the same legal basis and the same data items;
 *   <li>parties: the same title once any part in brackets is left out ({@code The public} and
 *       {@code The public (prize winners)}), or a web address or SDK in common;
 *   <li>rights: the same kind and the same title, or a purpose or a way to use it in common.
 * </ul>
 * A removed control ({@code right control}) with no such pair is paired with the tracking
 * technologies, purposes and direct-marketing rules of the new version that offer a way to opt out
 * of the same kind (browser, settings...) and share a word of their title with it. Titles compare in
 * the policy's default language, words without case, small words and plural s. Pairs that share a
 * declaration form one restructuring (a split or a merge).
 */
final class Restructures {

    private static final Set<String> SMALL_WORDS = Set.of(
            "the",
            "and",
            "for",
            "from",
            "with",
            "your",
            "our",
            "you",
            "are",
            "use",
            "using",
            "that",
            "this",
            "which",
            "data",
            "information",
            "personal",
            "other",
            "its",
            "their");

    private final Policy before;
    private final Policy after;
    private final List<String[]> pairs = new ArrayList<>();

    private Restructures(Policy before, Policy after) {
        this.before = before;
        this.after = after;
    }

    static List<Restructure> find(Policy before, Policy after) {
        Restructures finder = new Restructures(before, after);
        finder.pair(
                "item",
                before.items(),
                after.items(),
                DataItem::id,
                (a, b) -> sameTitle(a.title(), b.title()) || common(a.sources(), b.sources()));
        finder.pair(
                "purpose",
                before.purposes(),
                after.purposes(),
                Purpose::id,
                (a, b) -> sameTitle(a.title(), b.title())
                        || a.mainBasis() == b.mainBasis()
                                && !a.items().isEmpty()
                                && new LinkedHashSet<>(a.items()).equals(new LinkedHashSet<>(b.items())));
        finder.pair(
                "party",
                before.parties(),
                after.parties(),
                Party::id,
                (a, b) -> sameTitle(a.title(), b.title()) || common(a.urls(), b.urls()) || common(a.sdks(), b.sdks()));
        finder.pair(
                "right",
                before.rights(),
                after.rights(),
                Right::id,
                (a, b) -> a.kind() == b.kind()
                        && (a.title() != null && b.title() != null && sameTitle(a.title(), b.title())
                                || common(a.purposes(), b.purposes())
                                || common(channels(a.channels()), channels(b.channels()))));
        finder.controlsNowOptOuts();
        return finder.grouped();
    }

    /** Pairs each declaration only {@code before} has with the declarations only {@code after} has that say the same. */
    private <T> void pair(String kind, List<T> old, List<T> now, Function<T, String> id, BiPredicate<T, T> same) {
        Set<String> oldIds = ids(old, id);
        Set<String> nowIds = ids(now, id);
        for (T removed : old) {
            if (nowIds.contains(id.apply(removed))) {
                continue;
            }
            for (T added : now) {
                if (!oldIds.contains(id.apply(added)) && same.test(removed, added)) {
                    pairs.add(new String[] {kind, id.apply(removed), kind, id.apply(added)});
                }
            }
        }
    }

    /** A removed control now offered as a way to opt out of a tracking technology, a purpose or direct marketing. */
    private void controlsNowOptOuts() {
        Set<String> nowRights = ids(after.rights(), Right::id);
        Set<String> paired = new LinkedHashSet<>();
        pairs.forEach(p -> paired.add(p[0] + "/" + p[1]));
        for (Right right : before.rights()) {
            if (right.kind() != RightKind.CONTROL
                    || nowRights.contains(right.id())
                    || paired.contains("right/" + right.id())
                    || right.title() == null) {
                continue;
            }
            Set<ChannelKind> kinds = new LinkedHashSet<>(
                    right.channels().stream().map(Channel::kind).toList());
            Set<String> words = words(right.title());
            after.trackings().forEach(t -> optOut(right, kinds, words, "tracking", t.id(), t.title(), t.optOut()));
            after.purposes().forEach(p -> optOut(right, kinds, words, "purpose", p.id(), p.title(), p.optOut()));
            after.marketing()
                    .forEach(m -> optOut(right, kinds, words, "direct-marketing", m.id(), m.title(), m.optOut()));
        }
    }

    private void optOut(
            Right right,
            Set<ChannelKind> kinds,
            Set<String> words,
            String kind,
            String id,
            Text title,
            List<Channel> optOut) {
        boolean sameWay = optOut.stream().anyMatch(c -> kinds.contains(c.kind()));
        if (sameWay && title != null && words.stream().anyMatch(words(title)::contains)) {
            pairs.add(new String[] {"right", right.id(), kind, id});
        }
    }

    /** Pairs that share a declaration, as one restructuring each, in the order first found. */
    private List<Restructure> grouped() {
        List<Restructure> groups = new ArrayList<>();
        for (String[] pair : pairs) {
            Set<String> old = new LinkedHashSet<>();
            Set<String> now = new LinkedHashSet<>();
            int at = groups.size();
            for (int i = groups.size() - 1; i >= 0; i--) {
                Restructure group = groups.get(i);
                boolean touches = group.kind().equals(pair[0]) && group.before().contains(pair[1])
                        || group.afterKind().equals(pair[2]) && group.after().contains(pair[3]);
                if (touches) {
                    old.addAll(group.before());
                    now.addAll(group.after());
                    groups.remove(i);
                    at = i;
                }
            }
            old.add(pair[1]);
            now.add(pair[3]);
            groups.add(at, new Restructure(pair[0], new ArrayList<>(old), pair[2], new ArrayList<>(now)));
        }
        return groups;
    }

    private static <T> Set<String> ids(List<T> declarations, Function<T, String> id) {
        Set<String> ids = new LinkedHashSet<>();
        declarations.forEach(d -> ids.add(id.apply(d)));
        return ids;
    }

    private static boolean common(Collection<String> a, Collection<String> b) {
        return a.stream().anyMatch(b::contains);
    }

    private static List<String> channels(List<Channel> channels) {
        return channels.stream()
                .map(c -> c.kind().id() + ":" + c.value().text())
                .toList();
    }

    /** Equal titles, once case, punctuation and any part in brackets are left out. */
    static boolean sameTitle(Text a, Text b) {
        String x = bare(a.text());
        return !x.isEmpty() && x.equals(bare(b.text()));
    }

    private static String bare(String title) {
        return title.replaceAll("\\([^)]*\\)|（[^）]*）", " ")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }

    /** The words of a title that carry meaning: no small words, no plural s. */
    static Set<String> words(Text title) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : title.text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() > 2 && !SMALL_WORDS.contains(word)) {
                words.add(word.endsWith("s") && word.length() > 3 ? word.substring(0, word.length() - 1) : word);
            }
        }
        return words;
    }
}
