// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.model;

import java.util.ArrayList;
import java.util.List;

/** One method of a scanned class and what its body reads, calls and names. */
public final class MethodModel {

    public final ClassModel owner;
    public final String name;
    public final String desc;
    /** Its own {@code @PersonalData}, or null (the class's may still apply: {@link #personalData()}). */
    public final PersonalDataValues ownPersonalData;

    /** The reason of a suppression annotation on the method, "" when it gives none, null when there is none. */
    final String suppression;

    /*
     * What the body does. A dependency's class may have its bodies read later (ClassModel.codeLater): firstLine(),
     * calls() and instantiates() read the body first. Reads and SDK calls are complete without it: a class
     * whose bodies can read data or call an SDK is read up front. Empty lists are shared (most methods make no
     * read, no SDK call, and create nothing).
     */
    private int firstLine;
    private List<Sites.Call> calls = List.of();
    private List<Sites.Read> reads = List.of();
    private List<Sites.SdkCall> sdkCalls = List.of();
    private List<String> instantiates = List.of();
    /** Its access flags ({@code Opcodes.ACC_*}). */
    public int access;
    /** Descriptors of its annotations ({@code Lorg/springframework/context/annotation/Bean;}). */
    public List<String> annotations = List.of();
    /** What its body moves where, for the application's own methods with code; null otherwise. */
    public Flow flow;
    /**
     * Why the analysis of its body gave up (too complex, or not analysable): {@link #flow} then holds the conservative
     * facts, where anything the body reads or is given may reach each later call; null when the body was followed.
     */
    public String flowGivenUp;

    public MethodModel(
            ClassModel owner, String name, String desc, PersonalDataValues personalData, String suppression) {
        this.owner = owner;
        this.name = name;
        this.desc = desc;
        this.ownPersonalData = personalData;
        this.suppression = suppression;
    }

    /** The first line of its body (0 when unknown). */
    public int firstLine() {
        owner.readCode();
        return firstLine;
    }

    /** The calls its body makes into scanned classes (lambdas and method references too). */
    public List<Sites.Call> calls() {
        owner.readCode();
        return calls;
    }

    /** Scanned classes the body creates ({@code new X}) or names as a constant ({@code X.class}). */
    public List<String> instantiates() {
        owner.readCode();
        return instantiates;
    }

    /** The data sources its body reads. */
    public List<Sites.Read> reads() {
        return reads;
    }

    /** The calls its body makes into SDKs. */
    public List<Sites.SdkCall> sdkCalls() {
        return sdkCalls;
    }

    /** Records a line of its body. */
    public void line(int line) {
        if (firstLine == 0 || line < firstLine) {
            firstLine = line;
        }
    }

    public void add(Sites.Call call) {
        calls = grown(calls);
        calls.add(call);
    }

    public void add(Sites.Read read) {
        reads = grown(reads);
        reads.add(read);
    }

    public void add(Sites.SdkCall call) {
        sdkCalls = grown(sdkCalls);
        sdkCalls.add(call);
    }

    /** Forgets its calls into one SDK: its class turned out to be that SDK's own code. */
    public void forgetSdkCalls(String sdkId) {
        if (!sdkCalls.isEmpty()) {
            sdkCalls.removeIf(call -> call.match().id().equals(sdkId));
        }
    }

    /** Records a scanned class its body creates or names. */
    public void instantiates(String type) {
        instantiates = grown(instantiates);
        instantiates.add(type);
    }

    /**
     * Its body's calls are all read: they are kept as an unmodifiable list of their size (most bodies make one or
     * two calls, and a list that can grow is two objects with room to spare; a scan keeps hundreds of thousands).
     */
    public void bodyRead() {
        if (calls instanceof ArrayList) {
            calls = List.copyOf(calls);
        }
    }

    /** A list that can grow: the shared empty list, or one made unmodifiable when the body was read, is copied. */
    private static <T> List<T> grown(List<T> list) {
        if (list instanceof ArrayList) {
            return list;
        }
        List<T> grown = new ArrayList<>(Math.max(2, list.size() + 1));
        grown.addAll(list);
        return grown;
    }

    /** The method's {@code @PersonalData}, else its class's, else null. Compiler-made lambda bodies take none from the class. */
    public PersonalDataValues personalData() {
        if (ownPersonalData != null) {
            return ownPersonalData;
        }
        return isLambdaBody(name) || name.equals("<clinit>") ? null : owner.personalData;
    }

    /**
     * Whether a method of this name is a lambda body the compiler made: Java's {@code lambda$track$0},
     * Kotlin's {@code track$lambda$0} (and {@code track$lambda$0$lambda$1} when nested).
     */
    public static boolean isLambdaBody(String name) {
        return name.startsWith("lambda$") || name.contains("$lambda$");
    }

    /** The reason of the method's own suppression annotation, "" when it gives none, null when there is none. */
    public String ownSuppression() {
        return suppression;
    }

    /**
     * The reason findings in this method are suppressed: its own annotation's, else its class's (or,
     * for a class nested in another, the enclosing class's); "" when the annotation gives no reason
     * (which suppresses nothing); null when no annotation suppresses them.
     */
    public String suppression() {
        return suppression != null ? suppression : owner.suppression;
    }

    /** {@code com.example.App.track}. */
    public String where() {
        return owner.binaryName() + "." + name;
    }

    /**
     * {@code App.track}: the simple class name and the method, for messages; {@code App.track (a lambda)} for
     * a lambda body (Java's {@code lambda$track$0}, Kotlin's {@code track$lambda$0}) and for the methods of an
     * anonymous class {@code track} declares ({@code App$track$1.invokeSuspend}: a {@code sequence {}} body).
     */
    public String shortName() {
        String binary = owner.binaryName();
        String type = binary.substring(binary.lastIndexOf('.') + 1);
        if (name.startsWith("lambda$")) {
            String[] parts = name.split("\\$");
            return parts.length >= 2 && !parts[1].isEmpty() && !parts[1].equals("static") && !parts[1].equals("new")
                    ? type + "." + parts[1] + " (a lambda)"
                    : type + " (a lambda)";
        }
        int lambda = name.indexOf("$lambda$");
        if (lambda > 0) {
            return type + "." + name.substring(0, lambda) + " (a lambda)";
        }
        String enclosing = owner.enclosingMethod;
        if (enclosing != null) {
            String method = enclosing.substring(0, enclosing.indexOf('('));
            int dot = method.lastIndexOf('.');
            String outer =
                    method.substring(method.lastIndexOf('/', dot) + 1, dot).replace('/', '.');
            return outer.substring(outer.lastIndexOf('.') + 1) + "." + method.substring(dot + 1) + " (a lambda)";
        }
        return type + "." + name;
    }

    @Override
    public String toString() {
        return where() + desc;
    }
}
