// SPDX-License-Identifier: Apache-2.0
package dev.pledge.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Policy texts the tests check, and helpers to write them. */
final class Policies {

    /** A complete notice: no errors, no warnings. */
    static final String CLEAN = """
			policy shop "Shop privacy notice" {
			  version "1.0" provision voluntary consequence "Without the data, the features that need it do not work."
			  automated-decisions "We do not make decisions based solely on automated processing."
			}

			controller shop-ltd "Shop Ltd" {
			  address "1 Main Street, Dublin"
			  email "privacy@shop.example"
			}

			contact dpo "Data Protection Officer" {
			  role dpo
			  email "dpo@shop.example"
			}

			region eu "European Union" { countries "IE" }
			region us "United States" { countries "US" }

			category account "Account data" {
			  data email-address "Email address"
			}

			purpose orders "Handling orders" {
			  basis contract
			  uses email-address
			  retention 6 years after "the order"
			}

			recipient couriers "Couriers" {
			  kind logistics
			  receives email-address for orders
			}

			transfer to-us {
			  from eu
			  to us
			  by standard-contractual-clauses
			}

			retention default {
			  criterion "as long as the account exists"
			}

			right access { via web "https://shop.example/privacy" }
			right rectification { via web "https://shop.example/privacy" }
			right erasure { via web "https://shop.example/privacy" }
			right restriction { via web "https://shop.example/privacy" }
			right portability { via web "https://shop.example/privacy" }
			right object { via web "https://shop.example/privacy" }
			right complaint { via web "https://www.dataprotection.ie" }
			""";

    /**
     * {@link #CLEAN} plus a data item no purpose uses (warning at 21:8) and a purpose without a
     * legal basis (error at 24:9).
     */
    static final String ERROR_AND_WARNING = CLEAN.replace("""
					  data email-address "Email address"
					""", """
					  data email-address "Email address"
					  data phone "Phone number"
					""").replace("""
					purpose orders "Handling orders" {
					""", """
					purpose newsletter "Newsletter" {
					  uses email-address
					  retention until "you unsubscribe"
					}

					purpose orders "Handling orders" {
					""");

    static final String UNUSED_DATA_LINE = ":21:8: warning: data item 'phone' is used by no purpose: "
            + "add it to the `uses` of the purpose that needs it, or delete it [unused-data]";

    static final String MISSING_BASIS_LINE =
            ":24:9: error: purpose 'newsletter' has no legal basis: add `basis consent`, "
                    + "`basis contract`, `basis legal-obligation`, `basis legitimate-interest \"<the interest>\"`, "
                    + "`basis explicit-consent`, `basis vital-interest` or `basis public-task`; if the policy gives "
                    + "none, write `basis unstated` [missing-legal-basis]";

    private Policies() {}

    static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
