package org.budgetdisclosure.gateway.rest;

/** OpenAPI examples, taken from the sample unit 402001 / 2025. */
public final class Examples {

    private Examples() {
    }

    public static final String LIST = """
            {"items":[{"unitCode":"402001","unitName":"长治市上党区中小企业服务中心","regionCode":"140404","fiscalYear":2025,
            "status":"PUBLISHED","statusName":"已公开","href":"/api/v1/disclosures/402001/2025"}],"next":null}""";

    public static final String DISCLOSURE = """
            {"unitCode":"402001","fiscalYear":2025,"unitName":"长治市上党区中小企业服务中心","regionCode":"140404",
            "title":"长治市上党区中小企业服务中心2025年度单位预算公开","status":"PUBLISHED","statusName":"已公开","revision":1,
            "disclosureDate":"2025-05-14","complete":true,"missingParts":[],
            "overview":{"duties":["宣传贯彻执行国家和省、市、区有关中小微企业的法律法规和方针政策。…"],
            "internalStructure":"三股一室：财务人事股、规划监测股、产业指导股、综合办公室。","authorizedPositions":10,"actualStaff":10,
            "staffingText":"编制10人，其中在职人员10人。"},
            "tables":[{"number":11,"title":"2025年财政拨款安排机关运行经费预算表","unitName":"长治市上党区中小企业服务中心","unitLabel":"万元",
            "columns":[{"key":"unitName","label":"单位名称","kind":"text","children":[]}],
            "rows":[{"kind":"total","code":null,"name":"部门合计","level":0,"cells":["部门合计","15.56","15.56",null,null]}],"empty":false,"note":null}],
            "explanations":{"title":"2025年度单位预算情况说明","sections":[{"number":3,"numeral":"三","title":"支出预算情况说明",
            "paragraphs":["2025年度长治市上党区中小企业服务中心支出预算422.96万元，其中：基本支出140.83万元，占33.30%；项目支出282.12万元，占66.70%。"],
            "subsections":[],"missing":false}],"signatureName":"长治市上党区中小企业服务中心","signatureDate":"2025年5月14日"},
            "glossary":{"title":"名词解释","entries":[{"number":1,"term":"基本支出","definition":"指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。"}]}}""";

    public static final String VALIDATION = """
            {"unitCode":"402001","fiscalYear":2025,"publishable":true,"errors":0,"warnings":3,"infos":10,
            "services":[{"service":"budget-service","status":"CHECKED","reason":null}],
            "findings":[{"source":"gateway","ruleId":"X-OPERATING-EXPENSES-UNIT-TYPE","severity":"WARNING",
            "messageZh":"本单位为事业单位，机关运行经费仅适用于行政单位和参公事业单位，但表11列示15.56万元；情况说明第八部分按表11数据表述",
            "messageEn":"A public institution (事业单位) shows 机关运行经费 15.56 万元 in table 11","location":{"service":"budget","where":"table 11"}}]}""";

    public static final String CSV = """
            单位名称,2025预算数,,,
            ,合计,一般公共预算,政府性基金预算,国有资本经营预算
            部门合计,15.56,15.56,,
            长治市上党区中小企业服务中心,15.56,15.56,,
            """;

    public static final String PROBLEM_400 = """
            {"type":"urn:budget-disclosure:problem:malformed-request","title":"The request is malformed","status":400,
            "detail":"year must be an integer, not twenty","instance":"/api/v1/disclosures/402001/twenty",
            "requestId":"5b0c8a52-8a6b-4c1e-9d7e-0f4b1d2a3c4d","errors":[{"field":"year","reason":"must be an integer"}]}""";

    public static final String PROBLEM_406 = """
            {"type":"urn:budget-disclosure:problem:not-acceptable","title":"Not acceptable","status":406,
            "detail":"format must be json, html or xlsx","instance":"/api/v1/disclosures/402001/2025",
            "requestId":"5b0c8a52-8a6b-4c1e-9d7e-0f4b1d2a3c4d"}""";

    public static final String PROBLEM_404 = """
            {"type":"urn:budget-disclosure:problem:not-found","title":"Not found","status":404,
            "detail":"No budget of unit 402001 for 2019","instance":"/api/v1/disclosures/402001/2019",
            "requestId":"5b0c8a52-8a6b-4c1e-9d7e-0f4b1d2a3c4d"}""";

    public static final String PROBLEM_422 = """
            {"type":"urn:budget-disclosure:problem:validation-failed","title":"Validation failed","status":422,
            "detail":"limit must be between 1 and 200","instance":"/api/v1/disclosures",
            "requestId":"5b0c8a52-8a6b-4c1e-9d7e-0f4b1d2a3c4d","errors":[{"field":"limit","reason":"must be between 1 and 200"}]}""";

    public static final String PROBLEM_503 = """
            {"type":"urn:budget-disclosure:problem:dependency-unavailable","title":"A dependency is unavailable","status":503,
            "detail":"The disclosure cannot be assembled; missing: performance (performance-service did not answer within 2000 ms). Ask with partial=true for the rest.",
            "instance":"/api/v1/disclosures/402001/2025","requestId":"5b0c8a52-8a6b-4c1e-9d7e-0f4b1d2a3c4d",
            "missingParts":[{"part":"performance","service":"performance-service","reason":"performance-service did not answer within 2000 ms"}]}""";
}
