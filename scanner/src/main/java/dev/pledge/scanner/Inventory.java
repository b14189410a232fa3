// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner;

import dev.pledge.generator.model.Party;
import dev.pledge.generator.model.Policy;
import dev.pledge.generator.model.Text;
import dev.pledge.scanner.catalogue.Catalogue;
import dev.pledge.scanner.catalogue.SdkFacts;
import dev.pledge.scanner.catalogue.SdkIndex;
import dev.pledge.scanner.input.ClassEntry;
import dev.pledge.scanner.input.ClassInput;
import dev.pledge.scanner.model.CodeRef;
import dev.pledge.scanner.model.ScanFinding;
import dev.pledge.scanner.model.ScanRule;
import dev.pledge.scanner.report.DataMap;
import dev.pledge.scanner.report.ScanResult;
import dev.pledge.scanner.report.SdkInventory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Builds an {@link SdkInventory}: the SDKs whose classes the input holds, and those scanned code calls. */
final class Inventory {

    private static final class Tally {
        SdkIndex.Match match;
        /** A class of the SDK (found or called), to find its catalogue entry when the policy's prefix matched first. */
        String sample;

        int classes;
        final TreeSet<String> locations = new TreeSet<>();
        final List<CodeRef> calls = new ArrayList<>();
    }

    /** A policy that declares nothing, for an inventory checked against none: its id is "". */
    static final Policy NO_POLICY = Policy.empty("", Text.of("no policy"));

    private Inventory() {}

    static SdkInventory build(ScanRequest request, Catalogue catalogue, ScanResult scan) {
        SdkIndex sdks = new SdkIndex(request.policy(), catalogue);
        Map<String, Tally> found = new TreeMap<>();
        try (ClassInput input = new ClassInput(request.options().effectiveRelease())) {
            List<Path> roots = new ArrayList<>(request.roots());
            roots.addAll(request.dependencies());
            for (Path root : roots) {
                int before = input.entries().size();
                input.addRoot(root, false);
                List<ClassEntry> added =
                        input.entries().subList(before, input.entries().size());
                for (ClassEntry entry : added) {
                    SdkIndex.Match match = entry.className() == null ? null : sdks.match(entry.className());
                    if (match != null) {
                        Tally tally = found.computeIfAbsent(match.id(), id -> new Tally());
                        tally.match = tally.match == null ? match : tally.match;
                        tally.sample = entry.className();
                        tally.classes++;
                        int bang = entry.origin().lastIndexOf("!/");
                        tally.locations.add(
                                bang < 0 ? root.toString() : entry.origin().substring(0, bang));
                    }
                }
            }
        }
        for (DataMap.PartyUse party : scan.dataMap().parties()) {
            for (DataMap.SdkCall call : party.calls()) {
                String className = call.api().substring(0, call.api().lastIndexOf('.'));
                SdkIndex.Match match = sdks.match(className);
                if (match != null) {
                    Tally tally = found.computeIfAbsent(match.id(), id -> new Tally());
                    tally.match = tally.match == null ? match : tally.match;
                    tally.sample = tally.sample == null ? className : tally.sample;
                    tally.calls.add(call.at());
                }
            }
        }
        List<SdkInventory.Found> list = new ArrayList<>();
        found.forEach((id, tally) -> list.add(found(id, tally, catalogue)));
        List<String> problems = scan.findings().stream()
                .filter(f -> f.rule() == ScanRule.UNREADABLE_CLASS)
                .map(ScanFinding::message)
                .toList();
        return new SdkInventory(
                catalogue.version(),
                request.policy().id(),
                list,
                problems,
                scan.stats().classes());
    }

    private static SdkInventory.Found found(String id, Tally tally, Catalogue catalogue) {
        Catalogue.Sdk sdk = tally.match.sdk() != null ? tally.match.sdk() : catalogueEntry(tally.sample, catalogue);
        Party party = tally.match.party();
        List<String> prefixes = sdk != null ? catalogue.prefixesOf(sdk.id()) : party.sdks();
        String kind = sdk != null
                ? sdk.kind()
                : party.kinds().isEmpty() ? "" : party.kinds().get(0).id();
        return new SdkInventory.Found(
                id,
                sdk != null ? sdk.title() : tally.match.title(),
                kind,
                sdk == null ? SdkFacts.NONE : sdk.facts(),
                party == null ? "" : party.id(),
                prefixes,
                tally.classes,
                new ArrayList<>(tally.locations),
                tally.calls);
    }

    /** The catalogue's entry for a class, whatever the policy says: its longest matching prefix. */
    private static Catalogue.Sdk catalogueEntry(String className, Catalogue catalogue) {
        for (String prefix = className; prefix != null; ) {
            Catalogue.Sdk sdk = catalogue.sdks().get(prefix);
            if (sdk != null) {
                return sdk.id().isEmpty() ? null : sdk;
            }
            int cut = prefix.lastIndexOf('/');
            prefix = cut <= 0 ? null : prefix.substring(0, cut);
        }
        return null;
    }
}
