// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.validation;

import dev.pledge.dsl.pledge.RequestProcedure;
import dev.pledge.dsl.pledge.Right;
import dev.pledge.dsl.pledge.RightKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Which request procedure a right follows: the checker and the policy view answer alike. */
public final class RightProcedures {

    /** Rights people use by a request to the controller: they follow the policy's request procedure. */
    public static final Set<RightKind> REQUESTS = EnumSet.of(
            RightKind.ACCESS,
            RightKind.RECTIFICATION,
            RightKind.ERASURE,
            RightKind.RESTRICTION,
            RightKind.PORTABILITY,
            RightKind.OBJECT,
            RightKind.WITHDRAW_CONSENT,
            RightKind.AUTOMATED_DECISION,
            RightKind.ACCOUNT_DELETION);

    private RightProcedures() {}

    /**
     * The procedure a right follows: the one it names ({@code procedure <name>}), else, for a right of the
     * request kinds, the policy's one procedure without regions; null when there is none.
     */
    public static RequestProcedure of(Right right, List<RequestProcedure> procedures) {
        if (right.getProcedure() != null && !right.getProcedure().eIsProxy()) {
            return right.getProcedure();
        }
        if (!REQUESTS.contains(right.getKind())) {
            return null;
        }
        List<RequestProcedure> general =
                procedures.stream().filter(p -> p.getRegions().isEmpty()).toList();
        return general.size() == 1 ? general.get(0) : null;
    }
}
