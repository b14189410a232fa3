// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl;

import dev.pledge.dsl.load.Finding;
import dev.pledge.dsl.load.LoadResult;
import dev.pledge.dsl.load.PolicyLoadException;
import dev.pledge.dsl.load.PolicyLoader;
import dev.pledge.dsl.load.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Writes policy texts into a folder and checks them with the real loader. */
final class PolicyFixture {

    static final PolicyLoader LOADER = new PolicyLoader();

    /**
     * A complete policy that passes every rule without a single warning: each test breaks one
     * thing in it and expects exactly that rule to fire.
     */
    static final String CLEAN = """
			policy shop "Shop privacy policy" zh "商店隐私政策" {
			  version "2024-01-01"
			  effective "2024-01-01"
			  languages en, zh
			  automated-decisions "We make no decisions based solely on automated processing."
			}
			controller shop-ltd "Shop Ltd." { address "1 Main Street, Dublin" email "privacy@shop.example" }
			contact dpo "Data Protection Officer" { role dpo email "dpo@shop.example" }
			region eea "European Economic Area" { transfer-rules "GDPR Chapter V" }
			region cn "Mainland China" { localisation "Personal information collected in mainland China stays there." }
			region usa "United States" { }
			category account "Account data" zh "帐号信息" {
			  origin provided
			  data email "Email address" zh "电子邮件地址"
			  data location "Precise location" { sensitive under ccpa source "android/location/LocationManager.getLastKnownLocation" }
			}
			category partner-data "Data from partners" {
			  origin third-party
			  told within 1 month
			  data ad-clicks "Ad clicks" { from mailer }
			}
			purpose orders "Process your orders" {
			  basis contract
			  uses email
			  provision required-for-contract consequence "Without your email address we cannot confirm your order."
			  retention 6 years after "the order"
			}
			purpose nearby "Show stores near you" {
			  basis explicit-consent
			  uses location
			  withdraw settings "Settings > Location"
			  provision voluntary consequence "Without your location you look for stores yourself."
			  retention 30 days
			}
			purpose measure "Measure ads" {
			  basis legitimate-interest "knowing which ads work"
			  uses ad-clicks
			  opt-out web "https://shop.example/ads"
			  retention until "you object"
			}
			party mailer "Mailer Inc." {
			  kind service-provider
			  url "https://mailer.example/privacy"
			  receives email for orders
			  located usa
			  transfer by standard-contractual-clauses
			}
			transfer to-usa { from eea to usa by standard-contractual-clauses recipients mailer }
			right access { via web "https://shop.example/privacy" within 30 days }
			right rectification { via web "https://shop.example/privacy" }
			right erasure { via web "https://shop.example/privacy" }
			right restriction { via web "https://shop.example/privacy" }
			right object { via web "https://shop.example/privacy" }
			right portability { via web "https://shop.example/privacy" }
			right withdraw-consent { description "You may withdraw consent at any time." }
			right complaint { via web "https://edpb.europa.eu" }
			""";

    private final Path folder;

    PolicyFixture(Path folder) {
        this.folder = folder;
    }

    Path write(String name, String text) {
        try {
            Path file = folder.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    LoadResult check(String text) {
        return load(List.of(write("policy.pledge", text)));
    }

    LoadResult load(List<Path> paths) {
        try {
            return LOADER.load(paths);
        } catch (PolicyLoadException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    static Set<String> rules(LoadResult result) {
        return result.findings().stream().map(Finding::ruleId).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    static Set<String> rules(LoadResult result, Severity severity) {
        return result.findings().stream()
                .filter(f -> f.severity() == severity)
                .map(Finding::ruleId)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    static String describe(LoadResult result) {
        return result.findings().stream()
                .map(f -> f.format(f.file().getParent()))
                .collect(Collectors.joining("\n"));
    }

    /** The clean policy with one piece of text replaced; fails loudly if the piece is not there. */
    static String cleanWith(String piece, String replacement) {
        if (!CLEAN.contains(piece)) {
            throw new IllegalArgumentException("fixture does not contain: " + piece);
        }
        return CLEAN.replace(piece, replacement);
    }
}
