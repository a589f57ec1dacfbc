package io.statewire.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.statewire.contracts.InvalidEventException.Reason;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads and writes the event records as UTF-8 JSON. Reading is strict about the contract (required fields,
 * schema version, valid UTF-8) and lenient about fields it does not know, so newer producers stay readable.
 * Every failure is an {@link InvalidEventException} whose message can go on a dead-letter record as is.
 */
public final class EventJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private EventJson() {
    }

    public static byte[] write(Object event) {
        try {
            return MAPPER.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("cannot write " + event.getClass().getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    public static String writeString(Object event) {
        return new String(write(event), StandardCharsets.UTF_8);
    }

    public static <T> T read(byte[] json, Class<T> type) {
        if (json == null) {
            throw new InvalidEventException(Reason.NO_VALUE, "empty record: no value");
        }
        checkUtf8(json);
        try {
            JsonNode tree = MAPPER.readTree(json);
            if (tree == null || !tree.isObject()) {
                throw new InvalidEventException(Reason.MALFORMED_JSON, "malformed JSON: expected an object");
            }
            String contract = contractName(type);
            String schema = tree.path("schema").asText(null);
            if (schema != null && !schema.equals(contract)) {
                throw new InvalidEventException(Reason.WRONG_SCHEMA, contract + ": wrong schema '" + schema + "'");
            }
            return MAPPER.treeToValue(tree, type);
        } catch (IOException e) {
            throw new InvalidEventException(reasonOf(e), describe(e, type), e);
        }
    }

    public static <T> T read(String json, Class<T> type) {
        return read(json == null ? null : json.getBytes(StandardCharsets.UTF_8), type);
    }

    private static String contractName(Class<?> type) {
        try {
            return String.valueOf(type.getField("SCHEMA").get(null));
        } catch (ReflectiveOperationException e) {
            return type.getSimpleName();
        }
    }

    private static void checkUtf8(byte[] json) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(json));
        } catch (CharacterCodingException e) {
            throw new InvalidEventException(Reason.NOT_UTF8, "value is not valid UTF-8", e);
        }
    }

    /** The reason of a record constructor that refused the event, else what Jackson met. */
    private static Reason reasonOf(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidEventException invalid) {
                return invalid.reason();
            }
        }
        if (e instanceof MismatchedInputException missing && missing.getPath().size() == 1
                && missing.getOriginalMessage().startsWith("Cannot map `null`")) {
            return Reason.MISSING_FIELD;
        }
        return e instanceof MismatchedInputException ? Reason.INVALID_FIELD : Reason.MALFORMED_JSON;
    }

    /** The contract message when a record constructor refused the event, else Jackson's own words. */
    private static String describe(IOException e, Class<?> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidEventException invalid) {
                return invalid.getMessage();
            }
        }
        if (e instanceof MismatchedInputException missing && missing.getPath().size() == 1
                && missing.getOriginalMessage().startsWith("Cannot map `null`")) {
            return contractName(type) + ": missing " + missing.getPath().get(0).getFieldName();
        }
        if (e instanceof JsonProcessingException json) {
            return "malformed JSON: " + json.getOriginalMessage();
        }
        return "unreadable record: " + e.getMessage();
    }
}
