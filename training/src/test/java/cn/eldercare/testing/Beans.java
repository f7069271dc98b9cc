package cn.eldercare.testing;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;

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

    /**
     * An {@link Event} that delivers what is fired, at once and on the caller's thread (as CDI does for a
     * synchronous observer), to every method of the given beans whose parameter is {@code @Observes} of its type.
     */
    @SuppressWarnings("unchecked")
    public static <T> Event<T> events(Object... observers) {
        return (Event<T>) Proxy.newProxyInstance(Beans.class.getClassLoader(), new Class<?>[]{Event.class}, (proxy, m, args) -> {
            if (!m.getName().equals("fire")) {
                throw new UnsupportedOperationException(m.getName());
            }
            for (Object bean : observers) {
                for (Method observer : bean.getClass().getDeclaredMethods()) {
                    if (observer.getParameterCount() == 1 && observer.getParameters()[0].isAnnotationPresent(Observes.class)
                            && observer.getParameterTypes()[0].isInstance(args[0])) {
                        observer.setAccessible(true);
                        try {
                            observer.invoke(bean, args[0]);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    }
                }
            }
            return null;
        });
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
