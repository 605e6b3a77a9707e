package org.budgetdisclosure.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.budgetdisclosure.gateway.support.GatewayTestSupport;
import org.budgetdisclosure.gateway.support.StubServices;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acceptance test: the disclosure assembled from the recorded real responses of the sample states
 * the same figures as the seed's 第三部分, number for number, section by section.
 */
@QuarkusTest
@QuarkusTestResource(StubServices.class)
class DisclosureAcceptanceTest extends GatewayTestSupport {

    static final Path SEED = Path.of("../samples/seed/shangdang-sme-center-2025-budget.txt");
    static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"};
    static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

    @Test
    void shouldStateEveryFigureOfTheSeedsExplanationsSectionBySection() throws IOException {
        JsonPath doc = disclosure();
        Map<Integer, String> seed = seedSections();
        assertThat(seed).hasSize(12);
        List<Map<String, Object>> sections = doc.getList("explanations.sections");
        assertThat(sections).hasSize(12);
        for (int i = 1; i <= 12; i++) {
            String generated = sectionText(doc, i - 1);
            Map<BigDecimal, Integer> wanted = numbers(seed.get(i));
            Map<BigDecimal, Integer> stated = numbers(generated);
            for (Map.Entry<BigDecimal, Integer> e : wanted.entrySet()) {
                assertThat(stated.getOrDefault(e.getKey(), 0))
                        .as("section %s states %s as often as the seed (%s times)\n%s", NUMERALS[i - 1], e.getKey(), e.getValue(), generated)
                        .isGreaterThanOrEqualTo(e.getValue());
            }
        }
    }

    @Test
    void shouldWordChangesSharesAndEmptySectionsAsTheSeedDoes() {
        JsonPath doc = disclosure();
        assertThat(sectionText(doc, 0)).contains("上年结转0万元，比上年减少467.16万元，下降52.48%，主要原因是中小企业发展专项资金减少");
        assertThat(sectionText(doc, 1)).contains("一般公共预算拨款收入422.96万元，占100.00%；政府性基金预算拨款收入0万元，占0%");
        assertThat(sectionText(doc, 2)).contains("基本支出140.83万元，占33.30%；项目支出282.12万元，占66.70%");
        assertThat(sectionText(doc, 6)).contains("本单位无“三公”经费预算。");
        assertThat(sectionText(doc, 7)).contains("机关运行经费预算15.56万元");
        assertThat(sectionText(doc, 8)).contains("政府采购预算总额0.38万元。其中：政府采购货物预算0.38万元、政府采购工程预算0万元、政府采购服务预算0万元");
        assertThat(sectionText(doc, 11)).contains("（一）政府购买服务指导性目录\n无").contains("本单位无相关资金管理办法相关情况。");
        assertThat(doc.getString("explanations.signatureDate")).isEqualTo("2025年5月14日");
    }

    @Test
    void shouldPutThePartsInTheOfficialOrder() {
        JsonPath doc = disclosure();
        assertThat(doc.getBoolean("complete")).isTrue();
        assertThat(doc.getString("title")).isEqualTo("长治市上党区中小企业服务中心2025年度单位预算公开");
        assertThat(doc.getList("overview.duties")).hasSize(7);
        assertThat(doc.getString("overview.internalStructure")).startsWith("三股一室");
        assertThat(doc.getString("overview.staffingText")).isEqualTo("编制10人，其中在职人员10人。");
        assertThat(doc.getList("tables.number", Integer.class)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
        assertThat(doc.getList("explanations.sections.numeral")).containsExactly((Object[]) NUMERALS);
        assertThat(doc.getList("explanations.sections[9].forms")).hasSize(3);
        assertThat(doc.getList("glossary.entries.term")).hasSize(12).startsWith("基本支出", "项目支出").endsWith("财政拨款");
    }

    @Test
    void shouldCarryTheFormsWithTheSeedsFundsInSectionTen() throws IOException {
        JsonPath doc = disclosure();
        String forms = doc.getList("explanations.sections[9].forms").toString();
        String seed = Files.readString(SEED);
        String formPart = seed.substring(seed.indexOf("(项目绩效目标表公开情况见附件)"), seed.indexOf("十一、国有资产占有使用情况\n\n1"));
        for (String amount : List.of("400,000", "1,200,000", "≥1000万元", "≥85%", "≥3%")) {
            assertThat(formPart).contains(amount);
            assertThat(forms).contains(amount);
        }
    }

    private JsonPath disclosure() {
        return given().accept("application/json").when().get("/api/v1/disclosures/402001/2025")
                .then().statusCode(200).extract().jsonPath();
    }

    static String sectionText(JsonPath doc, int index) {
        StringBuilder text = new StringBuilder(doc.getString("explanations.sections[" + index + "].title")).append('\n');
        doc.getList("explanations.sections[" + index + "].paragraphs", String.class).forEach(p -> text.append(p).append('\n'));
        List<Map<String, Object>> subs = doc.getList("explanations.sections[" + index + "].subsections");
        for (Map<String, Object> sub : subs) {
            text.append(sub.get("title")).append('\n');
            for (Object p : (List<?>) sub.get("paragraphs")) {
                text.append(p).append('\n');
            }
        }
        if (index == 11) {
            text.append(doc.getString("explanations.signatureName")).append('\n').append(doc.getString("explanations.signatureDate"));
        }
        return text.toString();
    }

    /** The seed's 第三部分, cut into its twelve sections (section 十 without the attached forms). */
    static Map<Integer, String> seedSections() throws IOException {
        String seed = Files.readString(SEED);
        String part = seed.substring(seed.indexOf("第三部分 2025年度单位预算情况说明\n\n一"), seed.indexOf("第四部分 名词解释\n\n一"));
        Map<Integer, String> sections = new LinkedHashMap<>();
        List<Integer> starts = new ArrayList<>();
        int from = 0;
        for (String numeral : NUMERALS) {
            int at = part.indexOf("\n" + numeral + "、", from);
            starts.add(at);
            from = at + 1;
        }
        for (int i = 0; i < 12; i++) {
            String text = part.substring(starts.get(i) + 1, i < 11 ? starts.get(i + 1) : part.length());
            if (i == 9) {
                text = text.substring(0, text.indexOf("(项目绩效目标表公开情况见附件)"));
            }
            sections.put(i + 1, text.replaceFirst("^[一二三四五六七八九十]+、", ""));
        }
        return sections;
    }

    static Map<BigDecimal, Integer> numbers(String text) {
        Map<BigDecimal, Integer> counts = new HashMap<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            counts.merge(new BigDecimal(m.group()).stripTrailingZeros(), 1, Integer::sum);
        }
        return counts;
    }
}
