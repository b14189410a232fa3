// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pledge.scanner.Fixture;
import dev.pledge.scanner.Javac;
import dev.pledge.scanner.Stubs;
import dev.pledge.scanner.catalogue.Catalogue;
import dev.pledge.scanner.catalogue.CatalogueParser;
import dev.pledge.scanner.catalogue.SdkIndex;
import dev.pledge.scanner.catalogue.SourceIndex;
import dev.pledge.scanner.model.ClassModel;
import dev.pledge.scanner.model.MethodModel;
import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link BodyReader} reads the same of every dependency method body as ASM's visits do: the same calls, reads,
 * SDK calls (in the same order, on the same lines), created classes and first line. Checked on every class of
 * the real jars the scanner's tests run on (ASM, Guava, Gson, FreeMarker, dexlib2, Hibernate Validator, JUnit,
 * the Xtext and EMF runtime, Kotlin's standard library, ...: about 16,000 classes from several compilers) and a class
 * of our own with SDK calls and reads in lambdas, method references, both switches and wide instructions, with the catalogue's
 * sources and SDKs, and every class of the jars counted as scanned so that calls between them are kept.
 */
class BodyReaderTest {

    @TempDir
    static Path dir;

    @Test
    void readsWhatAsmsVisitsReadOfEveryBody() throws Exception {
        Fixture fixture = Fixture.create(dir, Fixture.POLICY);
        List<Path> jars = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.endsWith(".jar") && !entry.contains("kotlin-compiler")) // 60 MB: too slow
                .map(Path::of)
                .toList();
        Path own = Javac.compile(
                Map.of("org/sdkuser/Shapes.java", SHAPES),
                dir.resolve("src"),
                dir.resolve("classes"),
                List.of(Stubs.compile(dir)));
        try (ClassInput input = new ClassInput(0)) {
            input.addRoot(own, true);
            for (Path jar : jars) {
                input.addRoot(jar, true);
            }
            Set<String> names = new HashSet<>();
            input.entries().forEach(e -> names.add(e.className()));
            Catalogue catalogue = CatalogueParser.builtIn();
            ScanContext context = new ScanContext(
                    names,
                    new SourceIndex(fixture.policy, catalogue),
                    new SdkIndex(fixture.policy, catalogue),
                    new Suppressions(List.of()));
            ClassParser asm = new ClassParser(context, true);
            ClassParser fast = new ClassParser(context);
            int classes = 0;
            int calls = 0;
            int reads = 0;
            int sdkCalls = 0;
            for (ClassEntry entry : input.entries()) {
                if (entry.content() instanceof ClassEntry.Replay) {
                    continue;
                }
                byte[] bytes = entry.content().read();
                ClassModel expected;
                try {
                    expected = asm.parse(bytes, entry.origin(), true);
                } catch (RuntimeException e) {
                    continue; // not a class file ASM reads: both fail the same (ClassReading reports it)
                }
                ClassModel actual = fast.parse(bytes, entry.origin(), true);
                assertEquals(describe(expected), describe(actual), entry.origin());
                classes++;
                for (MethodModel method : expected.methods.values()) {
                    calls += method.calls().size();
                    reads += method.reads().size();
                    sdkCalls += method.sdkCalls().size();
                }
            }
            assertTrue(classes > 15_000, classes + " classes");
            assertTrue(
                    calls > 100_000 && reads > 10 && sdkCalls > 0, calls + " calls, " + reads + " reads, " + sdkCalls);
        }
    }

    /** Code of every shape the reader steps over or reads: SDK calls and reads in lambdas, references, switches. */
    private static final String SHAPES = """
			package org.sdkuser;

			import android.telephony.TelephonyManager;
			import com.adjust.sdk.Adjust;
			import com.appsflyer.AppsFlyerLib;
			import java.util.function.Function;
			import java.util.function.Supplier;

			public class Shapes {
				private long total;

				public String all(TelephonyManager tm, int kind, String key) {
					Supplier<String> imei = tm::getImei;
					Function<TelephonyManager, String> line = t -> t.getLine1Number();
					Runnable track = () -> Adjust.trackEvent(tm.getDeviceId());
					long a = 1, b = 2, c = 3, d = 4, e = 5, f = 6, g = 7, h = 8, i = 9, j = 10, k = 11, l = 12;
					long m = 13, n = 14, o = 15, p = 16, q = 17, r = 18, s = 19, t = 20, u = 21, v = 22, w = 23;
					long x = 24, y = 25, z = 26, aa = 27, bb = 28, cc = 29, dd = 30, ee = 31, ff = 32, gg = 33;
					long hh = 34, ii = 35, jj = 36, kk = 37, ll = 38, mm = 39, nn = 40, oo = 41, pp = 42, qq = 43;
					long rr = 44, ss = 45, tt = 46, uu = 47, vv = 48, ww = 49, xx = 50, yy = 51, zz = 52, ab = 53;
					long ac = 54, ad = 55, ae = 56, af = 57, ag = 58, ah = 59, ai = 60, aj = 61, ak = 62, al = 63;
					long am = 64, an = 65, ao = 66, ap = 67, aq = 68, ar = 69, as = 70, at = 71, au = 72, av = 73;
					long aw = 74, ax = 75, ay = 76, az = 77, ba = 78, bc = 79, bd = 80, be = 81, bf = 82, bg = 83;
					long bh = 84, bi = 85, bj = 86, bk = 87, bl = 88, bm = 89, bn = 90, bo = 91, bp = 92, bq = 93;
					long br = 94, bs = 95, bt = 96, bu = 97, bv = 98, bw = 99, bx = 100, by = 101, bz = 102;
					long wide = a + b + c + d + e + f + g + h + i + j + k + l + m + n + o + p + q + r + s + t + u + v
							+ w + x + y + z + aa + bb + cc + dd + ee + ff + gg + hh + ii + jj + kk + ll + mm + nn + oo
							+ pp + qq + rr + ss + tt + uu + vv + ww + xx + yy + zz + ab + ac + ad + ae + af + ag + ah
							+ ai + aj + ak + al + am + an + ao + ap + aq + ar + as + at + au + av + aw + ax + ay + az
							+ ba + bc + bd + be + bf + bg + bh + bi + bj + bk + bl + bm + bn + bo + bp + bq + br + bs
							+ bt + bu + bv + bw + bx + by + bz;
					long ca = 1, cb = 2, cd = 3, ce = 4, cf = 5, cg = 6, ch = 7, ci = 8, cj = 9, ck = 10, cl = 11;
					long cm = 12, cn = 13, co = 14, cp = 15, cq = 16, cr = 17, cs = 18, ct = 19, cu = 20, cv = 21, cw = 22;
					int counter = kind; // past local 255: wide iload and iinc
					counter++;
					wide++;
					total += wide + counter + ca + cb + cd + ce + cf + cg + ch + ci + cj + ck + cl + cm + cn + co + cp
							+ cq + cr + cs + ct + cu + cv + cw;
					switch (kind) {
						case 0: return imei.get();
						case 1: return line.apply(tm);
						case 2: track.run(); return "";
						case 3: return tm.getSimSerialNumber();
						default: break;
					}
					switch (key) {
						case "voice": return tm.getVoiceMailNumber();
						case "appsflyer": AppsFlyerLib.getInstance().start(Shapes.class); return "";
						default: return new Shapes().toString() + new int[kind][2].length;
					}
				}
			}
			""";

    private static String describe(ClassModel type) {
        StringBuilder text = new StringBuilder(type.name).append('\n');
        for (MethodModel method : type.methods.values()) {
            text.append(method.name)
                    .append(method.desc)
                    .append(' ')
                    .append(method.access)
                    .append(' ')
                    .append(method.annotations)
                    .append(" line ")
                    .append(method.firstLine())
                    .append("\n calls ")
                    .append(method.calls())
                    .append("\n reads ")
                    .append(method.reads())
                    .append("\n sdk ")
                    .append(method.sdkCalls())
                    .append("\n creates ")
                    .append(method.instantiates())
                    .append('\n');
        }
        return text.toString();
    }
}
