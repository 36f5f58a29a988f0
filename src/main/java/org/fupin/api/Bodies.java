package org.fupin.api;

import java.lang.reflect.RecordComponent;

/** Optional JSON bodies of REST routes: a missing body reads as the body record with every field absent. */
public final class Bodies {

    private Bodies() {}

    /** The body, or the record of that type with every component null (false, 0 for primitives). */
    public static <T extends Record> T orEmpty(T body, Class<T> type) {
        if (body != null) return body;
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = !types[i].isPrimitive() ? null : types[i] == boolean.class ? false : (Object) 0;
        }
        try {
            var constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("No canonical constructor for " + type, e);
        }
    }
}
