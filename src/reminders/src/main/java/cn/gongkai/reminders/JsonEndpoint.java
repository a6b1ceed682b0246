package cn.gongkai.reminders;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * A webhook or group robot as the REST client sees it: one JSON POST to the configured address (its own query, such
 * as a robot's access token, kept). Headers and query parameters left null are not sent.
 */
@Path("")
public interface JsonEndpoint {
    @POST
    @Consumes(MediaType.APPLICATION_JSON + ";charset=utf-8")
    @Produces(MediaType.WILDCARD)
    RestResponse<String> post(byte[] body,
                              @HeaderParam("X-Gongkai-Reminder-Id") String reminderId,
                              @HeaderParam("X-Gongkai-Signature") String signature,
                              @QueryParam("timestamp") String timestamp,
                              @QueryParam("sign") String sign);
}
