package cn.gongkai.functions.reminders;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Open applications whose reply deadline has passed, counted on every reminder run and written to the log as one
 * line in CloudWatch's embedded metric format, which becomes the metric {@code Gongkai/OverdueApplications} that
 * the deployment's alarm watches (no metrics API call, no extra permission).
 */
@ApplicationScoped
public class OverdueApplications {
    static final String METRIC = "OverdueApplications";
    private static final String OVERDUE = """
            select count(distinct d.applicationId) from ApplicationDeadlineEntity d, ApplicationEntity a
            where a.id = d.applicationId and d.kind = 'REPLY' and d.state = 'RUNNING' and d.dueOn < ?1
              and a.stage not in ('REPLIED', 'WITHDRAWN', 'ABANDONED')""";

    @Inject
    ObjectMapper json;
    @ConfigProperty(name = "gongkai.metrics.namespace", defaultValue = "Gongkai")
    String namespace;

    /** Applications still open on {@code asOf} whose reply was due before it (a paused clock is not overdue). */
    @Transactional
    public long count(LocalDate asOf) {
        return Panache.getEntityManager().createQuery(OVERDUE, Long.class).setParameter(1, asOf).getSingleResult();
    }

    /** The embedded-metric-format line for {@code count} at {@code at}. */
    public String metricLine(long count, Instant at) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("_aws", Map.of("Timestamp", at.toEpochMilli(), "CloudWatchMetrics", List.of(Map.of(
                "Namespace", namespace, "Dimensions", List.of(List.of()),
                "Metrics", List.of(Map.of("Name", METRIC, "Unit", "Count"))))));
        line.put(METRIC, count);
        try {
            return json.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
