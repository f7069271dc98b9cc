package cn.eldercare.platform.ping;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The cheapest endpoint the API has: no database, no token. Load benchmarks measure it beside the
 * real endpoints, so their figures can be read as a ratio to what this machine's server does at all.
 */
@Path("ping")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class PingResource {

    public record Pong(String status) {
    }

    private static final Pong PONG = new Pong("ok");

    @Operation(summary = "连通检查 / Ping",
            description = "不查数据库、不需令牌，答 {\"status\":\"ok\"}；负载测试以它为基准。"
                    + "\n\nNo database, no token: answers {\"status\":\"ok\"}; the load benchmarks measure the others against it.")
    @GET
    @PermitAll
    public Pong ping() {
        return PONG;
    }
}
