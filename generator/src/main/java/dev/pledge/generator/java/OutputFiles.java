package dev.pledge.generator.java;

import dev.pledge.generator.GeneratorException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a set of generated files whole or not at all: every file goes to a temporary sibling
 * first; only when all are written are they moved into place. A file whose content is already
 * there is left untouched, so builds that look at modification times see no change.
 */
final class OutputFiles {

	private OutputFiles() {
	}

	/** Writes the files (path to content) and returns their paths in the order given. */
	static List<Path> write(Map<Path, byte[]> files) throws GeneratorException {
		Map<Path, Path> staged = new LinkedHashMap<>();
		try {
			for (Map.Entry<Path, byte[]> file : files.entrySet()) {
				Path target = file.getKey();
				if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), file.getValue())) {
					continue;
				}
				if (Files.isDirectory(target)) {
					throw new GeneratorException("cannot write generated Java: " + target + " is a folder: remove it");
				}
				Files.createDirectories(target.getParent());
				Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
				staged.put(temp, target);
				Files.write(temp, file.getValue());
			}
			for (Map.Entry<Path, Path> move : staged.entrySet()) {
				move(move.getKey(), move.getValue());
			}
			return new ArrayList<>(files.keySet());
		} catch (IOException e) {
			throw new GeneratorException("cannot write generated Java: " + describe(e), e);
		} finally {
			for (Path temp : staged.keySet()) {
				try {
					Files.deleteIfExists(temp);
				} catch (IOException ignored) {
					// best effort: a leftover temporary file is hidden and harmless
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
		if (e instanceof FileAlreadyExistsException exists) {
			return exists.getFile() + " exists and is not a folder";
		}
		if (e instanceof AccessDeniedException denied) {
			return "permission denied: " + denied.getFile();
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
