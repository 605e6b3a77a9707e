package org.budgetdisclosure.asset.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.budgetdisclosure.asset.FieldError;
import org.budgetdisclosure.asset.InvalidInputException;
import org.budgetdisclosure.asset.TextRule;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The request's shape against the matched resource method, for every operation at once (the platform contract,
 * points 3, 4 and 6), before any body is read:
 * <ol>
 * <li>a query parameter the method does not declare (its {@code @QueryParam}s, also inside {@code @BeanParam}s) →
 * 400 naming it, so a typo ({@code ?limt=5}, {@code ?asOf=}) is never silently ignored;</li>
 * <li>a query value with control characters or a lone surrogate ({@link TextRule}, one line) → 422 naming it;</li>
 * <li>a query value for an integer parameter that is not 1–9 ASCII digits → 400 naming it (JAX-RS would answer
 * 404 for {@code ?limit=x});</li>
 * <li>an operation that takes a JSON body, called without a Content-Type → 415 (one with another media type is
 * 415 from the framework already).</li>
 * </ol>
 */
public class RequestShapeFilter {

    private record Shape(Set<String> queryParams, Set<String> integerParams, boolean takesBody) {
    }

    private final Map<Method, Shape> shapes = new ConcurrentHashMap<>();

    @ServerRequestFilter(priority = 3)
    public void checkShape(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Shape shape = shapes.computeIfAbsent(method, RequestShapeFilter::shapeOf);
        var query = request.getUriInfo().getQueryParameters();
        Set<String> unknown = new TreeSet<>();
        for (String name : query.keySet()) {
            if (!shape.queryParams().contains(name)) {
                unknown.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            List<FieldError> errors = unknown.stream().map(n -> new FieldError(n, "is not a parameter of this operation"
                    + (shape.queryParams().isEmpty() ? " (it takes none)" : " (it takes " + String.join(", ", new TreeSet<>(shape.queryParams())) + ")"))).toList();
            throw ApiProblem.malformed("Unknown query parameter(s): " + String.join(", ", unknown), errors);
        }
        List<FieldError> bad = new ArrayList<>();
        query.forEach((name, values) -> values.forEach(v -> TextRule.problem(v, false)
                .ifPresent(reason -> bad.add(new FieldError(name, reason)))));
        if (!bad.isEmpty()) {
            throw new InvalidInputException(bad);
        }
        for (String name : shape.integerParams()) {
            for (String value : query.getOrDefault(name, List.of())) {
                if (!value.matches("[0-9]{1,9}")) {
                    throw ApiProblem.malformed(name + " must be a whole number in ASCII digits",
                            List.of(new FieldError(name, "must be a whole number in ASCII digits")));
                }
            }
        }
        if (shape.takesBody() && request.getHeaderString("Content-Type") == null) {
            throw new ApiProblem(415, "unsupported-media-type", "Unsupported media type",
                    "This operation takes a JSON body: send it with Content-Type: " + MediaType.APPLICATION_JSON,
                    List.of(new FieldError("Content-Type", "is required: " + MediaType.APPLICATION_JSON)));
        }
    }

    private static Shape shapeOf(Method method) {
        Set<String> names = new TreeSet<>();
        Set<String> integers = new TreeSet<>();
        boolean body = false;
        for (Parameter p : method.getParameters()) {
            QueryParam q = p.getAnnotation(QueryParam.class);
            if (q != null) {
                names.add(q.value());
                if (isInteger(p.getType())) {
                    integers.add(q.value());
                }
            } else if (p.isAnnotationPresent(BeanParam.class)) {
                for (Field f : p.getType().getDeclaredFields()) {
                    QueryParam fq = f.getAnnotation(QueryParam.class);
                    if (fq != null) {
                        names.add(fq.value());
                        if (isInteger(f.getType())) {
                            integers.add(fq.value());
                        }
                    }
                }
            } else if (isEntity(p)) {
                body = true;
            }
        }
        return new Shape(Set.copyOf(names), Set.copyOf(integers), body);
    }

    private static boolean isInteger(Class<?> type) {
        return type == Integer.class || type == int.class || type == Long.class || type == long.class;
    }

    /** The entity parameter: no JAX-RS annotation, and not a context object Quarkus REST injects without one. */
    private static boolean isEntity(Parameter p) {
        for (Annotation a : p.getAnnotations()) {
            Class<? extends Annotation> type = a.annotationType();
            if (type == PathParam.class || type == HeaderParam.class || type == CookieParam.class || type == FormParam.class
                    || type == MatrixParam.class || type == Context.class) {
                return false;
            }
        }
        String pkg = p.getType().getPackageName();
        return !(pkg.startsWith("jakarta.") || pkg.startsWith("io.") || pkg.startsWith("org.jboss.")
                || pkg.startsWith("org.eclipse."));
    }
}
