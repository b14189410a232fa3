// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.input;

import dev.pledge.scanner.model.PersonalDataValues;
import org.objectweb.asm.AnnotationVisitor;

/**
 * The two annotations of a class or method that mean something to the scan: {@code @PersonalData} and a
 * suppressing one ({@code @SuppressPledge}, with its reason).
 */
final class MarkerAnnotations {

    private final ScanContext context;
    private PersonalDataReader personalData;
    private String suppression;

    MarkerAnnotations(ScanContext context) {
        this.context = context;
    }

    /** A reader of the annotation's values when it is one of the two, else null. */
    AnnotationVisitor visit(String descriptor) {
        if (context.suppressions().suppresses(descriptor)) {
            suppression = "";
            return new ReasonReader(reason -> suppression = reason);
        }
        if (isPersonalData(descriptor)) {
            personalData = new PersonalDataReader(descriptor);
            return personalData;
        }
        return null;
    }

    private static boolean isPersonalData(String descriptor) {
        return descriptor.endsWith("/PersonalData;") || descriptor.equals("LPersonalData;");
    }

    /** The {@code @PersonalData} values, or null without the annotation. */
    PersonalDataValues personalData() {
        return personalData == null ? null : personalData.values();
    }

    /** The suppression's reason ("" without one), or null when not suppressed. */
    String suppression() {
        return suppression;
    }
}
