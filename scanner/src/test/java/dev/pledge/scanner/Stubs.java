// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Stand-ins for the Android platform, the Servlet API and third-party SDKs: just enough for
 * fixture apps to compile against. They are on the fixtures' class path and are not scanned, as
 * the real ones are not part of an app's classes.
 */
public final class Stubs {

    static final Map<String, String> SOURCES = new LinkedHashMap<>();

    static {
        stub("android/telephony/TelephonyManager.java", """
				package android.telephony;
				public class TelephonyManager {
					public String getImei() { return "imei"; }
					public String getDeviceId() { return "id"; }
					public String getLine1Number() { return "+1"; }
					public String getVoiceMailNumber() { return "+1"; }
					public String getSimSerialNumber() { return "89"; }
				}
				""");
        stub("android/location/Location.java", """
				package android.location;
				public class Location {
					public double getLatitude() { return 0; }
				}
				""");
        stub("android/location/LocationManager.java", """
				package android.location;
				public class LocationManager {
					public Location getLastKnownLocation(String provider) { return new Location(); }
				}
				""");
        stub("android/os/Build.java", """
				package android.os;
				public class Build {
					public static final String MODEL = property("ro.product.model");
					private static String property(String name) { return name; }
				}
				""");
        stub("com/google/android/gms/ads/identifier/AdvertisingIdClient.java", """
				package com.google.android.gms.ads.identifier;
				public class AdvertisingIdClient {
					public static Info getAdvertisingIdInfo(Object context) { return new Info(); }
					public static class Info {
						public String getId() { return "gaid"; }
					}
				}
				""");
        stub("com/appsflyer/AppsFlyerLib.java", """
				package com.appsflyer;
				public class AppsFlyerLib {
					public static AppsFlyerLib getInstance() { return new AppsFlyerLib(); }
					public void logEvent(Object context, String name, java.util.Map<String, Object> values) { }
					public void start(Object context) { }
				}
				""");
        stub("com/appsflyer/AppsFlyerEvent.java", """
				package com.appsflyer;
				public class AppsFlyerEvent {
					public static AppsFlyerEvent builder(String name) { return new AppsFlyerEvent(); }
					public AppsFlyerEvent userId(String id) { return this; }
					public AppsFlyerEvent properties(java.util.Map<String, ?> values) { return this; }
					public void send() { }
				}
				""");
        stub("com/adjust/sdk/Adjust.java", """
				package com.adjust.sdk;
				public class Adjust {
					public static void trackEvent(String token) { }
				}
				""");
        stub("com/google/firebase/analytics/FirebaseAnalytics.java", """
				package com.google.firebase.analytics;
				public class FirebaseAnalytics {
					public static FirebaseAnalytics getInstance(Object context) { return new FirebaseAnalytics(); }
					public void logEvent(String name, java.util.Map<String, Object> params) { }
				}
				""");
        stub("javax/servlet/http/HttpServletRequest.java", """
				package javax.servlet.http;
				public interface HttpServletRequest {
					String getRemoteAddr();
					String getHeader(String name);
				}
				""");
    }

    private Stubs() {}

    private static void stub(String path, String source) {
        SOURCES.put(path, source);
    }

    /** Compiles the stubs into {@code dir}/stubs and returns that class folder. */
    public static Path compile(Path dir) {
        return Javac.compile(SOURCES, dir.resolve("stubs-src"), dir.resolve("stubs"), java.util.List.of());
    }
}
