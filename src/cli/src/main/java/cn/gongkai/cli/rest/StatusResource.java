package cn.gongkai.cli.rest;

import cn.gongkai.cli.GongkaiConfig;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Connection;
import java.sql.SQLException;

@Path("/api/status")
@Produces(MediaType.APPLICATION_JSON)
public class StatusResource {

    public record Status(String status, String database, String version) {
    }

    private final GongkaiConfig config;
    private final Instance<AgroalDataSource> dataSource;
    private final String version;

    public StatusResource(GongkaiConfig config,
                          Instance<AgroalDataSource> dataSource,
                          @ConfigProperty(name = "quarkus.application.version") String version) {
        this.config = config;
        this.dataSource = dataSource;
        this.version = version;
    }

    @GET
    public Response status() {
        boolean up = databaseAnswers();
        Status status = new Status(up ? "UP" : "DOWN", config.mode(), version);
        return Response.status(up ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE).entity(status).build();
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.get().getConnection()) {
            return connection.isValid(2);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }
}
