package org.fupin.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #23: the key is kept outside the data directory, and one left inside by an earlier version is moved out. */
class KeyDirectoryTest {

    @TempDir Path root;

    @Test
    void keepsANewKeyBesideTheDataDirectoryNotInIt() throws Exception {
        Path data = Files.createDirectories(root.resolve("data"));
        KeyDirectory keys = new KeyDirectory("", data.toString());

        byte[] key = keys.key("data.key");

        assertThat(key).hasSize(32);
        assertThat(keys.directory()).isEqualTo(root.resolve("data.keys"));
        assertThat(Files.exists(data.resolve("data.key"))).isFalse();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.file("data.key")))).isEqualTo("rw-------");
        assertThat(new KeyDirectory("", data.toString()).key("data.key")).isEqualTo(key);
    }

    @Test
    void movesAKeyLeftInTheDataDirectoryByAnEarlierVersion() throws Exception {
        Path data = Files.createDirectories(root.resolve("data"));
        byte[] legacy = new byte[32];
        legacy[0] = 7;
        Files.writeString(data.resolve("data.key"), Base64.getEncoder().encodeToString(legacy));

        KeyDirectory keys = new KeyDirectory(root.resolve("elsewhere").toString(), data.toString());

        assertThat(keys.key("data.key")).isEqualTo(legacy);
        assertThat(Files.exists(data.resolve("data.key"))).isFalse();
        assertThat(Files.exists(root.resolve("elsewhere").resolve("data.key"))).isTrue();
    }

    @Test
    void refusesTwoDifferentKeysRatherThanChoosingOne() throws Exception {
        Path data = Files.createDirectories(root.resolve("data"));
        KeyDirectory keys = new KeyDirectory("", data.toString());
        keys.key("data.key");
        Files.writeString(data.resolve("data.key"), Base64.getEncoder().encodeToString(new byte[32]));

        assertThatThrownBy(() -> new KeyDirectory("", data.toString()).key("data.key"))
                .hasMessageContaining("different keys");
    }

    @Test
    void refusesAKeyDirectoryInsideTheDataDirectory() {
        assertThatThrownBy(() -> new KeyDirectory(root.resolve("data/keys").toString(), root.resolve("data").toString()))
                .hasMessageContaining("outside");
    }
}
