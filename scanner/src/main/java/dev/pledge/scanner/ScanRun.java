// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner;

import dev.pledge.scanner.analysis.ArchiveSdks;
import dev.pledge.scanner.analysis.Creators;
import dev.pledge.scanner.analysis.DataFlow;
import dev.pledge.scanner.analysis.DomainData;
import dev.pledge.scanner.analysis.DomainReads;
import dev.pledge.scanner.analysis.FrameworkEntries;
import dev.pledge.scanner.analysis.Linker;
import dev.pledge.scanner.analysis.Reachability;
import dev.pledge.scanner.catalogue.AndroidPermissions;
import dev.pledge.scanner.catalogue.Catalogue;
import dev.pledge.scanner.catalogue.SdkIndex;
import dev.pledge.scanner.catalogue.SourceIndex;
import dev.pledge.scanner.input.ClassInput;
import dev.pledge.scanner.input.ClassReading;
import dev.pledge.scanner.input.DependencyCode;
import dev.pledge.scanner.input.ScanContext;
import dev.pledge.scanner.input.Suppressions;
import dev.pledge.scanner.model.ClassModel;
import dev.pledge.scanner.model.CodeRefs;
import dev.pledge.scanner.model.Hierarchy;
import dev.pledge.scanner.model.MethodModel;
import dev.pledge.scanner.model.ScanFinding;
import dev.pledge.scanner.model.SilencedFinding;
import dev.pledge.scanner.report.Baseline;
import dev.pledge.scanner.report.DataMap;
import dev.pledge.scanner.report.DataMapBuilder;
import dev.pledge.scanner.report.ScanResult;
import dev.pledge.scanner.report.ScanStats;
import dev.pledge.scanner.rules.DataCheck;
import dev.pledge.scanner.rules.DomainDataCheck;
import dev.pledge.scanner.rules.Findings;
import dev.pledge.scanner.rules.PartyCheck;
import dev.pledge.scanner.rules.PermissionCheck;
import dev.pledge.scanner.rules.PolicyFacts;
import dev.pledge.scanner.rules.PurposeCheck;
import dev.pledge.scanner.rules.SharingCheck;
import dev.pledge.scanner.rules.SuppressionCheck;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One scan, start to end: list, read, link, check, map. Used by one thread. */
final class ScanRun {

    private static final Comparator<ScanFinding> ORDER = Comparator.comparing((ScanFinding f) -> f.at().path())
            .thenComparingInt(f -> f.at().line())
            .thenComparing(ScanFinding::ruleId)
            .thenComparing(f -> f.at().where())
            .thenComparing(ScanFinding::message);

    private ScanRun() {}

    /** Logs how long each stage took (wall time, and the CPU time of the scan's thread), for {@code PLEDGE_DEBUG=1}. */
    private static final class Stages {
        private static final java.lang.management.ThreadMXBean THREADS =
                java.lang.management.ManagementFactory.getThreadMXBean();
        private final ScanLogger logger;
        private long since = System.nanoTime();
        private long cpuSince = THREADS.getCurrentThreadCpuTime();

        Stages(ScanLogger logger) {
            this.logger = logger;
        }

        void done(String stage) {
            long now = System.nanoTime();
            long cpu = THREADS.getCurrentThreadCpuTime();
            logger.debug(String.format(
                    java.util.Locale.ROOT,
                    "%s in %d ms (%d ms CPU on this thread)",
                    stage,
                    (now - since) / 1_000_000,
                    (cpu - cpuSince) / 1_000_000));
            since = now;
            cpuSince = cpu;
        }
    }

    /** How many bodies to name when the local data flow gave up on some. */
    private static final int NAMED = 20;

    /**
     * Names, for {@code PLEDGE_DEBUG=1}, the bodies whose local data flow was given up ({@link MethodModel#flowGivenUp}):
     * their findings rest on the conservative facts, which can report data as sent by a call it never reaches.
     */
    private static void logGivenUp(List<ClassModel> classes, ScanLogger logger) {
        List<String> bodies = new ArrayList<>();
        for (ClassModel type : classes) {
            for (MethodModel method : type.methods.values()) {
                if (method.flowGivenUp != null) {
                    bodies.add(
                            type.name.replace('/', '.') + "." + method.name + method.desc + ": " + method.flowGivenUp);
                }
            }
        }
        if (bodies.isEmpty()) {
            return;
        }
        bodies.sort(Comparator.naturalOrder());
        logger.debug("data flow given up in "
                + (bodies.size() == 1 ? "1 method body, which gets" : bodies.size() + " method bodies, which get")
                + " conservative facts (anything read or given counts as reaching each later call):");
        bodies.stream().limit(NAMED).forEach(body -> logger.debug("  " + body));
        if (bodies.size() > NAMED) {
            logger.debug("  and " + (bodies.size() - NAMED) + " more");
        }
    }

    /**
     * @param baseline the findings known when the baseline was written, or null
     */
    static ScanResult run(ScanRequest request, Catalogue catalogue, Baseline baseline, ScanLogger logger) {
        long start = System.nanoTime();
        ScanOptions options = request.options();
        List<ScanFinding> problems = new ArrayList<>();
        SourceIndex sources = new SourceIndex(request.policy(), catalogue);
        SdkIndex sdks = new SdkIndex(request.policy(), catalogue);
        ClassReading.Result read;
        int jars;
        int directories;
        try (ClassInput input = new ClassInput(options.effectiveRelease())) {
            for (Path root : request.roots()) {
                input.addRoot(root, false);
            }
            for (Path root : request.dependencies()) {
                input.addRoot(root, true);
            }
            jars = input.jars;
            directories = input.directories;
            problems.addAll(input.problems());
            Set<String> names = new HashSet<>();
            input.entries().forEach(e -> {
                if (e.className() != null) {
                    names.add(e.className());
                }
            });
            logger.debug("listed " + input.entries().size() + " class files (" + input.shadowed()
                    + " more shadowed by a class of the same name before them) in "
                    + (request.roots().size() + request.dependencies().size()) + " roots");
            ScanContext context =
                    new ScanContext(names, sources, sdks, new Suppressions(options.suppressAnnotations()));
            Stages stages = new Stages(logger);
            DependencyCode later =
                    options.lazyDependencyCode() ? new DependencyCode(context, options.effectiveThreads()) : null;
            int entries = input.entries().size();
            logger.progress("reading classes", 0, entries);
            read = ClassReading.read(
                    input.entries(),
                    context,
                    options.effectiveThreads(),
                    logger::debug,
                    later,
                    done -> logger.progress("reading classes", done, entries));
            stages.done("read");
            problems.addAll(read.problems());
            List<ClassModel> classes = read.classes();
            logGivenUp(classes, logger);
            logger.progress("linking calls", 0, 0);
            ArchiveSdks.assign(classes);
            Hierarchy hierarchy = new Hierarchy(classes);
            Creators creators = new Creators(classes, hierarchy);
            creators.link();
            Linker linker = new Linker(hierarchy, sources, sdks);
            linker.link(classes);
            stages.done("linked");
            if (later != null) {
                later.onRead(linker::link);
                later.readInheriting(hierarchy, sources, sdks);
            }
            logger.progress("checking", 0, 0);
            CodeRefs refs = new CodeRefs(options.sourceRoots());
            PolicyFacts facts = new PolicyFacts(request.policy());
            // dependency code counts only where the application can reach it; with no application code (a folder
            // of jars scanned on its own) there is nothing to reach from, and all of it counts
            boolean both = classes.stream().anyMatch(c -> c.dependency)
                    && classes.stream().anyMatch(c -> !c.dependency);
            Set<MethodModel> reachable = both
                    ? Reachability.of(
                            classes,
                            hierarchy,
                            FrameworkEntries.of(classes, hierarchy, input.registrations()),
                            later == null ? types -> {} : later::readAll)
                    : null;
            stages.done("reachability");
            Findings findings = new Findings(options.excludes(), input.artifacts(), reachable);
            SuppressionCheck.run(classes, refs, findings);
            DataCheck.run(classes, request.policy(), sources, refs, findings);
            List<DomainData.Classified> domain = new DomainData(catalogue).classify(classes);
            DomainDataCheck.run(domain, sources, request.policy().id(), refs, findings);
            PartyCheck.run(classes, request.policy().id(), refs, findings);
            PermissionCheck.run(
                    input.manifests(),
                    AndroidPermissions.builtIn(),
                    catalogue,
                    sources,
                    request.policy().id(),
                    findings);
            List<PurposeCheck.Annotated> annotated = new PurposeCheck(
                            facts, sources, hierarchy, new DomainReads(hierarchy, domain), refs, findings)
                    .run(classes);
            Map<MethodModel, List<String>> purposesOf = new IdentityHashMap<>();
            annotated.forEach(a -> purposesOf.put(a.method(), a.purposes()));
            stages.done("checks");
            logger.progress("following data flow", 0, 0);
            List<DataFlow.Sending> sendings = DataFlow.run(classes, hierarchy, linker, domain);
            stages.done("data flow");
            new SharingCheck(facts, sources, refs, findings, purposesOf, creators).run(classes, sendings);
            DataMap map =
                    new DataMapBuilder(facts, sources, refs, reachable).build(classes, domain, annotated, sendings);
            if (later != null) {
                problems.addAll(later.problems());
            }
            stages.done("sharing and data map");
            List<ScanFinding> active = new ArrayList<>(problems);
            List<SilencedFinding> silenced = new ArrayList<>(findings.silenced());
            for (ScanFinding finding : findings.active()) {
                if (baseline != null && baseline.knows(finding)) {
                    silenced.add(new SilencedFinding(finding, SilencedFinding.Why.BASELINE, "the baseline"));
                } else {
                    active.add(finding);
                }
            }
            active.sort(ORDER);
            silenced.sort(Comparator.comparing(SilencedFinding::finding, ORDER));
            ScanStats stats = new ScanStats(
                    classes.size(), jars, directories, read.methods(), Duration.ofNanos(System.nanoTime() - start));
            logger.info(String.format(
                    java.util.Locale.ROOT,
                    "read %d classes (%d methods) in %.2fs",
                    stats.classes(),
                    stats.methods(),
                    stats.elapsed().toNanos() / 1e9));
            return new ScanResult(active, silenced, map, stats);
        }
    }
}
