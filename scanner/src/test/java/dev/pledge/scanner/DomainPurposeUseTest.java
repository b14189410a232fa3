// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner;

import static dev.pledge.scanner.Fixture.line;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pledge.scanner.model.ScanRule;
import dev.pledge.scanner.report.DataMap;
import dev.pledge.scanner.report.ScanResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code undeclared-purpose-use} counts domain data: a {@code @PersonalData} method that reads a field of a domain
 * class holding personal data (through its getter, a record accessor, a helper or a projection interface's getter)
 * uses that data, as it uses data
 * it reads from a platform API.
 */
class DomainPurposeUseTest {

    @TempDir
    static Path dir;

    static ScanResult result;

    /** The fixture policy with an email address and a phone number that fraud prevention may use. */
    static final String POLICY = Fixture.POLICY
            .replace(
                    "data ip-address \"IP address\"",
                    "data ip-address \"IP address\"\n\tdata email \"Email address\"\n\tdata phone-number \"Phone number\""
                            + "\n\tdata postal-address \"Postal address\"\n\tdata city \"City\"")
            .replace("uses imei, ip-address", "uses imei, ip-address, email, phone-number, postal-address, city");

    static final String SOURCE = """
			package com.example.app;

			import com.example.privacy.DataItem;
			import com.example.privacy.PersonalData;
			import com.example.privacy.Purpose;

			public class Checks {
				@PersonalData(purpose = Purpose.FRAUD_PREVENTION, data = DataItem.EMAIL)
				boolean byGetter(Customer customer) {
					boolean disposable = customer.getEmail().endsWith(".example");
					return disposable || customer.getPhone().startsWith("+7"); // GETTER
				}

				@PersonalData(purpose = Purpose.FRAUD_PREVENTION, data = DataItem.EMAIL)
				boolean byAccessor(SignupForm form) {
					return form.phone().isEmpty(); // ACCESSOR
				}

				@PersonalData(purpose = Purpose.FRAUD_PREVENTION, data = DataItem.EMAIL)
				String byHelper(Customer customer) {
					return Masking.masked(customer); // HELPER
				}

				@PersonalData(purpose = Purpose.FRAUD_PREVENTION, data = {DataItem.EMAIL, DataItem.CITY})
				boolean byNavigation(Customer customer) {
					return customer.getAddress().getCity().equals("Moscow");
				}

				@PersonalData(purpose = Purpose.FRAUD_PREVENTION, data = {DataItem.EMAIL, DataItem.PHONE_NUMBER})
				String declared(Customer customer, SignupForm form) {
					return customer.getEmail() + customer.getPhone() + form.phone();
				}

				@PersonalData(purpose = Purpose.FRAUD_PREVENTION, data = DataItem.EMAIL)
				boolean same(Customer one, Customer other) {
					return one.equals(other) && one.hashCode() == other.hashCode();
				}

				@PersonalData(purpose = Purpose.ADS, data = DataItem.AD_ID)
				String notInThePurpose(Customer customer) {
					return customer.getEmail(); // ADS
				}

				String unannotated(Customer customer) {
					return customer.getPhone();
				}

				@PersonalData(purpose = Purpose.FRAUD_PREVENTION, data = DataItem.EMAIL)
				boolean byProjection(CustomerView view) {
					return view.getEmail().isEmpty() || view.getPhone().isEmpty(); // PROJECTION
				}
			}

			interface CustomerView {
				String getEmail();

				String getPhone();
			}

			class Customer {
				private Long id;
				private String email;
				String phone;
				private Address address;

				Address getAddress() {
					return address;
				}

				String getEmail() {
					return email;
				}

				String getPhone() {
					return phone;
				}

				@Override
				public boolean equals(Object other) {
					return other instanceof Customer c && c.phone.equals(phone) && c.email.equals(email);
				}

				@Override
				public int hashCode() {
					return phone.hashCode() + email.hashCode();
				}
			}

			class Address {
				private String street;
				private String city;

				String getCity() {
					return city;
				}
			}

			record SignupForm(String email, String phone) {}

			class Masking {
				static String masked(Customer customer) {
					return "***" + customer.phone.substring(3);
				}
			}
			""";

    @BeforeAll
    static void scan() {
        Fixture fixture = Fixture.create(dir, POLICY);
        result = fixture.scan(fixture.app("com/example/app/Checks.java", SOURCE));
    }

    @Test
    void gettersAccessorsAndHelpersReadTheFieldsTheyReturn() {
        List<String> uses = result.findings().stream()
                .filter(f -> f.rule() == ScanRule.UNDECLARED_PURPOSE_USE)
                .map(f -> f.at().line() + " " + f.at().method() + ": " + f.message())
                .toList();
        String which = ", which the method's @PersonalData(purpose = Purpose.FRAUD_PREVENTION) does not declare:"
                + " add DataItem.PHONE_NUMBER to its `data`";
        assertEquals(
                List.of(
                        line(SOURCE, "// GETTER") + " byGetter: uses `phone-number` from field `Customer.phone`"
                                + which,
                        line(SOURCE, "// ACCESSOR") + " byAccessor: uses `phone-number` from field `SignupForm.phone`"
                                + which,
                        line(SOURCE, "// HELPER") + " byHelper: uses `phone-number` from field `Customer.phone`"
                                + which,
                        line(SOURCE, "// ADS") + " notInThePurpose: uses `email` from field `Customer.email`, which the"
                                + " method's @PersonalData(purpose = Purpose.ADS) does not declare: add DataItem.EMAIL to"
                                + " its `data` and `email` to `uses` of purpose `ads` in the policy",
                        line(SOURCE, "// PROJECTION") + " byProjection: uses `phone-number` from property"
                                + " `CustomerView.phone`" + which),
                uses,
                "the email byGetter reads is declared; the address byNavigation goes through is the way to the"
                        + " city, not a use of the whole address; equals and hashCode compare, they do not use the data");
    }

    @Test
    void theDataMapSaysWhichPurposesUseDomainData() {
        DataMap.PurposeUse byGetter = result.dataMap().purposes().stream()
                .filter(p -> p.at().method().equals("byGetter"))
                .findFirst()
                .orElseThrow();
        assertEquals(List.of("email", "phone-number"), byGetter.used());
        DataMap.ItemUse phone = result.dataMap().items().stream()
                .filter(i -> i.id().equals("phone-number"))
                .findFirst()
                .orElseThrow();
        assertEquals(List.of("fraud-prevention"), phone.purposes());
        DataMap.Read field = phone.reads().stream()
                .filter(r -> r.api().equals("com/example/app/Customer.phone"))
                .findFirst()
                .orElseThrow();
        assertEquals(List.of("fraud-prevention"), field.purposes());
    }
}
