// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.catalogue;

import javax.lang.model.SourceVersion;

/**
 * A reference to code that reads data, as policies and the catalogue write it: an internal class
 * name and a member ({@code android/telephony/TelephonyManager.getImei}, {@code android/os/Build.MODEL}),
 * or a class alone ({@code android/location/LocationManager}: any of its members).
 *
 * @param owner internal class name, {@code android/provider/Settings$Secure}
 * @param member method or field name, or null for the whole class
 */
record SourceRef(String owner, String member) {

    /** The reference in a text, or null if the text is not one. */
    static SourceRef parse(String text) {
        if (text == null || text.indexOf('/') < 0 || text.isBlank()) {
            return null;
        }
        int dot = text.lastIndexOf('.');
        String owner = dot < 0 ? text : text.substring(0, dot);
        String member = dot < 0 ? null : text.substring(dot + 1);
        if (!isInternalName(owner)) {
            return null;
        }
        if (member != null && !member.equals("<init>") && !SourceVersion.isIdentifier(member)) {
            return null;
        }
        return new SourceRef(owner, member);
    }

    private static boolean isInternalName(String name) {
        for (String part : name.split("/", -1)) {
            if (part.isEmpty() || !SourceVersion.isIdentifier(part)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return member == null ? owner : owner + "." + member;
    }
}
