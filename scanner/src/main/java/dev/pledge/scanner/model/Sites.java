// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.model;

import dev.pledge.scanner.catalogue.SdkIndex;
import dev.pledge.scanner.catalogue.SourceIndex;

/** What a method body does that the scan cares about, each at a source line (0 when unknown). */
public final class Sites {

    private Sites() {}

    /** How a call is dispatched. */
    public enum Dispatch {
        /** invokestatic, invokespecial (constructors, super and private calls): the named method or the one it inherits. */
        EXACT,
        /** invokevirtual, invokeinterface: the named method or any override in a subtype. */
        VIRTUAL,
        /** a field read: for sources inherited through a scanned subclass. */
        FIELD
    }

    /** Something a method body does at a line that the scan follows. */
    public sealed interface Site permits Call, Read, SdkCall {
        int line();
    }

    /** A call (or lambda, or method reference) to a member of a scanned class. */
    public record Call(Dispatch dispatch, String owner, String name, String desc, int line) implements Site {

        /** What the call resolves by: all but its line. */
        public Key key() {
            return new Key(dispatch, owner, name, desc);
        }

        String api() {
            return owner + "." + name;
        }
    }

    /**
     * A call's target, whatever line it is made at: cheap to hash (its strings cache their hashes). Its equals and
     * hashCode are written out: a record's own go through method handles, which cost more than the lookup itself
     * until the optimising compiler has compiled them (the launcher runs the client compiler only).
     */
    public record Key(Dispatch dispatch, String owner, String name, String desc) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && dispatch == key.dispatch
                    && owner.equals(key.owner)
                    && name.equals(key.name)
                    && desc.equals(key.desc);
        }

        @Override
        public int hashCode() {
            return ((dispatch.ordinal() * 31 + owner.hashCode()) * 31 + name.hashCode()) * 31 + desc.hashCode();
        }
    }

    /** A read of a data source. */
    public record Read(SourceIndex.Match match, int line) implements Site {}

    /** A call into a third party's SDK. */
    public record SdkCall(SdkIndex.Match match, String api, int line) implements Site {}
}
