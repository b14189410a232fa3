// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.rules;

import dev.pledge.generator.model.Policy;
import dev.pledge.scanner.catalogue.Catalogue;
import dev.pledge.scanner.catalogue.SourceIndex;
import dev.pledge.scanner.model.ClassModel;
import dev.pledge.scanner.model.CodeRef;
import dev.pledge.scanner.model.CodeRefs;
import dev.pledge.scanner.model.MethodModel;
import dev.pledge.scanner.model.ScanFinding;
import dev.pledge.scanner.model.ScanRule;
import dev.pledge.scanner.model.Sites;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code undeclared-data}: code reads a catalogue API whose concept no data item covers; and the
 * {@code invalid-source} warning for policy sources that can match no code.
 */
public final class DataCheck {

    private DataCheck() {}

    public static void run(List<ClassModel> classes, Policy policy, SourceIndex sources, CodeRefs refs, Findings out) {
        for (ClassModel type : classes) {
            for (MethodModel method : type.methods.values()) {
                for (Sites.Read read : method.reads()) {
                    if (!read.match().declared()) {
                        out.add(
                                method,
                                new ScanFinding(
                                        ScanRule.UNDECLARED_DATA,
                                        refs.at(method, read.line()),
                                        undeclared(read.match(), policy.id()),
                                        subject(read.match()),
                                        fix(read.match().concept())));
                    }
                }
            }
        }
        Path file = policy.files().isEmpty()
                ? Path.of(policy.id() + ".pledge")
                : policy.files().get(0);
        for (SourceIndex.InvalidSource invalid : sources.invalidSources()) {
            out.add(new ScanFinding(
                    ScanRule.INVALID_SOURCE,
                    new CodeRef("data " + invalid.item(), null, file, 0),
                    "`source \"" + invalid.source() + "\"` of data item " + Messages.code(invalid.item())
                            + " is neither a member reference nor a catalogue concept, so it matches no code: write the"
                            + " internal class name, a dot and the member, e.g. `source"
                            + " \"android/telephony/TelephonyManager.getImei\"`, or a concept such as `source \"imei\"`",
                    invalid.item() + " " + invalid.source(),
                    null));
        }
    }

    private static String subject(SourceIndex.Match match) {
        return match.concept() == null ? match.api() : match.concept().id();
    }

    /** What to write once for every read of the concept; null when only the policy names the API (no concept). */
    static String fix(Catalogue.Concept concept) {
        return concept == null
                ? null
                : "declare `data " + concept.id() + " \"" + concept.title() + "\"` in a category of the policy (or add"
                        + " `source \"" + concept.id() + "\"` to the item it is)";
    }

    private static String undeclared(SourceIndex.Match match, String policyId) {
        Catalogue.Concept concept = match.concept();
        String what = concept == null
                ? "data"
                : Messages.lowerFirst(concept.title()) + " (" + Messages.code(concept.id()) + ")";
        String id = concept == null ? "<item>" : concept.id();
        String title = concept == null ? "<title>" : concept.title();
        return "reads " + what + " with " + Messages.code(match.api()) + ", but no data item of policy "
                + Messages.code(policyId) + " declares it: add `source \"" + match.api() + "\"` to the item it is, or"
                + " declare `data " + id + " \"" + title + "\" { source \"" + match.api() + "\" }`";
    }
}
