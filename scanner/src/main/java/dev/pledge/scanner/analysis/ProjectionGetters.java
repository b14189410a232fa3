// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.analysis;

import dev.pledge.scanner.model.MethodModel;
import java.util.IdentityHashMap;
import java.util.Map;
import org.objectweb.asm.Opcodes;

/**
 * The abstract getters of projection interfaces ({@code interface OwnerSummary { String getTelephone(); }}), each with
 * the property it returns. Nothing in the application implements a Spring Data projection (the framework makes a
 * proxy), so there is no body that reads a field: a call of the getter is the read of the property.
 */
final class ProjectionGetters {

    private ProjectionGetters() {}

    /** The getters of the classified properties among {@code labels}: those of interfaces. */
    static Map<MethodModel, DataFlow.FieldLabel> of(Iterable<DataFlow.FieldLabel> labels) {
        Map<MethodModel, DataFlow.FieldLabel> getters = new IdentityHashMap<>();
        for (DataFlow.FieldLabel label : labels) {
            DomainData.Classified property = label.field();
            if ((property.type().access & Opcodes.ACC_INTERFACE) == 0) {
                continue;
            }
            for (MethodModel method : property.type().methods.values()) {
                if ((method.access & Opcodes.ACC_ABSTRACT) != 0
                        && property.field().name.equals(DomainClasses.property(method))
                        && method.desc.substring(2).equals(property.field().desc)) {
                    getters.put(method, label);
                }
            }
        }
        return getters;
    }
}
