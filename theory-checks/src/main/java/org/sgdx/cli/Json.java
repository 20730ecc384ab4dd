package org.sgdx.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.io.IOException;

/** JSON output: every document starts with the command, the software and the conventions it used. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    /** A new document {@code {"command": ..., "software": {"name": "sgdx", "version": ...}}}. */
    static ObjectNode document(String command) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("command", command);
        ObjectNode sw = root.putObject("software");
        sw.put("name", SoftwareInfo.NAME);
        sw.put("version", SoftwareInfo.version());
        return root;
    }

    static String write(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String writeLine(ObjectNode node) {
        try {
            return MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
