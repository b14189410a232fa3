// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.input;

import dev.pledge.scanner.model.PersonalDataValues;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.AnnotationVisitor;

/**
 * Reads a {@code @PersonalData} annotation from a class file: the enum constants of {@code purpose}
 * and {@code data}, single or in arrays ({@code purposes} is read as {@code purpose}).
 */
final class PersonalDataReader extends AnnotationVisitor {
    final String descriptor;
    final List<String> purposes = new ArrayList<>();
    final List<String> data = new ArrayList<>();

    PersonalDataReader(String descriptor) {
        super(ClassParser.API);
        this.descriptor = descriptor;
    }

    @Override
    public void visitEnum(String name, String desc, String value) {
        add(name, value);
    }

    @Override
    public AnnotationVisitor visitArray(String name) {
        return new AnnotationVisitor(ClassParser.API) {
            @Override
            public void visitEnum(String ignored, String desc, String value) {
                add(name, value);
            }
        };
    }

    private void add(String element, String value) {
        if ("purpose".equals(element) || "purposes".equals(element)) {
            purposes.add(value);
        } else if ("data".equals(element)) {
            data.add(value);
        }
    }

    PersonalDataValues values() {
        String name = descriptor.substring(1, descriptor.length() - 1).replace('/', '.');
        return new PersonalDataValues(name, purposes, data);
    }
}
