package cn.eldercare.platform.json;

import jakarta.json.bind.JsonbException;

import java.lang.reflect.Field;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JSON-B reports an unknown enum constant without the property it was for; find the property of
 * that enum type on the bound class, so the client is told which field is wrong.
 */
final class EnumProperty {

    private static final Pattern NO_CONSTANT = Pattern.compile("No enum constant ([\\w.$]+)\\.[^.]+$");

    private EnumProperty() {
    }

    static JsonbException named(JsonbException e, Class<?> bound) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            Matcher m = NO_CONSTANT.matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                for (Field f : bound.getDeclaredFields()) {
                    if (f.getType().isEnum() && f.getType().getCanonicalName().equals(m.group(1))) {
                        return new JsonbException("Unable to deserialize property '" + f.getName() + "'", e);
                    }
                }
            }
        }
        return e;
    }
}
