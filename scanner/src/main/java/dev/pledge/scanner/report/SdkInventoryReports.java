// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.report;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.pledge.scanner.catalogue.PolicyEvidence;
import dev.pledge.scanner.catalogue.SdkFacts;
import dev.pledge.scanner.model.CodeRef;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code pledge sdks} output: text for people (one block per SDK), JSON for tools. */
public final class SdkInventoryReports {

    public static final String FORMAT = "pledge-sdks/1";

    private SdkInventoryReports() {}

    public static String text(SdkInventory inventory, Path base) {
        StringBuilder out = new StringBuilder();
        for (SdkInventory.Found sdk : inventory.sdks()) {
            SdkFacts facts = sdk.facts();
            out.append(sdk.id()).append(": ").append(sdk.title());
            if (!facts.vendor().isEmpty() && !sdk.title().contains(facts.vendor())) {
                out.append(" (").append(facts.vendor()).append(')');
            }
            out.append(", ").append(sdk.kind());
            if (!facts.categories().isEmpty()) {
                out.append(" (").append(String.join(", ", facts.categories())).append(')');
            }
            if (inventory.checked()) {
                out.append(
                        sdk.declared()
                                ? ", declared by party `" + sdk.party() + "`"
                                : ", NOT declared by policy `" + inventory.policy() + "`");
            }
            out.append('\n');
            if (facts.status() == SdkFacts.Status.DISCONTINUED) {
                out.append("    status:   discontinued by its vendor: the service it sends to may be gone or another's;"
                        + " remove the SDK, or find out where its data goes\n");
            }
            out.append("    privacy:  ").append(privacy(facts)).append('\n');
            if (!facts.collects().isEmpty()) {
                out.append("    collects: ")
                        .append(String.join(", ", facts.collects()))
                        .append(" (by default, as its vendor documents)\n");
            }
            out.append("    packages: ")
                    .append(String.join(", ", sdk.prefixes()))
                    .append('\n');
            for (String location : sdk.locations()) {
                out.append("    found in: ").append(display(location, base)).append('\n');
            }
            if (sdk.classes() > 0) {
                out.append("    classes:  ").append(sdk.classes()).append('\n');
            }
            if (!sdk.calls().isEmpty()) {
                CodeRef first = sdk.calls().get(0);
                out.append("    called:   ")
                        .append(sdk.calls().size())
                        .append(sdk.calls().size() == 1 ? " place, " : " places, first ")
                        .append(CodeRef.display(first.file(), base))
                        .append(':')
                        .append(first.line())
                        .append(" (")
                        .append(first.where())
                        .append(")\n");
            }
        }
        for (String problem : inventory.problems()) {
            out.append("error: ").append(problem).append(" [unreadable-class]\n");
        }
        out.append(summary(inventory)).append('\n');
        return out.toString();
    }

    /**
     * The policy's address, saying when the vendor's own site was not where it was read, and when the app's owner may
     * run the server the SDK sends to.
     */
    private static String privacy(SdkFacts facts) {
        if (facts.collector() == SdkFacts.Collector.SELF_HOSTED) {
            return "none of the vendor's: the SDK sends to a server the app's owner runs";
        }
        String when = facts.collector() == SdkFacts.Collector.EITHER
                ? "when the app sends to the vendor's hosted service; none of the vendor's when it sends to a server of"
                        + " its owner's"
                : "";
        if (facts.privacyUrl().isEmpty()) {
            return "(the catalogue knows none" + (when.isEmpty() ? "" : " " + when)
                    + ": ask the vendor which policy covers the data the SDK sends, and give it as its party's `url`)";
        }
        List<String> notes = new ArrayList<>();
        if (!when.isEmpty()) {
            notes.add(when);
        }
        if (facts.role() == SdkFacts.Role.PROCESSOR) {
            notes.add("the vendor processes the SDK's data for the app's owner and this policy does not cover it: the"
                    + " owner's contract with the vendor does");
        }
        if (!PolicyEvidence.fromVendor(facts)) {
            notes.add("as " + PolicyEvidence.citingOwners(facts).size()
                    + " public notices cite it; not read on the vendor's own site");
        }
        return facts.privacyUrl() + (notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")");
    }

    public static String summary(SdkInventory inventory) {
        int count = inventory.sdks().size();
        int problems = inventory.problems().size();
        String checked = inventory.checked()
                ? ", " + inventory.declaredCount() + " declared by policy `" + inventory.policy() + "`"
                : ", checked against no policy";
        return "Found " + count + (count == 1 ? " SDK" : " SDKs") + checked + " (catalogue "
                + (inventory.catalogue().isEmpty() ? "without edition" : inventory.catalogue()) + ")"
                + (problems == 0 ? "" : "; " + problems + (problems == 1 ? " file" : " files") + " could not be read")
                + ".";
    }

    public static String json(SdkInventory inventory, Path base) {
        JsonObject root = new JsonObject();
        root.addProperty("format", FORMAT);
        root.addProperty("catalogue", inventory.catalogue());
        root.addProperty("policy", inventory.checked() ? inventory.policy() : null);
        JsonArray sdks = new JsonArray();
        for (SdkInventory.Found sdk : inventory.sdks()) {
            JsonObject json = new JsonObject();
            json.addProperty("id", sdk.id());
            json.addProperty("title", sdk.title());
            json.addProperty("vendor", sdk.facts().vendor());
            json.addProperty("kind", sdk.kind());
            json.add("categories", DataMapJson.strings(sdk.facts().categories()));
            json.addProperty("privacy", sdk.facts().privacyUrl());
            json.addProperty("privacyFromVendor", PolicyEvidence.fromVendor(sdk.facts()));
            json.addProperty("collector", sdk.facts().collector().word());
            json.addProperty("status", sdk.facts().status().word());
            json.addProperty("role", sdk.facts().role().word());
            json.add("collects", DataMapJson.strings(sdk.facts().collects()));
            json.add("sources", DataMapJson.strings(sdk.facts().sources()));
            if (inventory.checked()) {
                json.addProperty("declared", sdk.declared());
                json.addProperty("party", sdk.party());
            }
            json.add("packages", DataMapJson.strings(sdk.prefixes()));
            json.addProperty("classes", sdk.classes());
            JsonArray locations = new JsonArray();
            sdk.locations().forEach(l -> locations.add(display(l, base)));
            json.add("foundIn", locations);
            JsonArray calls = new JsonArray();
            for (CodeRef call : sdk.calls()) {
                JsonObject c = new JsonObject();
                c.addProperty("class", call.className());
                c.addProperty("method", call.method());
                c.addProperty("file", CodeRef.display(call.file(), base));
                c.addProperty("line", call.line());
                calls.add(c);
            }
            json.add("calls", calls);
            sdks.add(json);
        }
        root.add("sdks", sdks);
        root.add("problems", DataMapJson.strings(inventory.problems()));
        return new GsonBuilder()
                        .setPrettyPrinting()
                        .disableHtmlEscaping()
                        .create()
                        .toJson(root) + "\n";
    }

    private static String display(String location, Path base) {
        int bang = location.indexOf("!/");
        String file = bang < 0 ? location : location.substring(0, bang);
        String rest = bang < 0 ? "" : location.substring(bang);
        return CodeRef.display(Path.of(file), base) + rest;
    }
}
