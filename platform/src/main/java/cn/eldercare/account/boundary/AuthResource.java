package cn.eldercare.account.boundary;

import cn.eldercare.account.control.Accounts;
import cn.eldercare.platform.i18n.Text;
import cn.eldercare.platform.problem.DomainException;
import cn.eldercare.platform.security.Allow;
import cn.eldercare.platform.security.Caller;
import cn.eldercare.platform.security.Callers;
import cn.eldercare.platform.security.ClientAddresses;
import cn.eldercare.platform.security.Public;
import cn.eldercare.platform.security.TokenCodec;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import java.time.Instant;

/** Sign-in and sign-out, and who the signed-in user is. */
@Path("auth")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    public record Login(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 200) String password) {
    }

    public record Token(String token, String tokenType, Instant expiresAt, UserView user) {
    }

    @Inject
    Accounts accounts;
    @Inject
    ClientAddresses addresses;
    @Inject
    TokenCodec tokens;
    @Context
    HttpServletRequest http;

    @POST
    @Path("login")
    @Public
    public Token login(@NotNull @Valid Login login) {
        Accounts.Session s = accounts.login(login.username(), login.password().toCharArray(),
                addresses.of(http.getRemoteAddr(), http.getHeader("X-Forwarded-For")));
        return new Token(s.token(), "Bearer", s.expiresAt(), UserView.of(s.account()));
    }

    /** Ends this token's session; the authentication filter has already checked the token. */
    @POST
    @Path("logout")
    @Allow
    public Response logout(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        accounts.logout(tokens.verify(authorization.substring(7).trim(), Instant.now()).orElseThrow());
        return Response.noContent().build();
    }

    @GET
    @Path("me")
    @Allow
    public UserView me(@Context SecurityContext security) {
        Caller caller = Callers.of(security);
        var account = accounts.find(caller.userId());
        if (account == null) {
            throw DomainException.notFound(Text.of("账户不存在", "No such account"));
        }
        return UserView.of(account);
    }
}
