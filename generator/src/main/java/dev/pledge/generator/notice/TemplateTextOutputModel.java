// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.notice;

import freemarker.core.CommonTemplateMarkupOutputModel;

/** Plain-text notice output (or text still to be escaped) inside a FreeMarker template. */
final class TemplateTextOutputModel extends CommonTemplateMarkupOutputModel<TemplateTextOutputModel> {

    TemplateTextOutputModel(String plainTextContent, String markupContent) {
        super(plainTextContent, markupContent);
    }

    @Override
    public TextOutputFormat getOutputFormat() {
        return TextOutputFormat.INSTANCE;
    }
}
