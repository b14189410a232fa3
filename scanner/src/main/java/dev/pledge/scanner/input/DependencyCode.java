// SPDX-License-Identifier: Apache-2.0
package dev.pledge.scanner.input;

import dev.pledge.scanner.catalogue.SdkIndex;
import dev.pledge.scanner.catalogue.SourceIndex;
import dev.pledge.scanner.model.ClassModel;
import dev.pledge.scanner.model.Hierarchy;
import dev.pledge.scanner.model.PlatformTypes;
import dev.pledge.scanner.model.ScanFinding;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.objectweb.asm.ClassReader;

/**
 * The method bodies of dependency classes, read when they are needed. Most of a large application's
 * dependency code never runs for it and reads no personal data, and reading method bodies is most of the
 * cost of reading a class; so a dependency class is read in two steps:
 *
 * <ol>
 *   <li>up front, its header, members and annotations (what the type hierarchy, the framework entry points
 *       and the checks need), and its constant pool: a class whose code names a data source, an SDK, or a
 *       member a JDK class inherits from a source, has its bodies read at once, as does one calling into a
 *       scanned class that inherits from a source or an SDK ({@link #readInheriting}). So every read and
 *       SDK call of the scan is known after this step, reachable or not;
 *   <li>the bodies of the other classes when something asks for what their methods call ({@link
 *       ClassModel#readCode}), in batches on several threads while reachability follows the calls ({@link
 *       #readAll}).
 * </ol>
 *
 * The scan's results are the same as when every body is read up front; only the work differs.
 */
public final class DependencyCode implements ClassModel.Code {

    private static final int FIELDREF = 9;
    private static final int METHODREF = 10;
    private static final int INTERFACE_METHODREF = 11;

    /** A class whose bodies wait: where to read it, and the hashes of the scanned classes its code uses. */
    private record Waiting(ClassEntry entry, int[] uses) {}

    private final ScanContext context;
    private final ClassParser[] parsers;
    private final Map<ClassModel, Waiting> waiting = new IdentityHashMap<>();
    private final List<ScanFinding> problems = new ArrayList<>();
    private Consumer<ClassModel> onRead = type -> {};

    /** @param threads how many threads read bodies in a batch */
    public DependencyCode(ScanContext context, int threads) {
        this.context = context;
        this.parsers = new ClassParser[Math.max(1, threads)];
        for (int i = 0; i < parsers.length; i++) {
            parsers[i] = new ClassParser(context);
        }
    }

    /** What to do with each class whose bodies have just been read (on the thread that asked for them). */
    public void onRead(Consumer<ClassModel> action) {
        this.onRead = action;
    }

    /** Classes whose bodies could not be read when they were needed (a jar changed during the scan). */
    public List<ScanFinding> problems() {
        return problems;
    }

    /**
     * The hashes of the scanned classes a class's code uses, when its bodies can wait; null when they must
     * be read now (its code may read a data source or call an SDK).
     */
    int[] usesIfCodeCanWait(ClassReader reader, ClassParser parser) {
        char[] buffer = new char[reader.getMaxStringLength()];
        String self = reader.getClassName();
        int[] uses = new int[16];
        int count = 0;
        for (int i = 1; i < reader.getItemCount(); i++) {
            int offset = reader.getItem(i);
            int tag = offset == 0 ? 0 : reader.readByte(offset - 1);
            if (tag == FIELDREF || tag == METHODREF || tag == INTERFACE_METHODREF) {
                String owner = reader.readClass(offset, buffer);
                if (parser.mayRead(self, owner, () -> memberName(reader, offset, buffer))) {
                    return null;
                }
                if (parser.isScanned(owner)) {
                    if (count == uses.length) {
                        uses = Arrays.copyOf(uses, count * 2);
                    }
                    uses[count++] = owner.hashCode();
                }
            }
        }
        return Arrays.copyOf(uses, count);
    }

    private static String memberName(ClassReader reader, int offset, char[] buffer) {
        return reader.readUTF8(reader.getItem(reader.readUnsignedShort(offset + 2)), buffer);
    }

    /** Leaves a class's bodies for later (thread-safe). */
    synchronized void add(ClassModel type, ClassEntry entry, int[] uses) {
        waiting.put(type, new Waiting(entry, uses));
        type.codeLater(this);
    }

    @Override
    public void read(ClassModel type) {
        Waiting later = waiting.remove(type);
        if (later != null) {
            read(parsers[0], type, later);
            done(type);
        }
    }

    /** Reads the bodies of those classes that wait, on several threads. */
    public void readAll(List<ClassModel> types) {
        List<ClassModel> reading = new ArrayList<>();
        List<Waiting> later = new ArrayList<>();
        for (ClassModel type : types) {
            Waiting w = waiting.remove(type);
            if (w != null) {
                reading.add(type);
                later.add(w);
            }
        }
        AtomicInteger next = new AtomicInteger();
        AtomicInteger worker = new AtomicInteger();
        ClassReading.inParallel(Math.min(parsers.length, reading.size() / 32 + 1), () -> {
            ClassParser parser = parsers[worker.getAndIncrement()];
            for (int i = next.getAndIncrement(); i < reading.size(); i = next.getAndIncrement()) {
                read(parser, reading.get(i), later.get(i));
            }
        });
        reading.forEach(this::done);
    }

    /**
     * Reads the bodies of the waiting classes that call into a scanned class inheriting from a data source's
     * class or an SDK's (where {@code Linker} finds reads and SDK calls), once the hierarchy is known.
     */
    public void readInheriting(Hierarchy hierarchy, SourceIndex sources, SdkIndex sdks) {
        Map<String, Boolean> inherits = new HashMap<>();
        Set<Integer> hashes = new HashSet<>();
        for (Waiting w : waiting.values()) {
            for (int hash : w.uses) {
                hashes.add(hash);
            }
        }
        Set<Integer> bridges = new HashSet<>();
        for (String name : context.scannedNames()) {
            if (hashes.contains(name.hashCode()) && inherits(name, hierarchy, sources, sdks, inherits)) {
                bridges.add(name.hashCode());
            }
        }
        if (bridges.isEmpty()) {
            return;
        }
        readAll(waiting.entrySet().stream()
                .filter(e -> Arrays.stream(e.getValue().uses).anyMatch(bridges::contains))
                .map(Map.Entry::getKey)
                .toList());
    }

    /** Whether a scanned class has an SDK's class among its supertypes, or a source's or SDK's class outside the scan. */
    private static boolean inherits(
            String name, Hierarchy hierarchy, SourceIndex sources, SdkIndex sdks, Map<String, Boolean> memo) {
        Boolean known = memo.get(name);
        if (known != null) {
            return known;
        }
        memo.put(name, false); // a cycle in broken input inherits nothing through itself
        ClassModel type = hierarchy.get(name);
        if (type == null) {
            return false; // listed, but not parsed
        }
        boolean result = false;
        List<String> supertypes = new ArrayList<>(type.interfaces);
        if (type.superName != null) {
            supertypes.add(type.superName);
        }
        for (String supertype : supertypes) {
            ClassModel scanned = hierarchy.get(supertype);
            result |= scanned != null
                    ? scanned.sdk != null || inherits(supertype, hierarchy, sources, sdks, memo)
                    : outside(supertype, sources, sdks)
                            || PlatformTypes.JDK.ancestors(supertype).stream().anyMatch(a -> outside(a, sources, sdks));
        }
        memo.put(name, result);
        return result;
    }

    private static boolean outside(String name, SourceIndex sources, SdkIndex sdks) {
        return sources.hasOwner(name) || sdks.match(name) != null;
    }

    private void read(ClassParser parser, ClassModel type, Waiting later) {
        try {
            parser.readCode(type, later.entry.content().read());
        } catch (IOException | RuntimeException e) {
            synchronized (problems) {
                problems.add(
                        e instanceof RuntimeException r
                                ? ClassReading.invalid(later.entry.origin(), r)
                                : ClassInput.unreadable(
                                        later.entry.origin(), "cannot be read (" + ClassInput.message(e) + ")"));
            }
        }
    }

    private void done(ClassModel type) {
        type.codeLater(null);
        onRead.accept(type);
    }
}
