package io.statewire.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each JSON Schema accepts what the serdes write and rejects a record that lacks a required field. */
class JsonSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @CsvSource({"press-release-1", "passage-1", "statement-1", "passage-repeat-2"})
    void acceptsWhatTheSerdeWrites(String schemaName) throws IOException {
        assertThat(schema(schemaName).validate(sample(schemaName))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "press-release-1, releaseId", "press-release-1, paragraphs", "press-release-1, contentHash",
        "passage-1, passageId", "passage-1, simhash", "passage-1, text",
        "statement-1, statementId", "statement-1, topics", "statement-1, taxonomyVersion",
        "passage-repeat-2, repeatsPassageId", "passage-repeat-2, similarity"})
    void rejectsRecordWithoutRequiredField(String schemaName, String field) throws IOException {
        ObjectNode event = (ObjectNode) sample(schemaName);
        event.remove(field);
        assertThat(schema(schemaName).validate(event))
                .extracting(Object::toString)
                .anySatisfy(message -> assertThat(message).contains(field));
    }

    @ParameterizedTest
    @CsvSource({"press-release-1, passage/1", "passage-1, statement/1", "statement-1, press-release/1"})
    void rejectsAnotherSchemaVersion(String schemaName, String otherSchema) throws IOException {
        ObjectNode event = (ObjectNode) sample(schemaName);
        event.put("schema", otherSchema);
        assertThat(schema(schemaName).validate(event)).isNotEmpty();
    }

    private static JsonNode sample(String schemaName) throws IOException {
        Object event = switch (schemaName) {
            case "press-release-1" -> Events.release();
            case "passage-1" -> Events.passage();
            case "statement-1" -> Events.statement();
            case "passage-repeat-2" -> Events.repeat();
            default -> throw new IllegalArgumentException(schemaName);
        };
        return JSON.readTree(EventJson.write(event));
    }

    private static JsonSchema schema(String name) throws IOException {
        try (InputStream in = JsonSchemaTest.class.getResourceAsStream("/schemas/" + name + ".schema.json")) {
            assertThat(in).as("schema file " + name).isNotNull();
            var config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(JSON.readTree(in), config);
        }
    }
}
