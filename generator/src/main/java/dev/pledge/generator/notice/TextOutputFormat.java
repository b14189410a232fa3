// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator.notice;

import freemarker.core.CommonMarkupOutputFormat;
import java.io.IOException;
import java.io.Writer;

/**
 * FreeMarker output format for plain-text notices: templates that declare
 * {@code <#ftl output_format="NoticeText">} pass every {@code ${...}} through {@link TextEscaper}.
 */
final class TextOutputFormat extends CommonMarkupOutputFormat<TemplateTextOutputModel> {

    static final TextOutputFormat INSTANCE = new TextOutputFormat();

    private TextOutputFormat() {}

    @Override
    public String getName() {
        return "NoticeText";
    }

    @Override
    public String getMimeType() {
        return "text/plain";
    }

    @Override
    public void output(String textToEsc, Writer out) throws IOException {
        out.write(TextEscaper.escape(textToEsc));
    }

    @Override
    public String escapePlainText(String plainTextContent) {
        return TextEscaper.escape(plainTextContent);
    }

    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return false;
    }

    @Override
    protected TemplateTextOutputModel newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
        return new TemplateTextOutputModel(plainTextContent, markupContent);
    }
}
