// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner;

import dev.pledge.scanner.analysis.Linker;
import dev.pledge.scanner.catalogue.AndroidPermissions;
import dev.pledge.scanner.catalogue.Catalogue;
import dev.pledge.scanner.catalogue.SdkIndex;
import dev.pledge.scanner.catalogue.SourceIndex;
import dev.pledge.scanner.input.ClassInput;
import dev.pledge.scanner.input.ClassReading;
import dev.pledge.scanner.input.ScanContext;
import dev.pledge.scanner.input.Suppressions;
import dev.pledge.scanner.model.ClassModel;
import dev.pledge.scanner.model.CodeRefs;
import dev.pledge.scanner.model.Hierarchy;
import dev.pledge.scanner.model.MethodModel;
import dev.pledge.scanner.model.ScanFinding;
import dev.pledge.scanner.report.DataMap;
import dev.pledge.scanner.report.DataMapBuilder;
import dev.pledge.scanner.report.ScanResult;
import dev.pledge.scanner.report.ScanStats;
import dev.pledge.scanner.rules.DataCheck;
import dev.pledge.scanner.rules.PartyCheck;
import dev.pledge.scanner.rules.PermissionCheck;
import dev.pledge.scanner.rules.PolicyFacts;
import dev.pledge.scanner.rules.PurposeCheck;
import dev.pledge.scanner.rules.SharingCheck;
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

    static ScanResult run(ScanRequest request, Catalogue catalogue, ScanLogger logger) {
        long start = System.nanoTime();
        ScanOptions options = request.options();
        List<ScanFinding> findings = new ArrayList<>();
        SourceIndex sources = new SourceIndex(request.policy(), catalogue);
        SdkIndex sdks = new SdkIndex(request.policy(), catalogue);
        ClassReading.Result read;
        int jars;
        int directories;
        try (ClassInput input = new ClassInput(options.effectiveRelease())) {
            for (Path root : request.roots()) {
                input.addRoot(root);
            }
            jars = input.jars;
            directories = input.directories;
            findings.addAll(input.problems());
            Set<String> names = new HashSet<>();
            input.entries().forEach(e -> {
                if (e.className() != null) {
                    names.add(e.className());
                }
            });
            logger.debug("listed " + input.entries().size() + " class files (" + input.shadowed()
                    + " more shadowed by a class of the same name before them) in "
                    + request.roots().size() + " roots");
            ScanContext context =
                    new ScanContext(names, sources, sdks, new Suppressions(options.suppressAnnotations()));
            read = ClassReading.read(input.entries(), context, options.effectiveThreads(), logger::debug);
            findings.addAll(read.problems());
            List<ClassModel> classes = read.classes();
            Hierarchy hierarchy = new Hierarchy(classes);
            new Linker(hierarchy, sources, sdks).link(classes);
            CodeRefs refs = new CodeRefs(options.sourceRoots());
            PolicyFacts facts = new PolicyFacts(request.policy());
            DataCheck.run(classes, request.policy(), sources, refs, findings);
            PartyCheck.run(classes, request.policy().id(), refs, findings);
            PermissionCheck.run(
                    input.manifests(),
                    AndroidPermissions.builtIn(),
                    catalogue,
                    sources,
                    request.policy().id(),
                    findings);
            List<PurposeCheck.Annotated> annotated = new PurposeCheck(facts, hierarchy, refs, findings).run(classes);
            Map<MethodModel, List<String>> purposesOf = new IdentityHashMap<>();
            annotated.forEach(a -> purposesOf.put(a.method(), a.purposes()));
            SharingCheck sharing = new SharingCheck(facts, hierarchy, refs, findings, purposesOf);
            sharing.run(classes);
            DataMap map = new DataMapBuilder(facts, refs).build(classes, annotated, sharing.reached);
            findings.sort(ORDER);
            ScanStats stats = new ScanStats(
                    classes.size(), jars, directories, read.methods(), Duration.ofNanos(System.nanoTime() - start));
            logger.info(String.format(
                    java.util.Locale.ROOT,
                    "read %d classes (%d methods) in %.2fs",
                    stats.classes(),
                    stats.methods(),
                    stats.elapsed().toNanos() / 1e9));
            return new ScanResult(findings, map, stats);
        }
    }
}
