// SPDX-License-Identifier: Apache-2.0
package dev.pledge.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ids, texts and timestamps are checked before any store sees them, so every store accepts and refuses the same
 * records. The inputs are the ones that fooled the stores before: an unpaired surrogate (PostgreSQL stored
 * {@code user-\uD800} as {@code user-?}, merging two subjects), NUL (accepted by H2 and memory, refused by
 * PostgreSQL), an id of one zero-width space, {@code Instant.MAX}.
 */
class RecordTextTest {
    private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");
    private final ConsentStore store = ConsentStores.inMemory();
    private final ConsentLedger ledger = ConsentLedger.open(
            store,
            TestPurpose.guard(),
            TestPurpose.POLICY,
            TestPurpose.POLICY_VERSION,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @ParameterizedTest
    @ValueSource(
            strings = {
                "user-\uD800", // unpaired high surrogate
                "user-\uDC00x", // unpaired low surrogate
                "\u200B", // zero-width space alone
                "user\u200B", // zero-width space inside
                "user-\u0000", // NUL
                "user-\u001b[31m", // terminal escape
                "user-\u202E", // right-to-left override
                "user-\u2066", // left-to-right isolate
                "user-\u200F", // right-to-left mark
                "\uFEFFuser", // byte-order mark
                "user\u2028", // line separator
                " user", // leading space
                "user\u00A0" // trailing no-break space
            })
    void subjectIdsThatAStoreWouldChangeOrThatLookLikeOthersAreRefusedBeforeAnyStore(String subject) {
        LedgerException e = assertThrows(
                LedgerException.class, () -> ledger.grant(subject, TestPurpose.ANALYTICS, null, "app", null));
        assertTrue(e.getMessage().startsWith("cannot record GRANT: subject id "), e.getMessage());
        assertEquals(0, store.count(), "nothing reached the store");
        assertThrows(LedgerException.class, () -> ledger.subject(subject), "look-ups are refused too");
        assertThrows(LedgerException.class, () -> store.history(subject));
    }

    @Test
    void messagesShowInvisibleCharactersAsEscapes() {
        LedgerException e = assertThrows(
                LedgerException.class, () -> ledger.grant("user-\uD800", TestPurpose.ANALYTICS, null, "app", null));
        assertEquals(
                "cannot record GRANT: subject id holds an unpaired surrogate U+D800 at index 5: it is not well-formed"
                        + " Unicode text (a store would change or refuse it)",
                e.getMessage());
        e = assertThrows(LedgerException.class, () -> ledger.grant("\u200B", TestPurpose.ANALYTICS, null, "app", null));
        assertEquals(
                "cannot record GRANT: subject id holds an invisible format character (U+200B) at index 0: ids and"
                        + " texts of consent records are visible text only",
                e.getMessage());
        e = assertThrows(
                LedgerException.class, () -> ledger.grant("al\u202Eice ", TestPurpose.ANALYTICS, null, "app", null));
        assertEquals(
                "cannot record GRANT: subject id 'al\\u202eice ' starts or ends with a space: remove it, ids are"
                        + " compared exactly",
                e.getMessage());
    }

    @Test
    void realWorldIdsAndTextsAreAccepted() {
        String[] subjects = {"user-42", "用户-42", "пользователь 7", "😀-fan", "a\"b\\c", "x".repeat(255)};
        for (String subject : subjects) {
            ledger.grant(
                    subject,
                    TestPurpose.ANALYTICS,
                    TestRegion.EU,
                    "app-settings",
                    "Toggle \"Analytics\" on.\nFamily 👨\u200D👩\u200D👧, שלום\u200F, soft\u00ADhyphen\t.");
        }
        assertEquals(subjects.length, store.count());
        assertEquals(1, store.history("用户-42").size());
    }

    @Test
    void evidenceMayBreakLinesButNotHideOrReorderText() {
        for (String evidence : new String[] {"a\u0000b", "a\u0007b", "a\u202Eb", "a\u2067b", "\uFEFFa", "a\uD83D"}) {
            assertThrows(
                    LedgerException.class,
                    () -> ledger.grant("alice", TestPurpose.ANALYTICS, null, "app", evidence),
                    evidence);
        }
        LedgerException e = assertThrows(
                LedgerException.class,
                () -> ledger.grant("alice", TestPurpose.ANALYTICS, null, "app", "x".repeat(10_001)));
        assertTrue(e.getMessage().endsWith("evidence is longer than 10000 chars"), e.getMessage());
        assertEquals(0, store.count());
    }

    @Test
    void everyIdFieldFollowsTheSameRules() {
        assertThrows(LedgerException.class, () -> record("r\u0000", "s", "p", "v", "c", "EU"));
        assertThrows(LedgerException.class, () -> record("r", "s", "p\u200B", "v", "c", "EU"));
        assertThrows(LedgerException.class, () -> record("r", "s", "p", "v\uD800", "c", "EU"));
        assertThrows(LedgerException.class, () -> record("r", "s", "p", "v", "web\tform", "EU"));
        assertThrows(LedgerException.class, () -> record("r", "s", "p", "v", "", "EU"));
        assertThrows(LedgerException.class, () -> record("r", "s", "p", "v", "c", "E\u202EU"));
        assertThrows(LedgerException.class, () -> record("r".repeat(256), "s", "p", "v", "c", "EU"));
        record("r", "s", "p", "v", null, null);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "-1000000000-01-01T00:00:00Z",
                "+1000000000-12-31T23:59:59.999999999Z",
                "1969-12-31T23:59:59.999999Z",
                "+10000-01-01T00:00:00Z"
            })
    void timestampsOutsideWhatEveryStoreHoldsAreRefused(String at) {
        Instant instant = Instant.parse(at);
        LedgerException e = assertThrows(
                LedgerException.class,
                () -> new ConsentRecord(
                        "r", "s", "analytics", 1, "p", "v", ConsentAction.GRANT, instant, null, null, null));
        assertEquals(
                "consent record r: timestamp " + instant
                        + " is out of range: consent records are dated from 1970-01-01 to 9999-12-31 (UTC)",
                e.getMessage());
        ConsentLedger atTheEdge = ConsentLedger.open(
                store,
                TestPurpose.guard(),
                TestPurpose.POLICY,
                TestPurpose.POLICY_VERSION,
                Clock.fixed(instant, ZoneOffset.UTC));
        assertThrows(LedgerException.class, () -> atTheEdge.grant("alice", TestPurpose.ANALYTICS, null, null, null));
        assertEquals(0, store.count());
    }

    @Test
    void theFirstAndLastMicrosecondAreAccepted() {
        record("first", Instant.EPOCH);
        record("last", Instant.parse("9999-12-31T23:59:59.999999Z"));
        assertEquals(
                Instant.parse("9999-12-31T23:59:59.999999Z"),
                record("last-nanos", Instant.parse("9999-12-31T23:59:59.999999999Z"))
                        .timestamp(),
                "truncated to microseconds after the range check of the given instant");
    }

    private static ConsentRecord record(String id, Instant at) {
        return new ConsentRecord(id, "s", "analytics", 1, "p", "v", ConsentAction.GRANT, at, null, null, null);
    }

    private static ConsentRecord record(
            String id, String subject, String purpose, String version, String channel, String jurisdiction) {
        return new ConsentRecord(
                id, subject, purpose, 1, "p", version, ConsentAction.GRANT, NOW, channel, null, jurisdiction);
    }
}
