// SPDX-License-Identifier: Apache-2.0
package dev.pledge.benchmarks;

import com.iabtcf.decoder.TCString;
import dev.pledge.runtime.ConsentGuard;
import dev.pledge.runtime.Decision;
import dev.pledge.runtime.PurposeSpec;
import dev.pledge.runtime.SubjectConsent;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * "May subject S's data be used for purpose P (consent-based)?", answered three ways over the same
 * {@link ConsentFixture}:
 * <ul>
 * <li>{@link #guardCheck}: Pledge's {@link ConsentGuard#check} on the subject's {@link SubjectConsent}, which
 * resolves version, withdrawal, region and parental consent at call time;</li>
 * <li>{@link #naiveMapLookup}: {@code Map<String, Set<String>>} from subject id to consented purpose ids;</li>
 * <li>{@link #tcfPurposeConsent}: {@code getPurposesConsent().contains(k)} on the subject's TC string, decoded
 * once in setup (iabtcf-decoder).</li>
 * </ul>
 * Two more put these in context: {@link #guardCheckWithSubjectLookup} finds the subject's state by id in a
 * {@code HashMap} first (like the naive map does, and unlike the other two), and {@link #guardCheckAllPurposes}
 * asks about any of the 48 purposes, whatever their legal basis, and returns the {@link Decision}.
 *
 * <p>Each call takes the next of {@value ConsentFixture#QUESTIONS} precomputed random questions (a counter
 * masked into arrays), so neither subject nor purpose is a constant the JIT could fold, and returns its
 * answer to JMH (which sinks it in a Blackhole). Every benchmark pays the same counter and array reads.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 5)
@Fork(2)
public class ConsentCheckBenchmark {
    private static final int MASK = ConsentFixture.QUESTIONS - 1;

    private ConsentGuard guard;
    // the three-way comparison: question k in each representation
    private SubjectConsent[] guardSubject;
    private PurposeSpec[] guardPurpose;
    private String[] subjectId;
    private String[] purposeId;
    private Map<String, Set<String>> consentMap;
    private Map<String, SubjectConsent> stateById;
    private TCString[] tcString;
    private int[] tcfPurpose;
    // any purpose of the policy
    private SubjectConsent[] anySubject;
    private PurposeSpec[] anyPurpose;

    private int cursor;

    /** Builds the population and the question arrays (not timed). */
    @Setup
    public void setUp() {
        ConsentFixture f = ConsentFixture.create();
        int n = ConsentFixture.QUESTIONS;
        guard = f.guard;
        consentMap = f.consentMap;
        stateById = new HashMap<>();
        for (int s = 0; s < ConsentFixture.SUBJECTS; s++) {
            stateById.put(new String(f.subjectIds[s]), f.states[s]);
        }
        guardSubject = new SubjectConsent[n];
        guardPurpose = new PurposeSpec[n];
        subjectId = new String[n];
        purposeId = new String[n];
        tcString = new TCString[n];
        tcfPurpose = new int[n];
        anySubject = new SubjectConsent[n];
        anyPurpose = new PurposeSpec[n];
        XiaomiPurpose[] all = XiaomiPurpose.values();
        for (int k = 0; k < n; k++) {
            int s = f.questionSubject[k];
            int m = f.questionMapped[k];
            XiaomiPurpose p = ConsentFixture.TCF_MAPPED[m];
            guardSubject[k] = f.states[s];
            guardPurpose[k] = p;
            subjectId[k] = f.subjectIds[s];
            purposeId[k] = p.id();
            tcString[k] = f.decoded[s];
            tcfPurpose[k] = m + 1;
            anySubject[k] = f.states[f.anySubject[k]];
            anyPurpose[k] = all[f.anyPurpose[k]];
        }
        cursor = 0;
    }

    /** Moves the question counter (for the fairness test, which asks every benchmark the same question). */
    void seek(int question) {
        cursor = question;
    }

    private int next() {
        return cursor++ & MASK;
    }

    /** @return whether Pledge's guard allows processing (subject's consent state in hand) */
    @Benchmark
    public boolean guardCheck() {
        int i = next();
        return guard.check(guardSubject[i], guardPurpose[i]).allowed();
    }

    /** @return like {@link #guardCheck}, but the consent state is first found by subject id in a HashMap */
    @Benchmark
    public boolean guardCheckWithSubjectLookup() {
        int i = next();
        return guard.check(stateById.get(subjectId[i]), guardPurpose[i]).allowed();
    }

    /** @return whether the subject's set of consented purpose ids contains the purpose */
    @Benchmark
    public boolean naiveMapLookup() {
        int i = next();
        Set<String> consented = consentMap.get(subjectId[i]);
        return consented != null && consented.contains(purposeId[i]);
    }

    /** @return whether the subject's (decoded) TC string has consent for the TCF purpose */
    @Benchmark
    public boolean tcfPurposeConsent() {
        int i = next();
        return tcString[i].getPurposesConsent().contains(tcfPurpose[i]);
    }

    /** @return the guard's decision for any of the 48 purposes (all legal bases, all rules) */
    @Benchmark
    public Decision guardCheckAllPurposes() {
        int i = next();
        return guard.check(anySubject[i], anyPurpose[i]);
    }
}
