package org.budgetdisclosure.asset.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.budgetdisclosure.asset.service.AssetService;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What the two register resources (vehicles, equipment) do alike: a page in id order with a cursor and a
 * Link rel="next", one item with its ETag, a create-or-replace under If-Match, a delete under If-Match.
 * Each resource keeps its own endpoints and OpenAPI documentation and hands in its service calls.
 *
 * @param <T> the registered item (domain)
 * @param <V> its API view
 */
final class RegisterEndpoints<T, V> {

    interface PageQuery<T> {
        AssetService.Slice<T> after(String unitCode, String afterId, int limit);
    }

    interface ItemQuery<T> {
        Optional<T> find(String unitCode, String id);
    }

    interface ItemPut<T> {
        AssetService.Outcome put(String unitCode, T item, Consumer<Optional<T>> precondition);
    }

    interface ItemDelete<T> {
        boolean delete(String unitCode, String id, Consumer<Optional<T>> precondition);
    }

    private final Etags etags;
    private final String noun;
    private final Function<T, String> id;
    private final Function<T, V> view;
    private final PageQuery<T> page;
    private final ItemQuery<T> find;
    private final ItemPut<T> put;
    private final ItemDelete<T> delete;

    /** noun names an item in problem details ("No vehicle V-001 registered for unit 402001"). */
    RegisterEndpoints(Etags etags, String noun, Function<T, String> id, Function<T, V> view,
                      PageQuery<T> page, ItemQuery<T> find, ItemPut<T> put, ItemDelete<T> delete) {
        this.etags = etags;
        this.noun = noun;
        this.id = id;
        this.view = view;
        this.page = page;
        this.find = find;
        this.put = put;
        this.delete = delete;
    }

    /** A page of the unit's register; unit is an already checked unit code. */
    Response list(String unit, Integer limit, String after, UriInfo uriInfo) {
        int size = Keys.limit(limit);
        AssetService.Slice<T> slice = page.after(unit, Keys.afterId(after), size);
        String next = slice.more() ? Keys.cursor(id.apply(slice.items().get(slice.items().size() - 1))) : null;
        Response.ResponseBuilder response = Response.ok(new Api.Page<>(slice.items().stream().map(view).toList(), next));
        if (next != null) {
            response.link(uriInfo.getRequestUriBuilder().replaceQueryParam("limit", size)
                    .replaceQueryParam("after", next).build(), "next");
        }
        return response.build();
    }

    Response get(String unit, String itemId, String ifNoneMatch) {
        return etags.okOrNotFound(find.find(unit, itemId).map(view), ifNoneMatch, notFound(unit, itemId));
    }

    Response put(String unit, T item, String ifMatch, UriInfo uriInfo) {
        AssetService.Outcome outcome = put.put(unit, item, etags.ifMatch(ifMatch, view));
        return etags.written(outcome, view.apply(item), uriInfo);
    }

    Response delete(String unit, String itemId, String ifMatch) {
        return Etags.deleted(delete.delete(unit, itemId, etags.ifMatch(ifMatch, view)), notFound(unit, itemId));
    }

    private String notFound(String unit, String itemId) {
        return "No " + noun + " " + itemId + " registered for unit " + unit;
    }
}
