package cn.eldercare.app;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** All resources of all modules are served under /api. */
@ApplicationPath("api")
public class ApiApplication extends Application {
}
