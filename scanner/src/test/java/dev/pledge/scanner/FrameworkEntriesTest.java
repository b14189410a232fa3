// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pledge.scanner.report.ScanResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dependency code that frameworks create and call by name on the application's behalf is reachable:
 * {@code ServiceLoader} providers, the Spring configurations the application imports (also through an
 * {@code @Enable...} annotation) with their nested configurations, and auto-configurations when the
 * application enables them; their {@code @Bean} methods run. A configuration no one imports is not.
 */
class FrameworkEntriesTest {

    @TempDir
    static Path dir;

    static Fixture fixture;

    @BeforeAll
    static void setUp() {
        fixture = Fixture.create(dir);
    }

    static final Map<String, String> SPRING = Fixture.files(
            "org/springframework/context/annotation/Import.java",
            """
			package org.springframework.context.annotation;
			public @interface Import { Class<?>[] value(); }
			""",
            "org/springframework/context/annotation/Configuration.java",
            """
			package org.springframework.context.annotation;
			public @interface Configuration {}
			""",
            "org/springframework/context/annotation/Bean.java",
            """
			package org.springframework.context.annotation;
			public @interface Bean {}
			""",
            "org/springframework/boot/autoconfigure/EnableAutoConfiguration.java",
            """
			package org.springframework.boot.autoconfigure;
			public @interface EnableAutoConfiguration {}
			""",
            "org/springframework/boot/autoconfigure/SpringBootApplication.java",
            """
			package org.springframework.boot.autoconfigure;
			@EnableAutoConfiguration
			public @interface SpringBootApplication {}
			""");

    /** A library: an @Enable annotation, configurations, an auto-configuration, a service and its provider. */
    static final Map<String, String> LIBRARY = Fixture.files(
            "org/tracking/EnableTracking.java",
            """
			package org.tracking;
			@org.springframework.context.annotation.Import(TrackingConfig.class)
			public @interface EnableTracking {}
			""",
            "org/tracking/TrackingConfig.java",
            """
			package org.tracking;

			import org.springframework.context.annotation.Bean;
			import org.springframework.context.annotation.Configuration;

			@Configuration
			public class TrackingConfig extends TrackingSupport {
				@Bean
				public Object tracker(android.telephony.TelephonyManager tm) {
					return tm.getLine1Number();
				}

				public Object notABean(android.telephony.TelephonyManager tm) {
					return tm.getLine1Number();
				}

				@Configuration
				static class Nested {
					@Bean
					Object nested(android.telephony.TelephonyManager tm) {
						return tm.getLine1Number();
					}
				}
			}
			""",
            "org/tracking/TrackingSupport.java",
            """
			package org.tracking;

			public class TrackingSupport {
				@org.springframework.context.annotation.Bean
				public Object inherited(android.telephony.TelephonyManager tm) {
					return tm.getLine1Number();
				}
			}
			""",
            "org/tracking/UnusedConfig.java",
            """
			package org.tracking;

			@org.springframework.context.annotation.Configuration
			public class UnusedConfig {
				@org.springframework.context.annotation.Bean
				Object unused(android.telephony.TelephonyManager tm) {
					return tm.getLine1Number();
				}
			}
			""",
            "org/tracking/TrackingAutoConfiguration.java",
            """
			package org.tracking;

			@org.springframework.context.annotation.Configuration
			public class TrackingAutoConfiguration {
				@org.springframework.context.annotation.Bean
				Object auto(android.telephony.TelephonyManager tm) {
					return tm.getLine1Number();
				}
			}
			""",
            "org/tracking/Plugin.java",
            """
			package org.tracking;
			public interface Plugin {
				Object run(android.telephony.TelephonyManager tm);
			}
			""",
            "org/tracking/Plugins.java",
            """
			package org.tracking;
			public class Plugins {
				public static void runAll(Iterable<Plugin> plugins, android.telephony.TelephonyManager tm) {
					for (Plugin plugin : plugins) {
						plugin.run(tm);
					}
				}
			}
			""",
            "org/tracking/PhonePlugin.java",
            """
			package org.tracking;
			public class PhonePlugin implements Plugin {
				public Object run(android.telephony.TelephonyManager tm) {
					return tm.getLine1Number();
				}
			}
			""");

    static final String APP = """
			package com.example.app;

			@org.tracking.EnableTracking
			@org.springframework.boot.autoconfigure.SpringBootApplication
			public class App {
				void plugins(android.telephony.TelephonyManager tm) {
					org.tracking.Plugins.runAll(java.util.ServiceLoader.load(org.tracking.Plugin.class), tm);
				}
			}
			""";

    @Test
    void whatFrameworksCreateAndCallByNameIsReachable() {
        Map<String, byte[]> library = libraryJar(true);
        ScanResult result = scan(APP, library);
        assertEquals(
                List.of(
                        "org.tracking.PhonePlugin.run",
                        "org.tracking.TrackingAutoConfiguration.auto",
                        "org.tracking.TrackingConfig$Nested.nested",
                        "org.tracking.TrackingConfig.tracker",
                        "org.tracking.TrackingSupport.inherited"),
                where(result),
                result.findings().toString());

        // not registered: the provider is never created, the auto-configuration never loaded
        assertEquals(
                List.of(
                        "org.tracking.TrackingConfig$Nested.nested",
                        "org.tracking.TrackingConfig.tracker",
                        "org.tracking.TrackingSupport.inherited"),
                where(scan(APP, libraryJar(false))));

        // auto-configuration not enabled, nothing imported: only the registered provider
        String plain = APP.replace("@org.tracking.EnableTracking", "")
                .replace("@org.springframework.boot.autoconfigure.SpringBootApplication", "");
        assertEquals(List.of("org.tracking.PhonePlugin.run"), where(scan(plain, library)));
    }

    /** An Android library's activities, services, receivers and providers: Android creates them and calls them back. */
    static final Map<String, String> ANDROID_LIBRARY = Fixture.files(
            "android/app/Activity.java",
            """
			package android.app;
			public class Activity {
				protected void onCreate(Object state) { }
			}
			""",
            "android/content/BroadcastReceiver.java",
            """
			package android.content;
			public abstract class BroadcastReceiver {
				public abstract void onReceive(Object context, Object intent);
			}
			""",
            "com/example/tracking/TrackingActivity.java",
            """
			package com.example.tracking;
			public class TrackingActivity extends android.app.Activity {
				android.telephony.TelephonyManager tm;
				@Override
				protected void onCreate(Object state) {
					tm.getLine1Number();
				}
			}
			""",
            "com/example/tracking/BootReceiver.java",
            """
			package com.example.tracking;
			public class BootReceiver extends android.content.BroadcastReceiver {
				android.telephony.TelephonyManager tm;
				@Override
				public void onReceive(Object context, Object intent) {
					tm.getLine1Number();
				}
			}
			""",
            "com/example/tracking/OldActivity.java",
            """
			package com.example.tracking;
			public class OldActivity extends android.app.Activity {
				android.telephony.TelephonyManager tm;
				@Override
				protected void onCreate(Object state) {
					tm.getLine1Number();
				}
			}
			""");

    @Test
    void componentsAnAarsManifestDeclaresAreReachable() {
        String manifest = """
				<manifest xmlns:android="http://schemas.android.com/apk/res/android" package="com.example.tracking">
				    <application>
				        <activity android:name=".TrackingActivity" android:exported="false"/>
				        <receiver android:name="com.example.tracking.BootReceiver"/>
				    </application>
				</manifest>
				""";
        assertEquals(
                List.of(
                        "com.example.tracking.BootReceiver.onReceive",
                        "com.example.tracking.TrackingActivity.onCreate"),
                where(scanAar(manifest)));
        // a component named without a leading dot is in the manifest's package too
        assertEquals(
                List.of("com.example.tracking.TrackingActivity.onCreate"),
                where(scanAar(manifest.replace(".TrackingActivity", "TrackingActivity")
                        .replace("<receiver android:name=\"com.example.tracking.BootReceiver\"/>", ""))));
        // declared nowhere: Android never creates them, and no code of the app does
        assertEquals(List.of(), where(scanAar(manifest.replaceAll("(?s)<application>.*</application>", ""))));
    }

    private static ScanResult scanAar(String manifest) {
        Map<String, byte[]> classes = new TreeMap<>(Jars.entries(fixture.app(ANDROID_LIBRARY)));
        classes.keySet().removeIf(entry -> entry.startsWith("android/"));
        Path aar = Jars.write(
                dir.resolve("lib/tracking-" + System.nanoTime() + ".aar"),
                Map.of(
                        "AndroidManifest.xml",
                        manifest.getBytes(StandardCharsets.UTF_8),
                        "classes.jar",
                        Jars.bytes(classes, false)),
                false);
        Path app = fixture.app("com/example/app/App.java", "package com.example.app;\npublic class App { }\n");
        try {
            return new Scanner()
                    .scan(new ScanRequest(
                            fixture.policy, List.of(app), ScanOptions.defaults().withThreads(1), List.of(aar)));
        } catch (ScanException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> where(ScanResult result) {
        return result.findings().stream().map(f -> f.at().where()).sorted().toList();
    }

    private static Map<String, byte[]> libraryJar(boolean registered) {
        Map<String, String> sources = new LinkedHashMap<>(SPRING);
        sources.putAll(LIBRARY);
        Map<String, byte[]> entries = new TreeMap<>(Jars.entries(fixture.app(sources)));
        entries.keySet().removeIf(entry -> entry.startsWith("com/"));
        if (registered) {
            entries.put(
                    "META-INF/services/org.tracking.Plugin",
                    "# the phone plugin\norg.tracking.PhonePlugin\n".getBytes(StandardCharsets.UTF_8));
            entries.put(
                    "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports",
                    "org.tracking.TrackingAutoConfiguration\n".getBytes(StandardCharsets.UTF_8));
        }
        return entries;
    }

    private static ScanResult scan(String app, Map<String, byte[]> library) {
        Path jar = Jars.write(dir.resolve("lib/tracking-" + System.nanoTime() + ".jar"), library, false);
        Map<String, String> sources = new LinkedHashMap<>(SPRING);
        sources.putAll(LIBRARY);
        sources.put("com/example/app/App.java", app);
        Map<String, byte[]> own = new TreeMap<>(Jars.entries(fixture.app(sources)));
        own.keySet().removeIf(entry -> !entry.startsWith("com/"));
        Path appJar = Jars.write(dir.resolve("app-" + System.nanoTime() + ".jar"), own, false);
        try {
            return new Scanner()
                    .scan(new ScanRequest(
                            fixture.policy,
                            List.of(appJar),
                            ScanOptions.defaults().withThreads(1),
                            List.of(jar)));
        } catch (ScanException e) {
            throw new AssertionError(e);
        }
    }
}
