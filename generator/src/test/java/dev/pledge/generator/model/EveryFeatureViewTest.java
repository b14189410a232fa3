// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pledge.generator.TestPolicies;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every clause of {@code every-feature.pledge} read back from the view. */
class EveryFeatureViewTest {

    private static Policy policy;

    @BeforeAll
    static void load() {
        policy = TestPolicies.view(
                TestPolicies.load(List.of(TestPolicies.resource("model/every-feature.pledge"))), null);
    }

    private static String en(Text text) {
        return text.text();
    }

    @Test
    void policyBlock() {
        assertEquals("shop", policy.id());
        assertEquals(
                Map.of("en", "Shop Privacy Policy", "zh", "商店隐私政策"),
                policy.title().translations());
        assertNull(policy.base());
        PolicyInfo info = policy.info();
        assertEquals("2024-01-31", info.version());
        assertEquals("2024-02-01", info.effective());
        assertEquals(List.of("en", "zh"), info.languages());
        assertEquals("https://shop.example/privacy", info.url());
        assertEquals("我们卖东西。", info.summary().in("zh"));
        assertEquals(
                List.of("The shop app", "The shop website"),
                info.appliesTo().stream().map(Text::text).toList());
        assertEquals("This policy wins.", en(info.precedence()));
        assertEquals("\"We\": Shop Ltd.", en(info.definitions().get(0)));
        assertEquals("Less data.", en(info.principles().get(0)));
        assertEquals("We do not sell data.", en(info.noSale()));
        assertEquals("No automated decisions.", en(info.automatedDecisions()));
        assertEquals("We notify within 72 hours.", en(info.breachNotification()));
        assertEquals("A note.", en(info.notes().get(0)));
        assertEquals(
                new Provision(ProvisionRequirement.VOLUNTARY, Text.of("Some features do not work.")), info.provision());
        assertEquals("在我们的第一封邮件中。", info.told().get(0).text().in("zh"));
        assertEquals(1, policy.files().size());
        assertEquals(List.of("app"), info.appliesToServices());
    }

    @Test
    void controllersAndContacts() {
        Controller ltd = policy.controllers().get(0);
        assertEquals(
                new Controller(
                        "shop-ltd",
                        Text.of("Shop Ltd."),
                        List.of(new Role(PartyRole.CONTROLLER, List.of())),
                        Text.of("1 Main St"),
                        List.of("privacy@shop.example", "dpo@shop.example"),
                        List.of("+1 555 0100"),
                        List.of("https://shop.example"),
                        List.of("eu"),
                        Text.of("The company.")),
                ltd);
        assertEquals(PartyRole.CONTROLLER, ltd.role());
        Controller asia = policy.controllers().get(1);
        assertEquals(
                List.of(new Role(PartyRole.CONTROLLER, List.of()), new Role(PartyRole.PROCESSOR, List.of("eu"))),
                asia.roles());
        assertEquals(PartyRole.PROCESSOR, asia.roleIn("eu"));
        assertEquals(PartyRole.CONTROLLER, asia.roleIn("cn"));
        assertEquals(
                new Contact(
                        "dpo",
                        Text.of("Data Protection Officer"),
                        ContactRole.DPO,
                        "shop-ltd",
                        Text.of("Jane Doe"),
                        Text.of("2 Main St"),
                        List.of("dpo@shop.example"),
                        List.of("+1 555 0101"),
                        List.of("https://shop.example/dpo"),
                        Text.of("9-5"),
                        List.of("eu", "cn"),
                        Text.of("Ask her.")),
                policy.contacts().get(0));
    }

    @Test
    void regionsAndDataCentres() {
        assertEquals(
                new Region(
                        "eu",
                        new Text(Map.of("en", "European Union", "zh", "欧盟")),
                        List.of("DE", "FR"),
                        List.of(Text.of("GDPR")),
                        "shop-ltd",
                        List.of("shop-asia"),
                        null,
                        Text.of("Standard clauses."),
                        Text.of("Your DPA"),
                        "https://edpb.europa.eu",
                        Text.of("The EU.")),
                policy.regions().get(0));
        assertEquals("Stored in China.", en(policy.regions().get(1).localisation()));
        assertEquals(
                new DataCentre("frankfurt", Text.of("Frankfurt"), "eu", Text.of("Main DC.")),
                policy.dataCentres().get(0));
    }

    @Test
    void categoriesAndItems() {
        DataCategory device = policy.categories().get(0);
        assertEquals("About your device.", en(device.description()));
        assertEquals(DataOrigin.OBSERVED, device.origin());
        assertFalse(device.nonPersonal());
        assertEquals(
                new DataItem(
                        "device-id",
                        Text.of("Device ID"),
                        "device",
                        false,
                        List.of(),
                        false,
                        DataOrigin.OBSERVED,
                        List.of(),
                        List.of("android/provider/Settings$Secure.ANDROID_ID", "java/util/UUID.randomUUID"),
                        null,
                        List.of(),
                        Text.of("An id.")),
                device.items().get(0));
        DataItem fingerprint = policy.item("fingerprint").orElseThrow();
        assertTrue(fingerprint.sensitive());
        assertEquals(List.of(SensitiveLaw.GDPR_ART9, SensitiveLaw.PIPL_ART28), fingerprint.sensitiveUnder());
        assertEquals(new Provision(ProvisionRequirement.VOLUNTARY, null), fingerprint.provision());
        assertEquals(
                List.of(
                        new Telling(new Duration(2, TimeUnit.WEEK), null, null),
                        new Telling(null, TellingMoment.AT_FIRST_CONTACT, null)),
                policy.category("stats").orElseThrow().told());
        assertTrue(policy.category("stats").orElseThrow().nonPersonal());
        DataItem crashes = policy.item("crash-count").orElseThrow();
        assertEquals(List.of("crash-co"), crashes.from());
        assertEquals(List.of(new Telling(null, TellingMoment.AT_FIRST_DISCLOSURE, null)), crashes.told());
        assertEquals(DataOrigin.THIRD_PARTY, crashes.origin());
        assertTrue(crashes.nonPersonal());
        assertEquals(
                List.of("device-id", "device-model", "fingerprint", "crash-count"),
                policy.items().stream().map(DataItem::id).toList());
        assertEquals(
                new Service("app", Text.of("Shop app"), List.of("https://shop.example/app"), Text.of("The app.")),
                policy.services().get(0));
    }

    @Test
    void purposes() {
        Purpose checkout = policy.purpose("checkout").orElseThrow();
        assertEquals(LegalBasis.CONTRACT, checkout.basis());
        assertEquals(List.of("device"), checkout.uses());
        assertEquals(List.of("device-id", "device-model"), checkout.items(), "categories expand to their items");
        assertEquals(List.of("app"), checkout.services());
        assertEquals(new Period(new Duration(30, TimeUnit.DAY), Text.of("order delivery")), checkout.retention());
        assertEquals(List.of("eu"), checkout.regions());
        assertEquals("Only when you buy.", en(checkout.conditions().get(0)));
        assertEquals("Taking your order.", en(checkout.description()));
        assertTrue(checkout.optional());
        assertEquals(
                List.of(
                        new Safeguard(SafeguardKind.PSEUDONYMISED, null),
                        new Safeguard(SafeguardKind.AGGREGATED, Text.of("Only totals are kept."))),
                checkout.safeguards());
        assertEquals(List.of("fingerprint"), checkout.notLinked());
        assertNull(checkout.version());
        assertEquals(1, checkout.currentVersion());
        assertEquals(
                new Provision(ProvisionRequirement.CONTRACT_ENTRY, Text.of("No order without it.")),
                checkout.provision());
        assertNull(checkout.decisionLogic());

        Purpose fraud = policy.purpose("fraud").orElseThrow();
        assertEquals(LegalBasis.LEGITIMATE_INTEREST, fraud.basis());
        assertEquals("保护支付", fraud.interest().in("zh"));
        assertEquals(
                List.of(
                        new Basis(LegalBasis.LEGITIMATE_INTEREST, fraud.interest(), List.of()),
                        new Basis(LegalBasis.CONSENT, null, List.of("eu"))),
                fraud.bases());
        assertEquals(LegalBasis.CONSENT, fraud.basisRecordIn("eu").basis());
        assertEquals(LegalBasis.LEGITIMATE_INTEREST, fraud.basisRecordIn("cn").basis());
        assertTrue(fraud.regionalBases());
        assertEquals(
                LegalBasis.UNSTATED, policy.purpose("research").orElseThrow().basis());
        assertEquals(List.of(new Channel(ChannelKind.SETTINGS, Text.of("Settings > Privacy"))), fraud.optOut());
        assertTrue(fraud.retention().isUntil());
        assertTrue(fraud.profiling() && fraud.automatedDecisions() && !fraud.optional());
        assertEquals(new DecisionLogic(Text.of("We score payments."), null, null), fraud.profilingLogic());
        assertEquals(
                new DecisionLogic(
                        Text.of("Rules flag risky payments."),
                        Text.of("A flagged payment is stopped."),
                        Text.of("You pay another way.")),
                fraud.decisionLogic());
        assertTrue(fraud.decisionLogic().complete() && !fraud.profilingLogic().complete());

        Purpose unlock = policy.purpose("unlock").orElseThrow();
        assertEquals(3, unlock.version());
        assertEquals(
                List.of(ChannelKind.SETTINGS, ChannelKind.EMAIL),
                unlock.withdraw().stream().map(Channel::kind).toList());
        assertEquals("1 year", unlock.retention().duration().toString());
        assertNull(unlock.retention().trigger());
    }

    @Test
    void partiesAndTracking() {
        Party crash = policy.party("crash-co").orElseThrow();
        assertTrue(crash.named());
        assertEquals(List.of(PartyKind.ANALYTICS, PartyKind.SECURITY), crash.kinds());
        assertEquals(PartyRole.PROCESSOR, crash.role());
        assertEquals(List.of("https://crash.example"), crash.urls());
        assertEquals(
                List.of(
                        new Disclosure(List.of("device-id"), List.of("device-id"), List.of("fraud")),
                        new Disclosure(List.of("device-model"), List.of("device-model"), List.of("checkout"))),
                crash.disclosures(),
                "the extension's disclosure after the party's own");
        assertEquals(List.of("cn"), crash.locations());
        assertEquals(List.of(TransferMechanism.STANDARD_CONTRACTUAL_CLAUSES), crash.mechanisms());
        assertEquals(List.of("com.crashco", "io.crash"), crash.sdks());
        assertEquals(List.of("app"), crash.services());
        assertEquals("Only crash data.", en(crash.conditions().get(0)));
        Party couriers = policy.party("couriers").orElseThrow();
        assertFalse(couriers.named());
        assertNull(couriers.role());
        assertEquals(List.of("device-id", "device-model"), couriers.receivedItems());
        assertEquals(List.of("checkout"), couriers.receivedFor());
        Party authorities = policy.party("authorities").orElseThrow();
        assertEquals(
                List.of(new Disclosure(
                        List.of("device-id"),
                        List.of("device-id"),
                        List.of(),
                        List.of(
                                new Trigger(TriggerKind.LEGAL_OBLIGATION, Text.of("A court order.")),
                                new Trigger(TriggerKind.AUTHORITY_REQUEST, null)),
                        List.of(new Safeguard(SafeguardKind.ENCRYPTED, null)))),
                authorities.disclosures());
        assertEquals(List.of(new Trigger(TriggerKind.VITAL_INTEREST, null)), authorities.triggers());
        assertEquals(
                List.of(TriggerKind.VITAL_INTEREST, TriggerKind.LEGAL_OBLIGATION, TriggerKind.AUTHORITY_REQUEST),
                authorities.triggerKinds());
        assertEquals(List.of(new Channel(ChannelKind.EMAIL, Text.of("your account address"))), authorities.notifyVia());
        assertEquals(List.of(PartyKind.AUTHORITY, PartyKind.PUBLIC), authorities.kinds());
        assertEquals(List.of("shop-ltd"), policy.trackings().get(0).parties(), "the controller runs it itself");
        assertTrue(policy.trackings().get(0).allRegions());

        assertEquals(
                new Tracking(
                        "crash-sdk",
                        Text.of("Crash SDK"),
                        TrackingKind.SDK,
                        List.of("crash-co"),
                        List.of("fraud"),
                        List.of("device-id"),
                        List.of("device-id"),
                        List.of(new Safeguard(SafeguardKind.DE_IDENTIFIED, null)),
                        List.of("device-model"),
                        true,
                        List.of(new Channel(ChannelKind.IN_APP, Text.of("Settings > Crash reports"))),
                        List.of("app"),
                        List.of("eu"),
                        false,
                        Text.of("The SDK."),
                        false,
                        null),
                policy.trackings().get(1));
    }

    @Test
    void rights() {
        Right erasure = policy.right("erasure").orElseThrow();
        assertNull(erasure.name());
        assertNull(erasure.title());
        assertEquals(RightKind.ERASURE, erasure.kind());
        assertEquals(new Duration(15, TimeUnit.DAY), erasure.deadline());
        assertEquals("None", en(erasure.fee()));
        assertEquals("Legal holds", en(erasure.exceptions().get(0)));
        assertEquals("Verified", en(erasure.conditions().get(0)));
        assertEquals(List.of("eu"), erasure.regions());
        assertEquals(List.of("checkout"), erasure.purposes());
        assertEquals("Delete.", en(erasure.description()));
        Right access = policy.right("my-access").orElseThrow();
        assertEquals("my-access", access.name());
        assertEquals(RightKind.ACCESS, access.kind());
        assertEquals("Access your data", en(access.title()));
        assertNull(access.deadline());
        assertEquals("one month", en(access.deadlineText()));
        assertTrue(access.allRegions());
        assertEquals("requests", access.procedure(), "a request right follows the policy's general procedure");
        assertEquals(List.of(), policy.right("erasure").orElseThrow().services());
        assertEquals(List.of("app"), policy.right("portability").orElseThrow().services());
        assertEquals(
                List.of("erasure", "my-access", "portability", "withdraw-consent"),
                policy.rights().stream().map(Right::id).toList());
        assertEquals(
                new RequestProcedure(
                        "requests",
                        Text.of("Making a request"),
                        List.of(new Channel(ChannelKind.WEB, Text.of("https://shop.example/requests"))),
                        Text.of("We check your identity."),
                        Text.of("In writing."),
                        new Duration(30, TimeUnit.DAY),
                        null,
                        Text.of("Free."),
                        List.of(Text.of("Manifestly unfounded requests.")),
                        List.of(),
                        Text.of("How to ask.")),
                policy.procedure("requests").orElseThrow());
        RequestProcedure eu = policy.procedure("eu-requests").orElseThrow();
        assertEquals(List.of("eu"), eu.regions());
        assertEquals("one month", en(eu.deadlineText()));
    }

    @Test
    void transfersAndRetention() {
        assertEquals(
                new Transfer(
                        "eu-to-cn",
                        Text.of("To China"),
                        List.of("eu"),
                        List.of("cn"),
                        List.of("crash-co"),
                        List.of(TransferMechanism.STANDARD_CONTRACTUAL_CLAUSES, TransferMechanism.ADEQUACY_DECISION),
                        List.of(Text.of("Encryption")),
                        new Channel(ChannelKind.EMAIL, Text.of("privacy@shop.example")),
                        List.of("app"),
                        Text.of("Crash data.")),
                policy.transfers().get(0));
        Retention rule = policy.retentions().get(0);
        assertTrue(rule.isDefault());
        assertTrue(rule.allRegions());
        assertNull(rule.title());
        assertEquals(new Period(new Duration(2, TimeUnit.YEAR), null), rule.period());
        assertEquals(
                List.of("Legal", "Disputes", "Erased", "90 days", "Default."),
                List.of(
                        en(rule.criteria().get(0)),
                        en(rule.exceptions().get(0)),
                        en(rule.deletion()),
                        en(rule.backups()),
                        en(rule.description())));
        Retention logs = policy.retentions().get(1);
        assertEquals(List.of("fraud", "device"), logs.targets());
        assertEquals("90 days", logs.period().duration().toString());
        assertEquals(List.of("app"), logs.services());
        assertEquals(List.of("eu"), logs.regions());
    }

    @Test
    void extensionsAreMergedAndCommitmentsRead() {
        assertEquals(
                List.of("device-id", "crash-count", "device-model"),
                policy.purpose("fraud").orElseThrow().items());
        Party crash = policy.party("crash-co").orElseThrow();
        assertEquals(List.of("device-id", "device-model"), crash.receivedItems());
        assertEquals(
                List.of("android/os/Build.MODEL"),
                policy.item("device-model").orElseThrow().sources());
        Commitment promises = policy.commitments().get(0);
        assertEquals("We keep them.", en(promises.description()));
        assertEquals(
                List.of(
                        PromiseKind.NO_SALE,
                        PromiseKind.NO_PROFILING_OF_CHILDREN,
                        PromiseKind.NO_SHARING,
                        PromiseKind.NOT_LINKED,
                        PromiseKind.NO_TRANSFER_OUT_OF),
                promises.promises().stream().map(Promise::kind).toList());
        Promise sharing = promises.promises().get(2);
        assertEquals(
                new Promise(
                        PromiseKind.NO_SHARING,
                        List.of("fingerprint"),
                        List.of("fingerprint"),
                        List.of("crash-co"),
                        List.of(PartyKind.ADVERTISING),
                        List.of("unlock"),
                        List.of(TriggerKind.LEGAL_OBLIGATION),
                        List.of(),
                        List.of(),
                        List.of()),
                sharing);
        assertTrue(sharing.covers(crash));
        assertEquals(List.of("fingerprint"), promises.promises().get(3).otherItems());
        assertEquals(List.of("cn"), promises.promises().get(4).regions());
        assertEquals(promises, policy.commitmentOf(sharing));
        assertEquals(List.of(sharing), policy.promises(PromiseKind.NO_SHARING));
    }

    @Test
    void childrenSecurityMarketingChanges() {
        Children minors = policy.children().get(0);
        assertEquals(
                new Children(
                        "minors",
                        Text.of("Children"),
                        List.of("eu"),
                        false,
                        List.of(),
                        16,
                        ChildRequirement.PARENTAL_CONSENT,
                        true,
                        true,
                        List.of(new Channel(ChannelKind.EMAIL, Text.of("privacy@shop.example"))),
                        List.of(Text.of("Parents supervise."))),
                minors);
        assertEquals(ChildRequirement.NOT_ALLOWED, policy.children().get(1).requirement());
        assertEquals(List.of("app"), policy.children().get(2).services());
        assertEquals(
                new Security(
                        "encryption",
                        Text.of("Encryption"),
                        List.of(SecurityKind.TECHNICAL, SecurityKind.ORGANISATIONAL),
                        Text.of("AES.")),
                policy.security().get(0));
        assertEquals(
                new Security("locks", Text.of("Locks"), List.of(), null),
                policy.security().get(1));
        assertEquals(
                new Certification(
                        "iso",
                        Text.of("ISO/IEC 27001"),
                        "ISO/IEC 27001:2022",
                        Text.of("All systems"),
                        Text.of("Certified.")),
                policy.certifications().get(0));
        assertEquals(
                new Marketing(
                        "newsletter",
                        Text.of("Newsletter"),
                        List.of("device"),
                        List.of("device-id", "device-model"),
                        List.of("checkout"),
                        List.of(new Channel(ChannelKind.EMAIL, Text.of("news@shop.example"))),
                        List.of(new Channel(ChannelKind.LINK, Text.of("https://shop.example/unsubscribe"))),
                        Text.of("News.")),
                policy.marketing().get(0));
        Changes changes = policy.changes().get(0);
        assertEquals(
                List.of(ChannelKind.EMAIL, ChannelKind.IN_APP),
                changes.notifyVia().stream().map(Channel::kind).toList());
        assertEquals(
                List.of("Yearly", "When purposes widen", "We tell you."),
                List.of(
                        en(changes.review()),
                        en(changes.freshConsent()),
                        en(changes.statements().get(0))));
        assertEquals(
                new ChangeLogEntry("2024-01-31", new Text(Map.of("en", "First version", "zh", "第一版"))),
                changes.log().get(0));
    }
}
