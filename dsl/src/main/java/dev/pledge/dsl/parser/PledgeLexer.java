// SPDX-License-Identifier: Apache-2.0
package dev.pledge.dsl.parser;

import dev.pledge.dsl.parser.antlr.internal.InternalPledgeLexer;
import dev.pledge.dsl.validation.VisibleText;
import org.antlr.runtime.CharStream;
import org.antlr.runtime.RecognitionException;

/**
 * The generated lexer with messages in a policy author's words. ANTLR's own ("mismatched character '/'
 * expecting '\n'", "no viable alternative at character '‮'") name grammar internals and print invisible
 * characters raw; these name the character (escaped, with its Unicode name when it cannot be seen) and say
 * what fits there.
 */
public class PledgeLexer extends InternalPledgeLexer {

    static final String UNCLOSED = "string is not closed: add the closing quote before the end of the line or file";

    public PledgeLexer() {}

    public PledgeLexer(CharStream input) {
        super(input);
    }

    @Override
    public String getErrorMessage(RecognitionException e, String[] tokenNames) {
        int c = e.c;
        if (c == CharStream.EOF) {
            return UNCLOSED;
        }
        return unexpected(c);
    }

    /** The message for a character no token can start with or continue. */
    static String unexpected(int c) {
        if (VisibleText.reordersText(c)) {
            return "invisible direction control " + VisibleText.describe(c)
                    + " outside a text: delete it (it can make the file read differently from what it is)";
        }
        if (VisibleText.hidden(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return "invisible character " + VisibleText.describe(c) + " outside a text: delete it, or replace it with"
                    + " a plain space";
        }
        return "unexpected character '" + VisibleText.escape(new String(Character.toChars(c))) + "' ("
                + VisibleText.describe(c) + "): names are letters, digits and `-` (e.g. `device-id`),"
                + " and texts go in double quotes";
    }
}
