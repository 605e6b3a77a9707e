package org.budgetdisclosure.asset.rest;

import org.budgetdisclosure.asset.api.Api;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.budgetdisclosure.asset.service.AssetService;
import org.budgetdisclosure.asset.service.Guard;

import java.util.List;
import java.util.Optional;
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
        AssetService.Outcome put(String unitCode, T item, Guard<Optional<T>> guard);
    }

    interface ItemDelete<T> {
        boolean delete(String unitCode, String id, Guard<Optional<T>> guard);
    }

    private final Etags etags;
    private final Reads reads;
    private final Function<String, List<T>> all;
    private final String noun;
    private final Function<T, String> id;
    private final Function<T, V> view;
    private final PageQuery<T> page;
    private final ItemQuery<T> find;
    private final ItemPut<T> put;
    private final ItemDelete<T> delete;

    /** noun names an item in problem details ("No vehicle V-001 registered for unit 402001"). */
    RegisterEndpoints(Etags etags, Reads reads, String noun, Function<T, String> id, Function<T, V> view,
                      PageQuery<T> page, Function<String, List<T>> all, ItemQuery<T> find, ItemPut<T> put,
                      ItemDelete<T> delete) {
        this.etags = etags;
        this.reads = reads;
        this.all = all;
        this.noun = noun;
        this.id = id;
        this.view = view;
        this.page = page;
        this.find = find;
        this.put = put;
        this.delete = delete;
    }

    /**
     * A page of the unit's register; unit is an already checked unit code. Working data: viewer+ of the unit
     * only (404 to anyone else). The ETag is the whole register's (what a whole-register PUT's If-Match names).
     */
    Response list(String unit, Integer limit, String after, UriInfo uriInfo) {
        reads.requireDraftReader(unit, "No " + noun + " register readable for unit " + unit);
        int size = Keys.limit(limit);
        AssetService.Slice<T> slice = page.after(unit, Keys.afterId(after), size);
        String next = slice.more() ? Keys.cursor(id.apply(slice.items().get(slice.items().size() - 1))) : null;
        Response.ResponseBuilder response = Response.ok(new Api.Page<>(slice.items().stream().map(view).toList(), next))
                .tag(etags.registerTag(all.apply(unit).stream().map(view).toList()))
                .header("Cache-Control", Reads.CACHE_DRAFT);
        if (next != null) {
            response.link(uriInfo.getRequestUriBuilder().replaceQueryParam("limit", size)
                    .replaceQueryParam("after", next).build(), "next");
        }
        return response.build();
    }

    Response get(String unit, String itemId, String ifNoneMatch) {
        reads.requireDraftReader(unit, notFound(unit, itemId));
        return Response.fromResponse(etags.okOrNotFound(find.find(unit, itemId).map(view), ifNoneMatch, notFound(unit, itemId)))
                .header("Cache-Control", Reads.CACHE_DRAFT).build();
    }

    Response put(String unit, T item, String ifMatch, String ifNoneMatch, UriInfo uriInfo) {
        AssetService.Outcome outcome = put.put(unit, item, etags.guard(ifMatch, ifNoneMatch, view));
        return etags.written(outcome, view.apply(item), uriInfo);
    }

    Response delete(String unit, String itemId, String ifMatch) {
        return Etags.deleted(delete.delete(unit, itemId, etags.guard(ifMatch, null, view)), notFound(unit, itemId));
    }

    private String notFound(String unit, String itemId) {
        return "No " + noun + " " + itemId + " registered for unit " + unit;
    }
}
