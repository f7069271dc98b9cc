package cn.eldercare.platform.ping;

import cn.eldercare.platform.security.Public;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

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

    @GET
    @Public
    public Pong ping() {
        return PONG;
    }
}
