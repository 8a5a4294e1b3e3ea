package no.sentret.platform.records;

import jakarta.persistence.AttributeConverter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Stores a small set of enum values as one comma-separated column ("LAUNDRY,MEAL"), in declaration order. */
public abstract class EnumSetText<E extends Enum<E>> implements AttributeConverter<Set<E>, String> {

    private final Class<E> type;

    protected EnumSetText(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(Set<E> values) {
        return values == null ? "" : new TreeSet<>(values).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<E> convertToEntityAttribute(String column) {
        SortedSet<E> values = new TreeSet<>();
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(v -> Enum.valueOf(type, v)).forEach(values::add);
        }
        return values.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(values);
    }
}
