// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Who published a page the catalogue cites, and which site an address is on. */
class PolicyEvidenceTest {

    /** A citation counts once per owner: two files of one repository, or two pages of one site, are one witness. */
    @Test
    void citationsCountOncePerOwner() {
        assertEquals("github.com/acme", PolicyEvidence.owner("https://github.com/Acme/app/blob/main/PRIVACY.md"));
        assertEquals("github.com/acme", PolicyEvidence.owner("https://github.com/acme/other/blob/v1/docs/sdks.md"));
        assertEquals("example.co.uk", PolicyEvidence.owner("https://apps.example.co.uk/privacy"));
    }

    @Test
    void aSiteIsTheRegisteredDomain() {
        assertEquals("contentsquare.com", PolicyEvidence.site("https://docs.contentsquare.com/en/ios/privacy/"));
        assertEquals("mail.ru", PolicyEvidence.site("https://help.mail.ru/legal/terms/mytracker/eng/privacy"));
        assertEquals("aliyun.com.cn", PolicyEvidence.site("https://help.aliyun.com.cn/x"));
        assertEquals("example.co.uk", PolicyEvidence.site("https://www.example.co.uk/privacy"));
    }
}
