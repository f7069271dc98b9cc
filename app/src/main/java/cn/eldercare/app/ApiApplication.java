package cn.eldercare.app;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** All resources of all modules are served under /api. */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "养老护理人才与时间银行平台 API / Elder-care workforce API", version = "1.0",
        description = "Training, certificates and the time bank. Sign in with POST /api/auth/login and send"
                + " the token as 'Authorization: Bearer <token>'. Errors are application/problem+json."))
public class ApiApplication extends Application {
}
