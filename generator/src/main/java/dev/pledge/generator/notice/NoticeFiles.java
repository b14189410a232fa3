package dev.pledge.generator.notice;

import dev.pledge.generator.GeneratorException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
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
 * Writes notice files so that none is ever half-written: every file goes to a hidden temporary
 * sibling first; only when all are written are they renamed into place (atomically where the file
 * system can). On an error the temporary files are removed and the old files stay as they were. A
 * file that already has the content is not touched.
 */
final class NoticeFiles {

	private static final SecureRandom RANDOM = new SecureRandom();

	private NoticeFiles() {
	}

	static List<Path> write(Map<Path, byte[]> files) throws GeneratorException {
		Map<Path, Path> staged = new LinkedHashMap<>();
		try {
			for (Map.Entry<Path, byte[]> file : files.entrySet()) {
				Path target = file.getKey().toAbsolutePath();
				if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), file.getValue())) {
					continue;
				}
				if (Files.isDirectory(target)) {
					throw new FileAlreadyExistsException(target.toString(), null, "is a folder");
				}
				Files.createDirectories(target.getParent());
				Path temp = temporary(target);
				staged.put(temp, target);
				Files.write(temp, file.getValue(), StandardOpenOption.WRITE);
			}
			for (Map.Entry<Path, Path> move : staged.entrySet()) {
				move(move.getKey(), move.getValue());
			}
			return new ArrayList<>(files.keySet());
		} catch (IOException e) {
			throw new GeneratorException("cannot write notices: " + describe(e), e);
		} finally {
			for (Path temp : staged.keySet()) {
				try {
					Files.deleteIfExists(temp);
				} catch (IOException ignored) {
					// best effort: a leftover temporary file is hidden and does not pass for a notice
				}
			}
		}
	}

	/**
	 * A new empty hidden sibling of the target. Created like any new file (permissions from the
	 * umask, unlike {@code Files.createTempFile}, which makes files only the owner can read).
	 */
	private static Path temporary(Path target) throws IOException {
		for (int attempt = 0;; attempt++) {
			Path temp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + "."
					+ Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
			try {
				Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
				return temp;
			} catch (FileAlreadyExistsException e) {
				if (attempt > 100) {
					throw e;
				}
			}
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
			return exists.getFile() + (exists.getReason() == null ? " exists and is not a folder" : " " + exists.getReason());
		}
		if (e instanceof FileSystemException fs) {
			return fs.getFile() + ": " + (fs.getReason() == null ? e.getClass().getSimpleName() : fs.getReason());
		}
		return e.toString();
	}
}
