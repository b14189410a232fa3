// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

import java.util.List;

/**
 * A product or service of the controller that purposes and parties refer to.
 *
 * @param description null when the policy gives none
 */
public record Service(String id, Text title, List<String> urls, Text description) {

    public Service {
        urls = List.copyOf(urls);
    }
}
