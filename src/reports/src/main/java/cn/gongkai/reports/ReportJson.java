package cn.gongkai.reports;

import cn.gongkai.domain.DomainException;
import cn.gongkai.domain.ErrorCode;
import cn.gongkai.domain.report.AnnualReport;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;

/**
 * A report's data as JSON, in the schema {@code ./gongkai report check} reads ({@link AnnualReport#SCHEMA}; see
 * README and {@code annual-report.schema.json}). Unknown fields (findings, generation time) are ignored on reading.
 */
public final class ReportJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private ReportJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String write(Object value) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    public static AnnualReport read(String json) {
        try {
            return read(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new DomainException(ErrorCode.REPORT_JSON_INVALID, e.getOriginalMessage());
        }
    }

    public static AnnualReport read(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new DomainException(ErrorCode.REPORT_JSON_INVALID, "应为一个JSON对象");
        }
        JsonNode schema = node.get("schema");
        if (schema == null || !AnnualReport.SCHEMA.equals(schema.asText())) {
            throw new DomainException("schema", ErrorCode.REPORT_JSON_INVALID, "schema 应为 " + AnnualReport.SCHEMA);
        }
        try {
            return MAPPER.treeToValue(node, AnnualReport.class);
        } catch (IOException e) {
            String message = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            throw new DomainException(ErrorCode.REPORT_JSON_INVALID, message);
        }
    }
}
