package cn.eldercare.platform.security;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RolesTest {

    @Test
    void theConstantsAreTheRolesNamesAndAnyCaller() throws IllegalAccessException {
        Set<String> constants = new java.util.HashSet<>();
        for (Field f : Roles.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                constants.add((String) f.get(null));
            }
        }
        Set<String> expected = Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toSet());
        expected.add("**");
        assertEquals(expected, constants);
    }
}
