// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

/** The law that makes a data item sensitive, as written after {@code sensitive under}. */
public enum SensitiveLaw {
    /** GDPR Art. 9: special categories of personal data. */
    GDPR_ART9("gdpr-art-9"),
    /** GDPR Art. 10: personal data relating to criminal convictions and offences. */
    GDPR_ART10("gdpr-art-10"),
    /** China, Personal Information Protection Law Art. 28: sensitive personal information. */
    PIPL_ART28("pipl-art-28"),
    /** China, national standard GB/T 35273-2020: personal sensitive information. */
    GB_T35273("gb-t-35273"),
    /** India, SPDI Rules 2011, rule 3: sensitive personal data or information. */
    INDIA_SPDI("india-spdi"),
    /** California, CCPA as amended by the CPRA, Civ. Code 1798.140(ae): sensitive personal information. */
    CCPA("ccpa"),
    /** Brazil, LGPD Art. 5(II): sensitive personal data. */
    LGPD("lgpd"),
    /** Japan, APPI Art. 2(3): special care-required personal information. */
    APPI("appi"),
    /** Russia, Federal Law 152-FZ Art. 10: special categories of personal data. */
    RUSSIA152_FZ("russia-152-fz"),
    /** South Africa, POPIA s. 26: special personal information. */
    POPIA("popia");

    private final String id;

    SensitiveLaw(String id) {
        this.id = id;
    }

    /** The keyword as written in a policy, e.g. {@code gdpr-art-9}. */
    public String id() {
        return id;
    }
}
