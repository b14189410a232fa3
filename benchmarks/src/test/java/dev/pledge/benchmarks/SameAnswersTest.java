// SPDX-License-Identifier: Apache-2.0
package dev.pledge.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.iabtcf.decoder.TCString;
import dev.pledge.runtime.Decision;
import dev.pledge.runtime.LegalBasis;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The comparison is only fair if the three implementations answer the same questions the same way: this
 * asks the benchmark methods themselves every precomputed question, and checks the population behind them.
 */
class SameAnswersTest {

    @Test
    void benchmarkMethodsGiveTheSameAnswerToEveryQuestion() {
        ConsentCheckBenchmark b = new ConsentCheckBenchmark();
        b.setUp();
        ConsentFixture f = ConsentFixture.create();
        int allowed = 0;
        for (int k = 0; k < ConsentFixture.QUESTIONS; k++) {
            b.seek(k);
            boolean guard = b.guardCheck();
            b.seek(k);
            boolean guardLookup = b.guardCheckWithSubjectLookup();
            b.seek(k);
            boolean map = b.naiveMapLookup();
            b.seek(k);
            boolean tcf = b.tcfPurposeConsent();
            boolean expected = f.allowedByRules(f.questionSubject[k], ConsentFixture.TCF_MAPPED[f.questionMapped[k]]);
            String q = "question " + k;
            assertEquals(expected, guard, q + ": guard");
            assertEquals(expected, guardLookup, q + ": guard with lookup");
            assertEquals(expected, map, q + ": map");
            assertEquals(expected, tcf, q + ": TCF");
            allowed += guard ? 1 : 0;
        }
        // neither answer dominates, so a benchmark cannot win by always saying the same thing
        int n = ConsentFixture.QUESTIONS;
        assertTrue(allowed > n / 5 && allowed < n * 4 / 5, "allowed " + allowed + " of " + n);
    }

    @Test
    void everySubjectAndMappedPurposeAgreesAcrossTheThreeRepresentations() {
        ConsentFixture f = ConsentFixture.create();
        for (int s = 0; s < ConsentFixture.SUBJECTS; s++) {
            TCString tc = TCString.decode(f.tcStrings[s]);
            Set<String> consented = f.consentMap.get(f.subjectIds[s]);
            for (int k = 1; k <= ConsentFixture.TCF_MAPPED.length; k++) {
                XiaomiPurpose p = ConsentFixture.TCF_MAPPED[k - 1];
                boolean guard = f.guard.check(f.states[s], p).allowed();
                String q = f.subjectIds[s] + " / " + p.id() + " / TCF purpose " + k;
                assertEquals(f.allowedByRules(s, p), guard, q + ": guard vs rules");
                assertEquals(guard, consented.contains(p.id()), q + ": map");
                assertEquals(guard, tc.getPurposesConsent().contains(k), q + ": TCF");
            }
            // TCF purposes beyond the mapped 10 are never set
            for (int k = ConsentFixture.TCF_MAPPED.length + 1; k <= 24; k++) {
                assertTrue(!tc.getPurposesConsent().contains(k), f.subjectIds[s] + ": TCF purpose " + k);
            }
            assertEquals(2, tc.getVersion());
        }
    }

    @Test
    void guardAgreesWithTheRulesOnEveryPurposeAndEveryDecisionOccurs() {
        ConsentFixture f = ConsentFixture.create();
        Map<Decision, Integer> seen = new EnumMap<>(Decision.class);
        Map<Decision, Integer> seenMapped = new EnumMap<>(Decision.class);
        Set<XiaomiPurpose> mapped = EnumSet.noneOf(XiaomiPurpose.class);
        mapped.addAll(java.util.List.of(ConsentFixture.TCF_MAPPED));
        for (int s = 0; s < ConsentFixture.SUBJECTS; s++) {
            for (XiaomiPurpose p : XiaomiPurpose.values()) {
                Decision d = f.guard.check(f.states[s], p);
                assertEquals(f.allowedByRules(s, p), d.allowed(), f.subjectIds[s] + " / " + p.id() + ": " + d);
                seen.merge(d, 1, Integer::sum);
                if (mapped.contains(p)) {
                    seenMapped.merge(d, 1, Integer::sum);
                }
            }
        }
        // every decision but the minimum age (Xiaomi 2021 states no age below which children may not use it) and
        // child profiling (it makes no no-profiling-of-children commitment)
        assertEquals(
                EnumSet.complementOf(EnumSet.of(Decision.DENIED_UNDER_MINIMUM_AGE, Decision.DENIED_CHILD_PROFILING)),
                seen.keySet(),
                "decisions over all purposes: " + seen);
        assertEquals(
                EnumSet.of(
                        Decision.ALLOWED_BY_CONSENT,
                        Decision.DENIED_NO_CONSENT,
                        Decision.DENIED_WITHDRAWN,
                        Decision.DENIED_OUTDATED_VERSION,
                        Decision.DENIED_CHILD_WITHOUT_PARENTAL_CONSENT,
                        Decision.DENIED_REGION),
                seenMapped.keySet(),
                "decisions over the compared purposes: " + seenMapped);
    }

    @Test
    void policyHasTheXiaomiShape() {
        Map<LegalBasis, Integer> bases = new EnumMap<>(LegalBasis.class);
        for (XiaomiPurpose p : XiaomiPurpose.values()) {
            bases.merge(p.basis(), 1, Integer::sum);
        }
        assertEquals(48, XiaomiPurpose.values().length);
        assertEquals(
                Map.of(
                        LegalBasis.CONTRACT,
                        18,
                        LegalBasis.LEGITIMATE_INTEREST,
                        16,
                        LegalBasis.LEGAL_OBLIGATION,
                        1,
                        LegalBasis.CONSENT,
                        8,
                        LegalBasis.EXPLICIT_CONSENT,
                        5),
                bases);
        for (XiaomiPurpose p : ConsentFixture.TCF_MAPPED) {
            assertTrue(p.basis().needsConsent(), p.id());
        }
        assertEquals(
                10, EnumSet.copyOf(java.util.List.of(ConsentFixture.TCF_MAPPED)).size());
    }
}
