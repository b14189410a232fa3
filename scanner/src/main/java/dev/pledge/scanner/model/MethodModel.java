// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.model;

import java.util.ArrayList;
import java.util.List;

/** One method of a scanned class and what its body reads, calls and names. */
public final class MethodModel {

    public final ClassModel owner;
    final String name;
    final String desc;
    /** Its own {@code @PersonalData}, or null (the class's may still apply: {@link #personalData()}). */
    public final PersonalDataValues ownPersonalData;

    final boolean suppressed;
    public int firstLine;
    public final List<Sites.Call> calls = new ArrayList<>(0);
    public final List<Sites.Read> reads = new ArrayList<>(0);
    public final List<Sites.SdkCall> sdkCalls = new ArrayList<>(0);

    public MethodModel(
            ClassModel owner, String name, String desc, PersonalDataValues personalData, boolean suppressed) {
        this.owner = owner;
        this.name = name;
        this.desc = desc;
        this.ownPersonalData = personalData;
        this.suppressed = suppressed;
    }

    /** The method's {@code @PersonalData}, else its class's, else null. Compiler-made lambda bodies take none from the class. */
    public PersonalDataValues personalData() {
        if (ownPersonalData != null) {
            return ownPersonalData;
        }
        return name.startsWith("lambda$") || name.equals("<clinit>") ? null : owner.personalData;
    }

    public boolean isSuppressed() {
        return suppressed || owner.suppressed;
    }

    /** {@code com.example.App.track}. */
    String where() {
        return owner.binaryName() + "." + name;
    }

    /** {@code App.track}: the simple class name and the method, for messages; {@code App.track (a lambda)} for a lambda body. */
    public String shortName() {
        String binary = owner.binaryName();
        String type = binary.substring(binary.lastIndexOf('.') + 1);
        if (name.startsWith("lambda$")) {
            String[] parts = name.split("\\$");
            return parts.length >= 2 && !parts[1].isEmpty() && !parts[1].equals("static") && !parts[1].equals("new")
                    ? type + "." + parts[1] + " (a lambda)"
                    : type + " (a lambda)";
        }
        return type + "." + name;
    }

    @Override
    public String toString() {
        return where() + desc;
    }
}
