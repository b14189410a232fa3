// SPDX-License-Identifier: Apache-2.0
package dev.pledge.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
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
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file whole or not at all: to a hidden sibling first, flushed to disk, then renamed over
 * the target. When anything fails the target keeps its old content and the sibling is removed.
 * Missing folders are not created: a mistyped path is reported, not silently made.
 */
final class AtomicFiles {

    /** Produces the content; may fail part-way, which leaves the target untouched. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {}

    static void write(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content));
    }

    /**
     * Replaces an existing file's content, whole or not at all, keeping its permissions; a symbolic
     * link keeps pointing to the file, which gets the new content.
     */
    static void rewrite(Path target, byte[] content) throws IOException {
        Path file;
        Set<PosixFilePermission> permissions = null;
        try {
            file = target.toRealPath();
            if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
                permissions = Files.getPosixFilePermissions(file);
            }
        } catch (IOException e) {
            throw new IOException(target + ": cannot write: " + reason(e), e);
        }
        Set<PosixFilePermission> keep = permissions;
        write(file, out -> out.write(content), temp -> {
            if (keep != null) {
                Files.setPosixFilePermissions(temp, keep);
            }
        });
    }

    /**
     * @throws IOException with a message fit for the console: {@code path: cannot write: reason}
     */
    static void write(Path target, Content content) throws IOException {
        write(target, content, temp -> {});
    }

    /** Something to do to the written sibling before it replaces the target. */
    @FunctionalInterface
    private interface BeforeMove {
        void accept(Path temp) throws IOException;
    }

    private static void write(Path target, Content content, BeforeMove beforeMove) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        if (folder == null || absolute.getFileName() == null) {
            throw new IOException(target + ": cannot write: not a file name");
        }
        String shownFolder =
                target.getParent() == null ? "." : target.getParent().toString();
        if (!Files.exists(folder)) {
            throw new IOException(target + ": cannot write: folder " + shownFolder
                    + " does not exist: create it first, or name a file in an existing folder");
        }
        if (!Files.isDirectory(folder)) {
            throw new IOException(target + ": cannot write: " + shownFolder + " is not a folder");
        }
        if (Files.isDirectory(absolute)) {
            throw new IOException(target + ": cannot write: it is a folder: name a file");
        }
        Path temp = createSibling(
                target, folder, shownFolder, absolute.getFileName().toString());
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            beforeMove.accept(temp);
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new IOException(target + ": cannot write: " + reason(e), e);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * An empty hidden file next to the target. Unlike {@link Files#createTempFile}, which makes it
     * readable by the owner only, it gets the permissions any new file gets (the umask's), so the
     * report ends up with them too.
     */
    private static Path createSibling(Path target, Path folder, String shownFolder, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = folder.resolve("." + name + "."
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 100) {
                    throw new IOException(
                            target + ": cannot write: cannot create a temporary file in " + shownFolder, e);
                }
            } catch (IOException e) {
                throw new IOException(target + ": cannot write in folder " + shownFolder + ": " + reason(e), e);
            }
        }
    }

    /** What went wrong, in words: NIO's own messages are often just the path. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return lowerFirst(fs.getReason());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : lowerFirst(e.getMessage());
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }

    /**
     * Fails early, before any work, when {@code dir} cannot be an output folder: it exists and is not a folder, or
     * it does not and neither does its parent. The writing creates it, so a command that fails on the way leaves
     * no empty folder behind.
     */
    static void checkFolder(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        if (Files.exists(dir)) {
            throw new IOException(dir + ": cannot write: it is not a folder");
        }
        Path parent = dir.toAbsolutePath().normalize().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new IOException(dir + ": cannot write: its parent folder does not exist: create it first");
        }
    }
}
