// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.notice;

import freemarker.core.CommonTemplateMarkupOutputModel;

/** Markdown markup (or text still to be escaped) inside a FreeMarker template. */
final class TemplateMarkdownOutputModel extends CommonTemplateMarkupOutputModel<TemplateMarkdownOutputModel> {

    TemplateMarkdownOutputModel(String plainTextContent, String markupContent) {
        super(plainTextContent, markupContent);
    }

    @Override
    public MarkdownOutputFormat getOutputFormat() {
        return MarkdownOutputFormat.INSTANCE;
    }
}
