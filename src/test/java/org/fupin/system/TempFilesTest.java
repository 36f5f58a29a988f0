package org.fupin.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #23: uploads left by an earlier run (full ID numbers inside) are deleted on start; current ones stay. */
class TempFilesTest {

    @Test
    void deletesTheUploadsOfAnEarlierRunOnly(@TempDir Path directory) throws Exception {
        Path old = Files.writeString(directory.resolve("fupin-upload123.dat"), "620721198909274057");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofHours(3))));
        Path current = Files.writeString(directory.resolve("fupin-upload456.dat"), "in use");
        Path other = Files.writeString(directory.resolve("someone-else.dat"), "not ours");
        Files.setLastModifiedTime(other, FileTime.from(Instant.now().minus(Duration.ofHours(3))));

        int deleted = TempFiles.deleteStale(directory, Instant.now().minus(TempFiles.KEEP));

        assertThat(deleted).isEqualTo(1);
        assertThat(old).doesNotExist();
        assertThat(current).exists();
        assertThat(other).exists();
    }
}
