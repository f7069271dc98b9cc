package cn.eldercare.app;

import cn.eldercare.platform.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * All resources of all modules are served under /api. The error responses every operation refers to
 * ({@code ref = "BadRequest"} and so on) are defined here once. Bearer tokens are verified by Payara's
 * MicroProfile JWT ({@code @LoginConfig}); it finds the annotation only on a CDI bean, hence the scope.
 */
@ApplicationPath("api")
@ApplicationScoped
@LoginConfig(authMethod = "MP-JWT")
@OpenAPIDefinition(info = @Info(title = "养老护理人才与时间银行平台 API / Elder-care workforce API", version = "1.0",
        description = "培训、证书与时间银行。用 POST /api/auth/login 登录，并以 `Authorization: Bearer <token>` 发送令牌；"
                + "错误为 application/problem+json，字段错误以中文（或 Accept-Language: en 时以英文）列出；"
                + "服务器故障为 500，带 incident 编号，日志中同一编号下有详情。\n\n"
                + "Training, certificates and the time bank. Sign in with POST /api/auth/login and send"
                + " the token as `Authorization: Bearer <token>`. Errors are application/problem+json, with field"
                + " messages in Chinese, or in English with Accept-Language: en; a server fault is a 500 with an incident"
                + " id, under which the log has the details."),
        security = @SecurityRequirement(name = "bearer"),
        components = @Components(
                securitySchemes = @SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP,
                        scheme = "bearer", description = "POST /api/auth/login 返回的令牌 / the token POST /api/auth/login returns"),
                responses = {
                        @APIResponse(name = "BadRequest", responseCode = "400",
                                description = "输入有误：errors[] 逐个字段说明 / Invalid input: errors[] names each field",
                                content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "Unauthorized", responseCode = "401",
                                description = "未登录、令牌无效、过期或已注销 / Not signed in, or the token is invalid, expired or revoked",
                                content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "Forbidden", responseCode = "403",
                                description = "无权执行此操作 / The caller's role or organisation may not do this",
                                content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "NotFound", responseCode = "404",
                                description = "所指对象不存在 / No such object",
                                content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "Conflict", responseCode = "409",
                                description = "与当前状态冲突，code 说明原因 / Conflicts with the current state; code says why",
                                content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "TooLarge", responseCode = "413",
                                description = "请求体超过上限 / The request body is over the limit",
                                content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "Unprocessable", responseCode = "422",
                                description = "不符合业务规则，code 与 detail 说明哪条 / A rule is not met; code and detail name it",
                                content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "TooManyRequests", responseCode = "429",
                                description = "请求过于频繁，Retry-After 秒后再试 / Too many requests; try again after Retry-After seconds",
                                content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "Unavailable", responseCode = "503",
                                description = "时间银行账本暂不可用，Retry-After 秒后再试 / The time-bank ledger is unavailable; try again after Retry-After seconds",
                                content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))}))
public class ApiApplication extends Application {
}
