// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pledge.scanner.Fixture;
import dev.pledge.scanner.Javac;
import dev.pledge.scanner.MiniDex;
import dev.pledge.scanner.Stubs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** DEX classes become class files that hold the same calls, field reads, lines and annotations. */
class DexClassesTest {

    static final String APP = """
			package com.example.app;

			import android.telephony.TelephonyManager;
			import com.appsflyer.AppsFlyerLib;

			@Deprecated
			public class Tracker implements Runnable {
			    TelephonyManager tm;
			    String id() {
			        return tm.getImei();
			    }
			    public void run() {
			        Runnable later = () -> AppsFlyerLib.getInstance().logEvent(null, id(), null);
			        later.run();
			    }
			}
			""";

    @Test
    void classFilesFromDexHoldWhatTheScanReads(@TempDir Path dir) throws IOException {
        List<ClassEntry> entries = appDex(dir);
        assertEquals(
                List.of("com/example/app/Tracker", "com/example/app/Tracker$$ExternalSyntheticLambda0"),
                entries.stream().map(ClassEntry::className).sorted().toList());
        ClassEntry entry = entries.stream()
                .filter(e -> e.className().equals("com/example/app/Tracker"))
                .findFirst()
                .orElseThrow();
        assertEquals("com/example/app/Tracker", entry.className());
        assertEquals("app.apk!/classes.dex!/com/example/app/Tracker", entry.origin());

        List<String> seen = new ArrayList<>();
        new ClassReader(entry.content().read()).accept(new Recorder(seen), 0);
        // javac's lines: the lambda and its creation share a line, `later.run()` is the next, `}` ends run()
        int getImei = Fixture.line(APP, "getImei");
        int logEvent = Fixture.line(APP, "logEvent");
        assertEquals(
                List.of(
                        "class com/example/app/Tracker extends java/lang/Object implements [java/lang/Runnable]",
                        "source Tracker.java",
                        "annotation Ljava/lang/Deprecated; visible",
                        // DEX keeps direct methods (static, private, constructors) before virtual ones
                        "method lambda$run$0()V",
                        "line " + logEvent,
                        "call com/appsflyer/AppsFlyerLib.getInstance()Lcom/appsflyer/AppsFlyerLib;",
                        "call com/example/app/Tracker.id()Ljava/lang/String;",
                        "call com/appsflyer/AppsFlyerLib.logEvent(Ljava/lang/Object;Ljava/lang/String;Ljava/util/Map;)V",
                        "method <init>()V",
                        "line 7",
                        "call java/lang/Object.<init>()V",
                        "method id()Ljava/lang/String;",
                        "line " + getImei,
                        "field com/example/app/Tracker.tm",
                        "call android/telephony/TelephonyManager.getImei()Ljava/lang/String;",
                        "method run()V",
                        "line " + logEvent,
                        "call com/example/app/Tracker$$ExternalSyntheticLambda0.<init>(Lcom/example/app/Tracker;)V",
                        "line " + (logEvent + 1),
                        "interface java/lang/Runnable.run()V",
                        "line " + (logEvent + 2)),
                seen);
    }

    @Test
    void whatIsNotDexIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> DexClasses.read(new byte[200], "x.dex", e -> {}));
        byte[] header = new byte[0x70];
        System.arraycopy("dex\n035\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, header, 0, 8);
        IllegalArgumentException broken =
                assertThrows(IllegalArgumentException.class, () -> DexClasses.read(header, "x.dex", e -> {}));
        assertTrue(broken.getMessage().startsWith("not a DEX file dexlib2 can read"), broken.getMessage());
    }

    /**
     * Each name is decoded once per DEX file, and every class that names it gets that one string: the scan keeps the
     * names of hundreds of thousands of calls, and a string per call was most of what a large app's scan kept.
     */
    @Test
    void aNameIsOneStringWhereverTheFileNamesIt(@TempDir Path dir) throws IOException {
        List<ClassEntry> entries = appDex(dir);
        // Tracker names itself (its header, the call to id(), the read of tm) and the lambda's class names it
        List<String> names = new ArrayList<>();
        for (ClassEntry entry : entries) {
            names.add(entry.className());
            ((ClassEntry.Replay) entry.content()).replay(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public void visit(int version, int access, String name, String sig, String superName, String[] ifs) {
                    names.add(name);
                }

                @Override
                public MethodVisitor visitMethod(int access, String name, String desc, String sig, String[] exc) {
                    return new MethodVisitor(Opcodes.ASM9) {
                        @Override
                        public void visitMethodInsn(int opcode, String owner, String name, String desc, boolean itf) {
                            names.add(owner);
                        }

                        @Override
                        public void visitFieldInsn(int opcode, String owner, String name, String desc) {
                            names.add(owner);
                        }
                    };
                }
            });
        }
        List<String> tracker = names.stream()
                .filter(name -> name.equals("com/example/app/Tracker"))
                .toList();
        assertTrue(tracker.size() >= 5, tracker::toString);
        tracker.forEach(name -> assertSame(tracker.get(0), name));
    }

    /** {@link #APP} compiled, converted to DEX, and listed as {@code app.apk!/classes.dex}. */
    private static List<ClassEntry> appDex(Path dir) throws IOException {
        Path classes = Javac.compile(
                Map.of("com/example/app/Tracker.java", APP),
                dir.resolve("src"),
                dir.resolve("classes"),
                List.of(Stubs.compile(dir.resolve("stubs"))));
        byte[] dex = MiniDex.of(classes);
        assertTrue(DexClasses.isDex(dex));
        List<ClassEntry> entries = new ArrayList<>();
        DexClasses.read(dex, "app.apk!/classes.dex", entries::add);
        return entries;
    }

    /** Writes down what a class file says, in order. */
    private static final class Recorder extends ClassVisitor {
        private final List<String> seen;

        Recorder(List<String> seen) {
            super(Opcodes.ASM9);
            this.seen = seen;
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName, String[] ifs) {
            seen.add("class " + name + " extends " + superName + " implements " + List.of(ifs));
        }

        @Override
        public void visitSource(String source, String debug) {
            seen.add("source " + source);
        }

        @Override
        public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
            seen.add("annotation " + descriptor + (visible ? " visible" : ""));
            return null;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String desc, String signature, String[] exceptions) {
            seen.add("method " + name + desc);
            return new MethodVisitor(Opcodes.ASM9) {
                @Override
                public void visitLineNumber(int line, Label start) {
                    seen.add("line " + line);
                }

                @Override
                public void visitMethodInsn(int opcode, String owner, String name, String desc, boolean itf) {
                    seen.add((itf ? "interface " : "call ") + owner + "." + name + desc);
                }

                @Override
                public void visitFieldInsn(int opcode, String owner, String name, String desc) {
                    seen.add("field " + owner + "." + name);
                }

                @Override
                public void visitLdcInsn(Object value) {
                    if (value instanceof org.objectweb.asm.Handle handle) {
                        seen.add("handle " + handle.getOwner() + "." + handle.getName());
                    }
                }
            };
        }
    }
}
