// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A policy shaped like the Xiaomi 2021 example, with {@code factor} times its declarations: per
 * factor 8 regions, 4 controllers, 12 categories of 8 items (96 items), 52 purposes (each using 4
 * items; contract, legitimate interest, consent and explicit consent in turn), 48 parties (half
 * named third parties, half recipient kinds, each receiving 2 items for a purpose that uses them),
 * 23 rights and 5 transfers. Every title has a Chinese and a Russian translation. The policy has no
 * errors, so every backend can run on it; it is written as one policy file and four imported ones,
 * as the Xiaomi example is.
 */
public final class SyntheticPolicy {

    static final int REGIONS = 8;
    static final int CONTROLLERS = 4;
    static final int CATEGORIES = 12;
    static final int ITEMS_PER_CATEGORY = 8;
    static final int PURPOSES = 52;
    static final int PARTIES = 48;
    static final int RIGHTS = 23;
    static final int TRANSFERS = 5;

    private static final String[] BASES = {
        "contract", "legitimate-interest \"running the service well for everyone\"", "consent", "explicit-consent"
    };
    private static final String[] RIGHT_KINDS = {
        "access",
        "rectification",
        "erasure",
        "restriction",
        "portability",
        "object",
        "withdraw-consent",
        "automated-decision",
        "complaint",
        "account-deletion",
        "control",
        "information"
    };
    private static final String[] PARTY_KINDS = {
        "advertising", "analytics", "attribution", "service-provider", "payment", "logistics", "hosting", "security"
    };

    private SyntheticPolicy() {}

    /** Writes the policy's files into a folder and returns the folder. */
    public static Path write(Path folder, int factor) throws IOException {
        return write(folder, factor, factor * REGIONS);
    }

    /**
     * Writes the policy with at most {@code maxRegions} regions (the generated consent API takes 64)
     * and everything else {@code factor} times.
     */
    public static Path write(Path folder, int factor, int maxRegions) throws IOException {
        int regions = Math.min(factor * REGIONS, maxRegions);
        Files.createDirectories(folder);
        write(folder.resolve("policy.pledge"), header(factor, regions));
        write(folder.resolve("data.pledge"), data(factor));
        write(folder.resolve("purposes.pledge"), purposes(factor));
        write(folder.resolve("sharing.pledge"), sharing(factor, regions));
        write(folder.resolve("rights.pledge"), rights(factor));
        return folder;
    }

    static int items(int factor) {
        return factor * CATEGORIES * ITEMS_PER_CATEGORY;
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String title(String english, int n) {
        return "\"" + english + " " + n + "\" zh \"中文标题 " + n + "\" ru \"Русский заголовок " + n + "\"";
    }

    private static String header(int factor, int regions) {
        StringBuilder text = new StringBuilder("import \"data.pledge\"\nimport \"purposes.pledge\"\n"
                + "import \"sharing.pledge\"\nimport \"rights.pledge\"\n\n");
        text.append("policy synthetic ")
                .append(title("Synthetic privacy policy", factor))
                .append(" {\n")
                .append("\tversion \"")
                .append(factor)
                .append(".0\"\n\teffective \"2024-01-01\"\n\tlanguages en, zh, ru\n")
                .append("\turl \"https://synthetic.example/privacy\"\n")
                .append(
                        "\tsummary \"A policy generated for benchmarks, shaped like a large consumer-electronics policy.\"\n}\n");
        for (int r = 0; r < regions; r++) {
            text.append("region region-")
                    .append(r)
                    .append(' ')
                    .append(title("Region", r))
                    .append(" { countries \"C")
                    .append(r)
                    .append("\" }\n");
        }
        for (int c = 0; c < factor * CONTROLLERS; c++) {
            text.append("controller controller-")
                    .append(c)
                    .append(' ')
                    .append(title("Controller company", c))
                    .append(" {\n\trole controller\n\taddress \"Street ")
                    .append(c)
                    .append(", City\"\n\temail \"privacy")
                    .append(c)
                    .append("@synthetic.example\"\n\tregions region-")
                    .append(c % regions)
                    .append("\n}\n");
        }
        return text.toString();
    }

    private static String data(int factor) {
        StringBuilder text = new StringBuilder("import \"sharing.pledge\"\n\n");
        for (int c = 0; c < factor * CATEGORIES; c++) {
            text.append("category category-")
                    .append(c)
                    .append(' ')
                    .append(title("Data category", c))
                    .append(" {\n")
                    .append("\torigin ")
                    .append(c % 2 == 0 ? "provided" : "observed")
                    .append('\n');
            for (int i = 0; i < ITEMS_PER_CATEGORY; i++) {
                int item = c * ITEMS_PER_CATEGORY + i;
                text.append("\tdata item-")
                        .append(item)
                        .append(' ')
                        .append(title("Data item", item))
                        .append(" { description \"What item ")
                        .append(item)
                        .append(" holds and where it comes from.\" }\n");
            }
            text.append("}\n");
        }
        return text.toString();
    }

    /** The items purpose {@code p} uses: four, spread over all items. */
    static int[] purposeItems(int p, int factor) {
        int items = items(factor);
        return new int[] {(p * 2) % items, (p * 2 + 1) % items, (p * 7 + 3) % items, (p * 13 + 5) % items};
    }

    private static String purposes(int factor) {
        StringBuilder text = new StringBuilder("import \"data.pledge\"\nimport \"sharing.pledge\"\n\n");
        for (int p = 0; p < factor * PURPOSES; p++) {
            String basis = BASES[p % BASES.length];
            text.append("purpose purpose-")
                    .append(p)
                    .append(' ')
                    .append(title("Purpose", p))
                    .append(" {\n")
                    .append("\tbasis ")
                    .append(basis)
                    .append("\n\tuses ");
            int[] items = purposeItems(p, factor);
            for (int i = 0; i < items.length; i++) {
                text.append(i == 0 ? "" : ", ").append("item-").append(items[i]);
            }
            text.append('\n');
            if (basis.endsWith("consent")) {
                text.append("\twithdraw settings \"Settings > Privacy > Purpose ")
                        .append(p)
                        .append("\"\n");
            }
            text.append("\tretention ")
                    .append(1 + p % 30)
                    .append(" days after \"the account is closed\"\n")
                    .append("\tdescription \"Why purpose ")
                    .append(p)
                    .append(" needs the data, in a sentence or two.\"\n}\n");
        }
        return text.toString();
    }

    private static String sharing(int factor, int regions) {
        StringBuilder text =
                new StringBuilder("import \"data.pledge\"\nimport \"purposes.pledge\"\nimport \"policy.pledge\"\n\n");
        for (int q = 0; q < factor * PARTIES; q++) {
            int purpose = q % (factor * PURPOSES);
            int[] items = purposeItems(purpose, factor);
            text.append(q % 2 == 0 ? "party party-" : "recipient party-")
                    .append(q)
                    .append(' ')
                    .append(title("Recipient", q))
                    .append(" {\n\tkind ")
                    .append(PARTY_KINDS[q % PARTY_KINDS.length])
                    .append("\n\treceives item-")
                    .append(items[0])
                    .append(", item-")
                    .append(items[1])
                    .append(" for purpose-")
                    .append(purpose)
                    .append("\n\tlocated region-")
                    .append(q % regions)
                    .append("\n\ttransfer by standard-contractual-clauses\n}\n");
        }
        for (int t = 0; t < factor * TRANSFERS; t++) {
            text.append("transfer transfer-")
                    .append(t)
                    .append(' ')
                    .append(title("Transfer", t))
                    .append(" {\n\tfrom region-")
                    .append(t % regions)
                    .append("\n\tto region-")
                    .append((t + 1) % regions)
                    .append("\n\tby standard-contractual-clauses\n}\n");
        }
        return text.toString();
    }

    private static String rights(int factor) {
        StringBuilder text = new StringBuilder("import \"purposes.pledge\"\n\n");
        for (int r = 0; r < factor * RIGHTS; r++) {
            text.append("right ")
                    .append(RIGHT_KINDS[r % RIGHT_KINDS.length])
                    .append(" right-")
                    .append(r)
                    .append(' ')
                    .append(title("Right", r))
                    .append(" { via web \"https://synthetic.example/rights/")
                    .append(r)
                    .append("\" within 30 days }\n");
        }
        return text.toString();
    }
}
