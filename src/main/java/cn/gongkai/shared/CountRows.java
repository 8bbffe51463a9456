package cn.gongkai.shared;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Equality for tables kept as rows of counts ({@code Map<K, int[]>}, as in the annual report's table 三): a record
 * compares its components with {@code equals}, which for an array is identity, so two tables with the same counts
 * would be unequal. Records holding such rows compare, hash and print them through these.
 */
public final class CountRows {

    private CountRows() {}

    public static <K> boolean equal(Map<K, int[]> these, Map<K, int[]> those) {
        if (these.size() != those.size()) {
            return false;
        }
        for (Map.Entry<K, int[]> row : these.entrySet()) {
            if (!those.containsKey(row.getKey()) || !Arrays.equals(row.getValue(), those.get(row.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /** Consistent with {@link #equal}: the same rows in any map order give the same hash. */
    public static <K> int hash(Map<K, int[]> rows) {
        int hash = 0;
        for (Map.Entry<K, int[]> row : rows.entrySet()) {
            hash += Objects.hashCode(row.getKey()) ^ Arrays.hashCode(row.getValue());
        }
        return hash;
    }

    public static <K> String toString(Map<K, int[]> rows) {
        return rows.entrySet().stream()
                .map(row -> row.getKey() + "=" + Arrays.toString(row.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }
}
