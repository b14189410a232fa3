// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pledge.scanner.Aapt;
import dev.pledge.scanner.catalogue.AndroidPermissions;
import dev.pledge.scanner.catalogue.CatalogueParser;
import dev.pledge.scanner.input.AndroidManifest.Permission;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AndroidManifestTest {

    static final String MANIFEST = """
			<?xml version="1.0" encoding="utf-8"?>
			<manifest xmlns:android="http://schemas.android.com/apk/res/android" package="com.example.shop">
			    <uses-permission android:name="android.permission.INTERNET" />
			    <uses-permission android:name="android.permission.READ_CONTACTS" />
			    <uses-permission-sdk-23 android:name="android.permission.ACCESS_FINE_LOCATION" />
			    <uses-permission android:name="com.google.android.gms.permission.AD_ID" />
			    <application android:label="Shop">
			        <activity android:name=".MainActivity" />
			        <service android:name="com.appsflyer.internal.AppsFlyerService" />
			        <receiver android:name="com.example.shop.Boot" />
			        <provider android:name="androidx.startup.InitializationProvider" android:authorities="x" />
			    </application>
			</manifest>
			""";

    @Test
    void readsWhatAaptWrites(@TempDir Path dir) {
        Aapt.require();
        AndroidManifest manifest = AndroidManifest.parse(Aapt.binaryManifest(dir, MANIFEST));
        assertEquals("com.example.shop", manifest.packageName());
        assertEquals(
                List.of(
                        new Permission("android.permission.INTERNET", 3),
                        new Permission("android.permission.READ_CONTACTS", 4),
                        new Permission("android.permission.ACCESS_FINE_LOCATION", 5),
                        new Permission("com.google.android.gms.permission.AD_ID", 6)),
                manifest.permissions());
        assertEquals(
                List.of(
                        ".MainActivity",
                        "com.appsflyer.internal.AppsFlyerService",
                        "com.example.shop.Boot",
                        "androidx.startup.InitializationProvider"),
                manifest.components());
    }

    /** AARs carry the text form: it reads the same, lines included. */
    @Test
    void readsTheTextFormAsAarsCarryIt(@TempDir Path dir) {
        AndroidManifest text = AndroidManifest.parse(MANIFEST.getBytes(StandardCharsets.UTF_8));
        assertEquals("com.example.shop", text.packageName());
        assertEquals(4, text.permissions().size());
        assertEquals(
                new Permission("android.permission.READ_CONTACTS", 4),
                text.permissions().get(1));
        Aapt.require();
        assertEquals(AndroidManifest.parse(Aapt.binaryManifest(dir, MANIFEST)), text);
    }

    @Test
    void rejectsWhatIsNoManifest() {
        IllegalArgumentException xml = assertThrows(
                IllegalArgumentException.class,
                () -> AndroidManifest.parse("<manifest><oops></manifest>".getBytes(StandardCharsets.UTF_8)));
        assertTrue(xml.getMessage().startsWith("not well-formed XML"), xml.getMessage());
        IllegalArgumentException binary = assertThrows(
                IllegalArgumentException.class, () -> AndroidManifest.parse(new byte[] {3, 0, 8, 0, 100, 0, 0, 0}));
        assertTrue(binary.getMessage().startsWith("truncated"), binary.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AndroidManifest.parse(new byte[3]));
        assertThrows(IllegalArgumentException.class, () -> AndroidManifest.parse(new byte[] {0x0A, 100, 1}));
    }

    @Test
    void truncatedManifestIsAnErrorNotACrash(@TempDir Path dir) {
        Aapt.require();
        byte[] whole = Aapt.binaryManifest(dir, MANIFEST);
        for (int length : new int[] {8, 40, whole.length / 2, whole.length - 1}) {
            byte[] cut = Arrays.copyOf(whole, length);
            assertThrows(IllegalArgumentException.class, () -> AndroidManifest.parse(cut), "length " + length);
        }
    }

    /** Every concept a permission opens is a concept of the platform API catalogue. */
    @Test
    void permissionConceptsExist() {
        Set<String> concepts = CatalogueParser.builtIn().concepts().keySet();
        AndroidPermissions.builtIn().all().forEach((permission, opened) -> {
            assertTrue(!opened.isEmpty(), permission);
            opened.forEach(concept -> assertTrue(concepts.contains(concept), permission + " opens unknown " + concept));
        });
        assertEquals(List.of("contacts"), AndroidPermissions.builtIn().concepts("android.permission.READ_CONTACTS"));
        assertEquals(List.of(), AndroidPermissions.builtIn().concepts("android.permission.INTERNET"));
        Set<String> covered = AndroidPermissions.builtIn().all().values().stream()
                .flatMap(List::stream)
                .collect(Collectors.toSet());
        for (String needed : List.of(
                "imei", "precise-location", "contacts", "sms", "camera", "microphone", "accounts", "advertising-id")) {
            assertTrue(covered.contains(needed), needed);
        }
    }
}
