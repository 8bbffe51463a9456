package cn.gongkai.hotline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A table of phrases and what they should be read as: one row a line, {@code phrase | NAME NAME}, an empty right
 * side for none. The phrases are written as people write, apart from the code, and must never be found in its
 * sources: a detector that passes only because its lists hold the test's own wording proves nothing.
 */
record WordingTable(String phrase, Set<String> expected) {

    private static final List<Path> SOURCES = List.of(
            Path.of("src/main/java/cn/gongkai/hotline/internal/EmergencyWording.java"),
            Path.of("src/main/java/cn/gongkai/hotline/internal/RedirectWording.java"),
            Path.of("src/main/java/cn/gongkai/hotline/internal/Reading.java"));

    static List<WordingTable> parse(String table) {
        return table.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .map(line -> {
                    int bar = line.indexOf('|');
                    String names = line.substring(bar + 1).strip();
                    return new WordingTable(
                            line.substring(0, bar).strip(),
                            names.isEmpty() ? Set.of() : new TreeSet<>(Arrays.asList(names.split("\\s+"))));
                })
                .toList();
    }

    static <E extends Enum<E>> Set<String> names(Set<E> values) {
        return values.stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
    }

    /** No phrase of the table stands in the detectors' sources, in their patterns or their comments. */
    static void assertNotInSources(List<WordingTable> rows) {
        String sources = SOURCES.stream()
                .map(path -> {
                    try {
                        return Files.readString(path);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .collect(Collectors.joining("\n"));
        assertThat(rows)
                .allSatisfy(row -> assertThat(sources)
                        .as("a test phrase copied into the code")
                        .doesNotContain(row.phrase()));
    }

    @Override
    public String toString() {
        return phrase;
    }
}
