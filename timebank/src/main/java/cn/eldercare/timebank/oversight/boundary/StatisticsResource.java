package cn.eldercare.timebank.oversight.boundary;

import cn.eldercare.platform.security.Allow;
import cn.eldercare.platform.security.Role;
import cn.eldercare.timebank.oversight.control.Statistics;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Time-bank statistics for the regulator. */
@Path("timebank/statistics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    @Inject
    Statistics statistics;

    @GET
    @Allow(Role.REGULATOR)
    public Statistics.Summary summary() {
        return statistics.summary();
    }
}
