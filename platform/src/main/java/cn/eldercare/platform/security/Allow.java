package cn.eldercare.platform.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Roles that may call a resource method. An empty list means any signed-in user.
 * Our own annotation rather than {@code @RolesAllowed}, so that no container security
 * interceptor second-guesses the bearer-token caller.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Allow {
    Role[] value() default {};
}
