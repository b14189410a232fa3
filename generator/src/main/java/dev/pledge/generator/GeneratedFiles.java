// SPDX-License-Identifier: Apache-2.0
package dev.pledge.generator;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a set of generated files whole or not at all: every file goes to a hidden temporary
 * sibling first and is forced to disk; only when all are written are they renamed into place (atomically where the file
 * system can). On an error the temporary files are removed and the old files stay as they were. A
 * file whose content is already there is left untouched, so builds that look at modification times
 * see no change.
 */
public final class GeneratedFiles {

    private static final SecureRandom RANDOM = new SecureRandom();

    private GeneratedFiles() {}

    /**
     * Writes the files (path to content) and returns their paths in the order given.
     *
     * @param what what the files are, for messages: {@code "cannot write <what>: ..."}
     */
    public static List<Path> write(Map<Path, byte[]> files, String what) throws GeneratorException {
        Map<Path, Path> staged = new LinkedHashMap<>();
        try {
            for (Map.Entry<Path, byte[]> file : files.entrySet()) {
                Path target = file.getKey().toAbsolutePath();
                if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), file.getValue())) {
                    continue;
                }
                if (Files.isDirectory(target)) {
                    throw new GeneratorException("cannot write " + what + ": " + target + " is a folder: remove it");
                }
                Files.createDirectories(target.getParent());
                Path temp = temporary(target);
                staged.put(temp, target);
                writeSynced(temp, file.getValue());
            }
            for (Map.Entry<Path, Path> move : staged.entrySet()) {
                move(move.getKey(), move.getValue());
            }
            return new ArrayList<>(files.keySet());
        } catch (IOException e) {
            throw new GeneratorException("cannot write " + what + ": " + describe(e), e);
        } finally {
            for (Path temp : staged.keySet()) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // best effort: a leftover temporary file is hidden and passes for no output
                }
            }
        }
    }

    /**
     * A new empty hidden sibling of the target. Created like any new file (permissions from the
     * umask, unlike {@code Files.createTempFile}, which makes files only the owner can read).
     */
    private static Path temporary(Path target) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = target.resolveSibling("." + target.getFileName() + "."
                    + ProcessHandle.current().pid() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
            try {
                Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)
                        .close();
                return temp;
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    /** Writes the content and forces it to disk, so that the rename never publishes a file a crash can empty. */
    private static void writeSynced(Path temp, byte[] content) throws IOException {
        try (FileChannel channel =
                FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String describe(IOException e) {
        if (e instanceof AccessDeniedException denied) {
            return "permission denied: " + denied.getFile();
        }
        if (e instanceof FileAlreadyExistsException exists) {
            return exists.getFile()
                    + (exists.getReason() == null ? " exists and is not a folder" : " " + exists.getReason());
        }
        if (e instanceof NoSuchFileException missing) {
            return "no such folder: " + missing.getFile();
        }
        if (e instanceof FileSystemException other && other.getFile() != null) {
            return other.getFile() + ": " + (other.getReason() == null ? "cannot write" : other.getReason());
        }
        return e.toString();
    }
}
