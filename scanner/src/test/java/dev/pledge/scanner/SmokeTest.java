package dev.pledge.scanner;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmokeTest {
	@TempDir
	Path dir;

	@Test
	void smoke() {
		Fixture fixture = Fixture.create(dir);
		Path app = fixture.app("com/example/app/Tracker.java", """
				package com.example.app;

				import android.telephony.TelephonyManager;
				import com.appsflyer.AppsFlyerLib;
				import com.example.privacy.DataItem;
				import com.example.privacy.PersonalData;
				import com.example.privacy.Purpose;

				public class Tracker {
					@PersonalData(purpose = Purpose.ADS, data = DataItem.AD_ID)
					void track(TelephonyManager tm) {
						String imei = tm.getImei();
						AppsFlyerLib.getInstance().logEvent(null, "open", java.util.Map.of("imei", imei));
						System.out.println(tm.getLine1Number());
						com.adjust.sdk.Adjust.trackEvent("x");
					}
				}
				""");
		ScanResult result = fixture.scan(app);
		System.out.println(ScanReports.text(result, dir));
		System.out.println(ScanReports.json(result.dataMap(), dir));
	}
}
