package org.fupin.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the keys live (issue #23): outside the data directory, so that a copy of the data (or of a backup of it)
 * does not carry the key that opens it. {@code FUPIN_KEY_DIR} names the directory; by default it is the data
 * directory's sibling {@code <data-dir>.keys} (for {@code ./data}: {@code ./data.keys}), readable by the owner only.
 * A key file left inside the data directory by an earlier version is moved there on the first start.
 */
@Component
public class KeyDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(KeyDirectory.class);
    private final Path directory;
    private final Path dataDir;
    private final SecureRandom random = new SecureRandom();

    public KeyDirectory(@Value("${fupin.key-dir:}") String configured, @Value("${fupin.data-dir}") String dataDir) {
        this.dataDir = Path.of(dataDir).toAbsolutePath().normalize();
        this.directory = configured.isBlank()
                ? this.dataDir.resolveSibling(this.dataDir.getFileName() + ".keys") : Path.of(configured).toAbsolutePath().normalize();
        if (directory.startsWith(this.dataDir)) {
            throw new IllegalStateException("FUPIN_KEY_DIR must lie outside FUPIN_DATA_DIR: " + directory);
        }
    }

    public Path directory() { return directory; }

    /** True for a path inside the data directory, where no key may be written. */
    public boolean insideDataDirectory(Path path) {
        return path.toAbsolutePath().normalize().startsWith(dataDir);
    }

    public Path file(String name) { return directory.resolve(name); }

    /** The 32-byte key kept in {@code name} (Base64), created on first use. */
    public synchronized byte[] key(String name) {
        Path file = file(name);
        try {
            adoptLegacy(name, file);
            if (Files.exists(file(name + ".next"))) {
                throw new IllegalStateException(file(name + ".next") + " is left by an interrupted key rotation: keep the key "
                        + "that opens the data as " + file + " and delete the other before starting");
            }
            if (Files.exists(file)) return Base64.getDecoder().decode(Files.readString(file).strip());
            try (var retired = Files.newDirectoryStream(directory, name + ".retired-*")) {
                if (retired.iterator().hasNext()) {
                    throw new IllegalStateException(file + " is missing but retired keys exist: restore it rather than "
                            + "let a new key be generated");
                }
            } catch (java.nio.file.NoSuchFileException noDirectory) {
                // no key directory yet: a first start
            }
            byte[] key = new byte[32];
            random.nextBytes(key);
            write(file, Base64.getEncoder().encodeToString(key));
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A generated password kept in {@code name} (40 letters and digits), created on first use. */
    public synchronized String password(String name) {
        Path file = file(name);
        try {
            if (Files.exists(file)) return Files.readString(file).strip();
            String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
            StringBuilder password = new StringBuilder();
            for (int i = 0; i < 40; i++) password.append(alphabet.charAt(random.nextInt(alphabet.length())));
            write(file, password.toString());
            return password.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a small file of this directory atomically, readable by the owner only. */
    public void write(Path file, String content) throws IOException {
        Files.createDirectories(directory);
        ownerOnly(directory, "rwx------");
        Path temporary = Files.createTempFile(directory, ".write", ".tmp");
        ownerOnly(temporary, "rw-------");
        Files.writeString(temporary, content);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private void adoptLegacy(String name, Path file) throws IOException {
        warnAboutKeysInBackups(name);
        Path legacy = dataDir.resolve(name);
        if (!Files.exists(legacy)) return;
        String content = Files.readString(legacy).strip();
        if (Files.exists(file)) {
            if (!Arrays.equals(Base64.getDecoder().decode(content), Base64.getDecoder().decode(Files.readString(file).strip()))) {
                throw new IllegalStateException(legacy + " and " + file + " hold different keys: keep the one that opens the data");
            }
        } else {
            write(file, content);
        }
        Files.delete(legacy);
        LOG.warn("Moved the key {} out of the data directory to {}", legacy, file);
    }

    /** Backups taken over REST by an earlier version hold a copy of the key inside the data directory. */
    private void warnAboutKeysInBackups(String name) throws IOException {
        Path backups = dataDir.resolve("backups");
        if (!Files.isDirectory(backups)) return;
        try (var dirs = Files.list(backups)) {
            dirs.map(d -> d.resolve(name)).filter(Files::exists).forEach(key -> LOG.warn(
                    "{} holds a copy of the data key inside the data directory: move it beside the key directory", key));
        }
    }

    private static void ownerOnly(Path path, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException notPosix) {
            // the file system does not know POSIX permissions; the directory's own protection applies
        }
    }
}
