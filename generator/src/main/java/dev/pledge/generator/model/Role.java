// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

import java.util.List;

/**
 * A controller's role: {@code role controller}, or only in some regions: {@code role processor in eea}.
 *
 * @param regions ids of the regions it holds the role in; empty: everywhere no regional role applies
 */
public record Role(PartyRole role, List<String> regions) {

    public Role {
        regions = List.copyOf(regions);
    }
}
