// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.notice;

import dev.pledge.generator.model.Policy;
import dev.pledge.generator.notice.NoticeModel.Chrome;
import dev.pledge.generator.notice.NoticeModel.Header;
import dev.pledge.generator.notice.NoticeModel.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** Builds the notice model of a policy in one language; the warnings of the build go to a collector. */
final class NoticeModelBuilder {

    private NoticeModelBuilder() {}

    /**
     * @param changes the "what changed" section, or null
     */
    static NoticeModel build(Policy policy, String language, Warnings warnings, WhatChangedSection changes) {
        Localizer lz = new Localizer(language, warnings);
        Refs refs = new Refs(policy, lz);
        DataSections data = new DataSections(policy, lz, refs);
        DirectorySections directory = new DirectorySections(policy, lz, refs, data);
        SharingSections sharing = new SharingSections(policy, lz, refs);
        RightsSections rights = new RightsSections(policy, lz, refs);
        String title = refs.title("policy", policy.id(), policy.title());
        List<String> intro = new ArrayList<>();
        String summary = lz.text(policy.info().summary(), "policy '" + policy.id() + "': summary");
        if (summary != null) {
            intro.add(summary);
        }
        Header header = new Header(title, lz.msg("chrome.kind"), directory.headerFacts(), intro);
        Chrome chrome = new Chrome(
                lz.msg("chrome.contents"),
                lz.msg("chrome.summary"),
                lz.msg("chrome.full-notice"),
                lz.msg("chrome.appendix"),
                lz.msg("separator"),
                lz.msg("comma"),
                lz.msg("chrome.none"),
                lz.msg("chrome.footer", policy.id(), policy.info().version()));
        NoticeModel.Summary first = new SummaryBuilder(policy, lz, refs, rights).build();
        List<Section> sections = Stream.of(
                        directory.about(),
                        new CommitmentSections(policy, lz, refs).commitments(),
                        directory.controllers(),
                        directory.contacts(),
                        directory.regions(),
                        directory.dataCentres(),
                        data.data(),
                        directory.services(),
                        data.purposes(),
                        sharing.recipients(),
                        sharing.disclosures(),
                        sharing.tracking(),
                        sharing.marketing(),
                        rights.objection(),
                        rights.withdrawal(),
                        rights.rights(),
                        sharing.transfers(),
                        rights.retention(),
                        rights.children(),
                        rights.security(),
                        rights.certifications(),
                        rights.changes())
                .filter(Objects::nonNull)
                .toList();
        Section whatChanged = changes == null ? null : changes.summary(lz, refs);
        Section appendix = changes == null ? null : changes.appendix(lz, refs);
        return new NoticeModel(language, chrome, header, first, whatChanged, sections, appendix);
    }
}
