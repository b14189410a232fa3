// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.export;

/** The machine-readable formats a policy is exported to, and the file each is written to. */
public enum ExportFormat {
    /** Pledge's own JSON, described by {@code pledge-policy.schema.json}. */
    JSON("json", "pledge-policy.json"),
    /** W3C Data Privacy Vocabulary as JSON-LD. */
    DPV("dpv", "pledge-policy.dpv.jsonld"),
    /** Google Play Console data safety answers, as the Console's CSV. */
    PLAY("play", "play-data-safety.csv"),
    /** Apple privacy manifest (XML property list). */
    APPLE("apple", "PrivacyInfo.xcprivacy");

    private final String id;
    private final String fileName;

    ExportFormat(String id, String fileName) {
        this.id = id;
        this.fileName = fileName;
    }

    /** The name on the command line, e.g. {@code dpv}. */
    public String id() {
        return id;
    }

    /** The name of the file it is written to. */
    public String fileName() {
        return fileName;
    }
}
