// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.pledge.dsl.load.LoadResult;
import dev.pledge.dsl.load.PolicyLoadException;
import dev.pledge.dsl.load.PolicyLoader;
import dev.pledge.generator.GeneratorException;
import dev.pledge.generator.java.JavaGenerator;
import dev.pledge.generator.model.Policy;
import dev.pledge.generator.model.PolicyViews;
import dev.pledge.scanner.model.ScanRule;
import dev.pledge.scanner.report.ScanResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A test policy, its generated Java API, and fixture apps compiled with that API against the
 * {@link Stubs}, ready to scan.
 */
public final class Fixture {

    /** The Xiaomi 2021 policy of the examples. */
    public static final Path XIAOMI_2021 =
            Path.of("..", "examples", "xiaomi", "2021").toAbsolutePath().normalize();

    /** The generated API's package. */
    public static final String API = "com.example.privacy";

    public static final String POLICY = """
			policy shop "Shop" {
				version "2024-01-01"
			}
			category device "Device data" {
				data imei "IMEI" { source "android/telephony/TelephonyManager.getImei" }
				data ad-id "Advertising ID" { source "advertising-id" }
				data location "Precise location" { source "android/location/LocationManager.getLastKnownLocation" }
				data ip-address "IP address"
			}
			purpose fraud-prevention "Prevent fraud" {
				basis legitimate-interest "protect accounts"
				uses imei, ip-address
				retention 30 days
			}
			purpose ads "Personalised ads" {
				basis consent
				uses ad-id
				withdraw settings "Settings > Ads"
				retention 30 days
			}
			purpose nearby "Show stores near you" {
				basis consent
				uses location
				withdraw settings "Settings > Location"
				retention 1 days
			}
			party appsflyer "AppsFlyer" {
				kind attribution
				receives ad-id for ads
				sdk "com.appsflyer"
			}
			""";

    final Path dir;
    final Path stubs;
    public final Policy policy;
    /** The generated API, compiled: on the apps' class path, not scanned with them. */
    public final Path api;

    private int apps;

    private Fixture(Path dir, Path stubs, Policy policy, Path api) {
        this.dir = dir;
        this.stubs = stubs;
        this.policy = policy;
        this.api = api;
    }

    static Fixture create(Path dir) {
        return create(dir, POLICY);
    }

    public static Fixture create(Path dir, String policyText) {
        Policy policy = policy(dir, "shop.pledge", policyText);
        try {
            List<Path> api = JavaGenerator.generate(policy, API, dir.resolve("api-src"));
            return new Fixture(dir, Stubs.compile(dir), policy, Javac.compile(api, dir.resolve("api"), List.of()));
        } catch (GeneratorException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** Writes a policy file, loads it and requires it to be free of errors. */
    public static Policy policy(Path dir, String name, String text) {
        try {
            Path file = dir.resolve("policy").resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            LoadResult result = new PolicyLoader().load(List.of(file));
            assertFalse(
                    result.hasErrors(),
                    () -> "test policy has errors:\n"
                            + result.findings().stream().map(f -> f.format(dir)).collect(Collectors.joining("\n")));
            return PolicyViews.of(result, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (PolicyLoadException | GeneratorException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** Compiles an app (source path → text) against the generated API into a new class folder. */
    Path app(Map<String, String> sources) {
        int n = ++apps;
        Path src = dir.resolve("app-src-" + n);
        List<Path> files = new ArrayList<>();
        try {
            for (Map.Entry<String, String> source : sources.entrySet()) {
                Path file = src.resolve(source.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
                files.add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Javac.compile(files, dir.resolve("app-" + n), List.of(stubs, api));
    }

    Path app(String path, String source) {
        return app(Map.of(path, source));
    }

    /** How many apps were compiled so far: the number of the last one. */
    int apps() {
        return apps;
    }

    /** The folder an app's sources were written to, for {@link ScanOptions#sourceRoots()}. */
    Path sources(int app) {
        return dir.resolve("app-src-" + app);
    }

    ScanResult scan(Path... roots) {
        return scan(ScanOptions.defaults().withThreads(1), roots);
    }

    ScanResult scan(ScanOptions options, Path... roots) {
        try {
            return new Scanner().scan(new ScanRequest(policy, List.of(roots), options));
        } catch (ScanException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** Files in a map, in order: {@code files("a/A.java", "...", "b/B.java", "...")}. */
    static Map<String, String> files(String... pathsAndTexts) {
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            files.put(pathsAndTexts[i], pathsAndTexts[i + 1]);
        }
        return files;
    }

    /** The 1-based line of the only line of {@code source} that contains {@code marker}. */
    public static int line(String source, String marker) {
        String[] lines = source.split("\n", -1);
        int found = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(marker)) {
                if (found != 0) {
                    throw new AssertionError("marker " + marker + " is on several lines");
                }
                found = i + 1;
            }
        }
        if (found == 0) {
            throw new AssertionError("marker " + marker + " not in the source");
        }
        return found;
    }

    /** The findings of one rule as {@code file:line: message}. */
    static List<String> of(ScanResult result, ScanRule rule) {
        return result.findings().stream()
                .filter(f -> f.rule() == rule)
                .map(f -> f.at().file().toString().replace('\\', '/') + ":" + f.at().line() + ": " + f.message())
                .toList();
    }
}
