package cn.eldercare.testing;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

/**
 * Wires CDI beans by hand for tests: every {@code @PersistenceContext} field gets the entity manager,
 * every {@code @Inject} field the one given bean of its type, and a {@code @ConfigProperty} of type String
 * its default value, as the container would without configuration. A field with no candidate fails loudly,
 * so a new dependency in main code shows up as a clear test failure rather than a NullPointerException.
 */
public final class Beans {

    private Beans() {
    }

    public static void wire(EntityManager em, Object... beans) {
        for (Object bean : beans) {
            for (Class<?> c = bean.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers())) {
                        continue;
                    }
                    Object value;
                    if (f.isAnnotationPresent(PersistenceContext.class)) {
                        value = em;
                    } else if (f.isAnnotationPresent(ConfigProperty.class) && f.getType() == String.class) {
                        value = f.getAnnotation(ConfigProperty.class).defaultValue();
                    } else if (f.isAnnotationPresent(Inject.class)) {
                        value = candidate(bean, f, beans);
                    } else {
                        continue;
                    }
                    set(bean, f, value);
                }
            }
        }
    }

    private static Object candidate(Object bean, Field f, Object[] beans) {
        Object found = null;
        for (Object b : beans) {
            if (f.getType().isInstance(b)) {
                if (found != null) {
                    throw new IllegalStateException("two beans for " + bean.getClass().getSimpleName() + "." + f.getName());
                }
                found = b;
            }
        }
        if (found == null) {
            throw new IllegalStateException("no bean of type " + f.getType().getName() + " for "
                    + bean.getClass().getSimpleName() + "." + f.getName());
        }
        return found;
    }

    private static void set(Object bean, Field f, Object value) {
        try {
            f.setAccessible(true);
            f.set(bean, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
