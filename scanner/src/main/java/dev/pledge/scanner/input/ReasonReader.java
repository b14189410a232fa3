// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.input;

import java.util.function.Consumer;
import org.objectweb.asm.AnnotationVisitor;

/**
 * Reads the reason a suppression annotation gives: its first non-blank text, whatever the element is
 * called ({@code @SuppressPledge("debug screen only")}, {@code reason = "..."}, or in an array).
 */
final class ReasonReader extends AnnotationVisitor {

    private final Consumer<String> reason;
    private boolean found;

    ReasonReader(Consumer<String> reason) {
        super(ClassParser.API);
        this.reason = reason;
    }

    @Override
    public void visit(String name, Object value) {
        if (!found && value instanceof String text && !text.isBlank()) {
            found = true;
            reason.accept(text.strip());
        }
    }

    @Override
    public AnnotationVisitor visitArray(String name) {
        return this;
    }
}
