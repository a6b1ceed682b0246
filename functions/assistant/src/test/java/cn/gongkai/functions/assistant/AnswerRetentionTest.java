package cn.gongkai.functions.assistant;

import cn.gongkai.assistant.feedback.AnswerLog;
import cn.gongkai.persistence.testing.EmbeddedPostgresResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class AnswerRetentionTest {
    @Inject
    AnswerLog log;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void answerRecordsOlderThanTheKeepingPeriodAreRemovedAndNewerOnesKept() throws Exception {
        String old = answerAskedDaysAgo(366);
        String kept = answerAskedDaysAgo(364);

        assertThat(log.purgeExpired()).isGreaterThanOrEqualTo(1);

        assertThat(exists(old)).isFalse();
        assertThat(exists(kept)).isTrue();
    }

    private String answerAskedDaysAgo(int days) throws Exception {
        String id = UUID.randomUUID().toString();
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("""
                     insert into assistant_answer (id, agency_id, conversation_id, asked_at, question, question_key, kind,
                                                   refused, answer, answer_key)
                     values (?, 'demo', 'c', ?, '食堂几点开饭？', '食堂几点开饭', 'DECLINED', true, null, 'k')""")) {
            insert.setString(1, id);
            insert.setObject(2, OffsetDateTime.now().minusDays(days));
            insert.executeUpdate();
        }
        return id;
    }

    private boolean exists(String id) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement query = c.prepareStatement("select count(*) from assistant_answer where id = ?")) {
            query.setString(1, id);
            ResultSet row = query.executeQuery();
            row.next();
            return row.getLong(1) == 1;
        }
    }
}
