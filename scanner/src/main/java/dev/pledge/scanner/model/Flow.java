// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What one method body of the application moves where, as read from its bytecode: for each site that
 * matters (a data read, an SDK call, a call to scanned code), which values reach each of its
 * arguments; what it writes into fields; what it returns. A value is named by where it may come from
 * ({@link Token}): a parameter of the method, the result of one of its sites, a field. Library calls
 * in between (string building, collections, builders) pass their arguments' origins on to their result
 * and to the object they are called on. The data-flow analysis joins these facts across methods.
 *
 * @param sites the sites, in code order; a {@link Token.Kind#RESULT} token names one by its index here
 * @param returns where the returned value may come from
 * @param writes where the values written into each field ({@code owner.name}) may come from
 */
public record Flow(List<FlowSite> sites, Set<Token> returns, Map<String, Set<Token>> writes) {

    public Flow {
        sites = List.copyOf(sites);
        returns = Set.copyOf(returns);
        writes = Map.copyOf(writes);
    }

    /**
     * One site and what reaches its arguments.
     *
     * @param args per argument position (the receiver first for an instance call; the captured values for a
     *        lambda), where the value may come from
     * @param instance whether position 0 is the receiver
     */
    public record FlowSite(Sites.Site site, List<Set<Token>> args, boolean instance) {

        public FlowSite {
            args = List.copyOf(args);
        }
    }

    /**
     * A possible origin of a value.
     *
     * @param index the parameter's position (the receiver is 0 in an instance method), or the site's index
     * @param field the field, {@code com/example/Owner.telephone}, for {@link Kind#FIELD}
     */
    public record Token(Kind kind, int index, String field) {

        public enum Kind {
            PARAM,
            RESULT,
            FIELD
        }

        /*
         * The tokens of the first parameters and sites are made once: every method's facts name them, and a scan
         * keeps the facts of hundreds of thousands of methods.
         */
        private static final Token[] PARAMS = numbered(Kind.PARAM, 32);

        private static final Token[] RESULTS = numbered(Kind.RESULT, 256);

        public static Token param(int position) {
            return position >= 0 && position < PARAMS.length ? PARAMS[position] : new Token(Kind.PARAM, position, null);
        }

        public static Token result(int site) {
            return site >= 0 && site < RESULTS.length ? RESULTS[site] : new Token(Kind.RESULT, site, null);
        }

        private static Token[] numbered(Kind kind, int count) {
            Token[] tokens = new Token[count];
            for (int i = 0; i < count; i++) {
                tokens[i] = new Token(kind, i, null);
            }
            return tokens;
        }

        public static Token field(String owner, String name) {
            return new Token(Kind.FIELD, -1, owner + "." + name);
        }

        /*
         * Written out: the local analysis hashes and compares tokens by the billion, and a record's generated
         * methods (method handles) cost several times more under the launcher's client compiler.
         */
        @Override
        public int hashCode() {
            return (kind.ordinal() * 31 + index) * 31 + (field == null ? 0 : field.hashCode());
        }

        @Override
        public boolean equals(Object o) {
            return o == this
                    || o instanceof Token t && t.kind == kind && t.index == index && Objects.equals(t.field, field);
        }
    }
}
