package org.budgetdisclosure.gateway.upstream;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.util.List;

/**
 * asset-service's {@code GET /api/v1/assets/{u}/{y}} (sections 九, 十一, 十二（一）): vehicles, buildings, equipment,
 * the procurement budget and the purchased-services catalogue. A part the unit has not reported is null.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AssetSnapshot(String asOfDate, Vehicles vehicles, Buildings buildings, Equipment equipment,
                            Procurement procurement, PurchasedServices purchasedServices) {

    /** No snapshot that year (the service answered 404): every part unreported. */
    public static final AssetSnapshot NONE = new AssetSnapshot(null, null, null, null, null, null);

    public AssetSnapshot {
        buildings = buildings == null ? new Buildings(null) : buildings;
    }

    /** This snapshot, with another procurement and purchased services where those given are not null. */
    public AssetSnapshot orFrom(Procurement otherProcurement, PurchasedServices otherServices) {
        return new AssetSnapshot(asOfDate, vehicles, buildings, equipment,
                otherProcurement != null ? otherProcurement : procurement,
                otherServices != null ? otherServices : purchasedServices);
    }

    /** 公务用车: 编制 and 实有, by category. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Vehicles(int allowed, int actual, List<Category> byCategory) {
        public Vehicles {
            byCategory = Lists.orEmpty(byCategory);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Category(String categoryName, int actual) {
    }

    /** 办公用房建筑总面积 in m² as printed ("204.11"), null when not reported. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Buildings(String officeSpace) {
    }

    /** General equipment of at least 500 000 and at least 1 000 000 yuan (original value). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Equipment(int atLeast500k, int atLeast1m) {
    }

    /** 政府采购预算: totals in yuan, and in 万元 as printed. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Procurement(BigDecimal total, BigDecimal goods, BigDecimal works, BigDecimal services,
                              String totalWan, String goodsWan, String worksWan, String servicesWan) {

        /** The totals in 万元 as the explanations print them ("0" for zero). */
        public String totalText() {
            return Amount.wanText(totalWan);
        }

        public String goodsText() {
            return Amount.wanText(goodsWan);
        }

        public String worksText() {
            return Amount.wanText(worksWan);
        }

        public String servicesText() {
            return Amount.wanText(servicesWan);
        }
    }

    /** 政府购买服务指导性目录: none, or its entries; a note. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PurchasedServices(boolean none, List<Entry> entries, String note) {
        public PurchasedServices {
            entries = Lists.orEmpty(entries);
        }

        /** Nothing to list: none, or no entries. */
        public boolean nothing() {
            return none || entries.isEmpty();
        }
    }

    /** One catalogue entry: an object named by name (else title, description, item), or just its name as text. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(String name, String title, String description, String item) {

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        public Entry(@JsonProperty("name") String name, @JsonProperty("title") String title,
                     @JsonProperty("description") String description, @JsonProperty("item") String item) {
            this.name = name;
            this.title = title;
            this.description = description;
            this.item = item;
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static Entry of(String name) {
            return new Entry(name, null, null, null);
        }

        /** How the entry is listed: the first of name, title, description, item that is given ("" when none is). */
        public String text() {
            return name != null ? name : title != null ? title : description != null ? description : item != null ? item : "";
        }
    }
}
