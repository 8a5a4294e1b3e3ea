package no.sentret.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Dates, times, enums and strings read exactly as documented: ISO-8601 text only (no epoch numbers,
 * no digit strings, no "" for now, no timestamp where a date is documented), years within
 * {@link StrictValues}, enum names without surrounding spaces, no control characters in text.
 */
final class StrictDeserializers {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private StrictDeserializers() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("sentret-strict-json");
        module.addDeserializer(LocalDate.class, new Iso<>(LocalDate.class, "a date (YYYY-MM-DD)",
                text -> LocalDate.parse(text, DATE), StrictValues::inRange));
        module.addDeserializer(OffsetDateTime.class, new Iso<>(OffsetDateTime.class, "a timestamp (ISO 8601, e.g. 2022-05-01T10:15:00+02:00)",
                text -> OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME), StrictValues::inRange));
        module.addDeserializer(Instant.class, new Iso<>(Instant.class, "a timestamp (ISO 8601, e.g. 2022-05-01T10:15:00+02:00)",
                text -> OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant(), StrictValues::inRange));
        module.addDeserializer(LocalTime.class, new Iso<>(LocalTime.class, "a time of day (HH:MM)",
                text -> LocalTime.parse(text, DateTimeFormatter.ISO_LOCAL_TIME), t -> true));
        module.addDeserializer(String.class, new Text());
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type, BeanDescription beanDesc,
                    JsonDeserializer<?> deserializer) {
                return new ExactEnum(deserializer);
            }
        });
        return module;
    }

    /** ISO text, parsed strictly, within range. */
    static final class Iso<T> extends StdScalarDeserializer<T> {

        private final String expected;
        private final Function<String, T> parse;
        private final Predicate<T> inRange;

        Iso(Class<T> type, String expected, Function<String, T> parse, Predicate<T> inRange) {
            super(type);
            this.expected = expected;
            this.parse = parse;
            this.inRange = inRange;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                throw new RefusedValueException(p, "must be " + expected + " as text");
            }
            T value;
            try {
                value = parse.apply(p.getText());
            } catch (DateTimeParseException e) {
                throw new RefusedValueException(p, "must be " + expected);
            }
            if (!inRange.test(value)) {
                throw new RefusedValueException(p, StrictValues.DATE_RANGE);
            }
            return value;
        }
    }

    /** Text without control characters (PostgreSQL refuses NUL; none belongs in a record). */
    static final class Text extends StdScalarDeserializer<String> {

        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = StringDeserializer.instance.deserialize(p, ctxt);
            if (text != null && StrictValues.hasControlCharacter(text)) {
                throw new RefusedValueException(p, "must not contain control characters");
            }
            return text;
        }
    }

    /** An enum name exactly as documented: Jackson would otherwise read " WOMAN" as WOMAN. */
    static final class ExactEnum extends JsonDeserializer<Object> implements ContextualDeserializer, ResolvableDeserializer {

        private final JsonDeserializer<?> delegate;

        ExactEnum(JsonDeserializer<?> delegate) {
            this.delegate = delegate;
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                String text = p.getText();
                if (text.isEmpty() || !text.equals(text.strip()) || StrictValues.hasControlCharacter(text)) {
                    throw new RefusedValueException(p, "must be one of " + names(delegate.handledType()));
                }
            }
            return delegate.deserialize(p, ctxt);
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
                throws com.fasterxml.jackson.databind.JsonMappingException {
            JsonDeserializer<?> contextual = delegate instanceof ContextualDeserializer c ? c.createContextual(ctxt, property) : delegate;
            return contextual == delegate ? this : new ExactEnum(contextual);
        }

        @Override
        public void resolve(DeserializationContext ctxt) throws com.fasterxml.jackson.databind.JsonMappingException {
            if (delegate instanceof ResolvableDeserializer r) {
                r.resolve(ctxt);
            }
        }

        @Override
        public Class<?> handledType() {
            return delegate.handledType();
        }

        @Override
        public Object getNullValue(DeserializationContext ctxt) throws com.fasterxml.jackson.databind.JsonMappingException {
            return delegate.getNullValue(ctxt);
        }

        static String names(Class<?> type) {
            if (type == null || !type.isEnum()) {
                return "the documented values";
            }
            StringBuilder sb = new StringBuilder();
            for (Object constant : type.getEnumConstants()) {
                if (sb.length() > 0) {
                    sb.append(", ");
                }
                sb.append(constant);
            }
            return sb.toString();
        }
    }
}
