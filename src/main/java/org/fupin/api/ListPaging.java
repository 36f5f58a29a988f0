package org.fupin.api;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Pagination and sorting the same way on every list of the API (ADR 0039): a {@code GET} under {@code /api/} whose
 * answer is a JSON array takes {@code page} (from 0), {@code size} (1 to {@value #MAX_SIZE}; absent: the whole list,
 * as v1 always answered) and {@code sort} ({@code property} or {@code property,desc}, repeatable, by the properties of
 * the items) and answers the total in {@value #TOTAL}. Applies to every controller, also those added later;
 * {@link ApiOperations} documents the parameters. A wrong parameter is said in the caller's language (api.properties).
 */
@RestControllerAdvice(annotations = RestController.class)
class ListPaging implements ResponseBodyAdvice<Object> {

    static final String TOTAL = "X-Total-Count";
    static final int MAX_SIZE = 1000;

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        if (!(body instanceof List<?> list) || !(request instanceof ServletServerHttpRequest servlet)
                || request.getMethod() != HttpMethod.GET || !servlet.getServletRequest().getRequestURI().startsWith("/api/")) {
            return body;
        }
        HttpServletRequest http = servlet.getServletRequest();
        List<?> sorted = sort(list, http.getParameterValues("sort"));
        response.getHeaders().set(TOTAL, String.valueOf(list.size()));
        return slice(sorted, number(http, "page", 0, Integer.MAX_VALUE), number(http, "size", 1, MAX_SIZE));
    }

    private static List<?> slice(List<?> list, Integer page, Integer size) {
        if (size == null) return list;
        long from = (long) (page == null ? 0 : page) * size;
        if (from >= list.size()) return List.of();
        return list.subList((int) from, (int) Math.min(list.size(), from + size));
    }

    private static Integer number(HttpServletRequest request, String name, int min, int max) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank()) return null;
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= min && number <= max) return number;
        } catch (NumberFormatException e) {
            // answered below
        }
        throw BadBody.because(name, "api.paging.number", min, max);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<?> sort(List<?> list, String[] orders) {
        if (orders == null || orders.length == 0 || list.isEmpty()) return list;
        Comparator<Object> comparator = null;
        for (String order : orders) {
            String[] parts = order.split(",");
            Function<Object, Comparable> key = key(list.get(0).getClass(), parts[0].trim());
            Comparator<Object> one = Comparator.comparing(key, Comparator.nullsLast(Comparator.naturalOrder()));
            if (parts.length > 1 && parts[1].trim().equalsIgnoreCase("desc")) one = one.reversed();
            else if (parts.length > 1 && !parts[1].trim().equalsIgnoreCase("asc")) {
                throw BadBody.because("sort", "api.sort.direction");
            }
            comparator = comparator == null ? one : comparator.thenComparing(one);
        }
        List<Object> copy = new ArrayList<>(list);
        copy.sort(comparator);
        return copy;
    }

    /** The value a list is sorted by: a record's component, or the item itself ({@code value}) for plain values. */
    @SuppressWarnings("rawtypes")
    private static Function<Object, Comparable> key(Class<?> type, String property) {
        if (!type.isRecord()) {
            if (property.equals("value") && Comparable.class.isAssignableFrom(type)) return item -> (Comparable) item;
            throw BadBody.because("sort", "api.sort.value");
        }
        RecordComponent component = Arrays.stream(type.getRecordComponents())
                .filter(c -> c.getName().equals(property) && sortable(c.getType())).findFirst()
                .orElseThrow(() -> BadBody.because("sort", "api.sort.properties",
                        String.join(", ", sortableProperties(type))));
        component.getAccessor().setAccessible(true);
        return item -> {
            try {
                return (Comparable) component.getAccessor().invoke(item);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** The properties a list of these items sorts by (documented as the {@code sort} parameter's values). */
    static List<String> sortableProperties(Class<?> type) {
        if (!type.isRecord()) return Comparable.class.isAssignableFrom(type) ? List.of("value") : List.of();
        return Arrays.stream(type.getRecordComponents()).filter(c -> sortable(c.getType()))
                .map(RecordComponent::getName).toList();
    }

    private static boolean sortable(Class<?> type) {
        return type.isPrimitive() || Comparable.class.isAssignableFrom(type);
    }
}
