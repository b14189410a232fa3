// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.model;

import java.util.List;

/**
 * Direct marketing: {@code direct-marketing news { uses email-address via email "..." opt-out ... }}.
 *
 * @param title null when the policy gives none
 * @param uses ids of the items and categories as written
 * @param items ids of the data items used (categories expanded), without repeats
 * @param purposes ids of the purposes it serves
 * @param media the channels marketing is sent through ({@code via})
 * @param description null when the policy gives none
 */
public record Marketing(
        String id,
        Text title,
        List<String> uses,
        List<String> items,
        List<String> purposes,
        List<Channel> media,
        List<Channel> optOut,
        Text description) {

    public Marketing {
        uses = List.copyOf(uses);
        items = List.copyOf(items);
        purposes = List.copyOf(purposes);
        media = List.copyOf(media);
        optOut = List.copyOf(optOut);
    }
}
