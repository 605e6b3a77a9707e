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
            "detail":"year must be an integer from 2000 to 2100, not twenty","instance":"/api/v1/disclosures/402001/twenty",
            "requestId":"5b0c8a52-8a6b-4c1e-9d7e-0f4b1d2a3c4d","errors":[{"field":"year","reason":"must be an integer from 2000 to 2100"}]}""";

    public static final String PROBLEM_406 = """
            {"type":"urn:budget-disclosure:problem:not-acceptable","title":"Not acceptable","status":406,
            "detail":"format must be json, html or xlsx","instance":"/api/v1/disclosures/402001/2025",
            "requestId":"5b0c8a52-8a6b-4c1e-9d7e-0f4b1d2a3c4d"}""";

    public static final String PROBLEM_404 = """
            {"type":"urn:budget-disclosure:problem:not-found","title":"Not found","status":404,
            "detail":"No budget of unit 402001 for 2019","instance":"/api/v1/disclosures/402001/2019",
            "requestId":"5b0c8a52-8a6b-4c1e-9d7e-0f4b1d2a3c4d"}""";

    public static final String PROBLEM_400_LIMIT = """
            {"type":"urn:budget-disclosure:problem:malformed-request","title":"The request is malformed","status":400,
            "detail":"limit must be between 1 and 200","instance":"/api/v1/disclosures",
            "requestId":"5b0c8a52-8a6b-4c1e-9d7e-0f4b1d2a3c4d","errors":[{"field":"limit","reason":"must be between 1 and 200"}]}""";

    public static final String PROBLEM_503 = """
            {"type":"urn:budget-disclosure:problem:dependency-unavailable","title":"A dependency is unavailable","status":503,
            "detail":"The disclosure cannot be assembled; missing: performance (performance-service did not answer within 2000 ms). Ask with partial=true for the rest.",
            "instance":"/api/v1/disclosures/402001/2025","requestId":"5b0c8a52-8a6b-4c1e-9d7e-0f4b1d2a3c4d",
            "missingParts":[{"part":"performance","service":"performance-service","reason":"performance-service did not answer within 2000 ms"}]}""";

    public static final String REVISION = """
            {"unitCode":"402001","fiscalYear":2025,"revision":1,"state":"PUBLISHED","publishedAt":"2025-05-14T08:00:00Z","withdrawal":null,
            "href":"/api/v1/disclosures/402001/2025?revision=1",
            "parts":{"budget":{"revision":1,"state":"PUBLISHED","publishedAt":"2025-05-14T08:00:00Z","publishedBy":"publisher-402001",
            "contentHash":"sha256:9f2c4e0c1b7a55d3a8f0e6b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1",
            "changes":{"previousRevision":null,"count":0,"truncated":false,"items":[]},"withdrawal":null},
            "performance":{"revision":1,"state":"PUBLISHED","publishedAt":"2025-05-14T08:00:00Z","publishedBy":"publisher-402001",
            "contentHash":"sha256:1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f809",
            "changes":{"previousRevision":null,"count":0,"truncated":false,"items":[]},"withdrawal":null},
            "assets":{"revision":1,"state":"PUBLISHED","publishedAt":"2025-05-14T08:00:00Z","publishedBy":"publisher-402001",
            "contentHash":"sha256:0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0",
            "changes":{"previousRevision":null,"count":0,"truncated":false,"items":[]},"withdrawal":null}}}""";

    public static final String REVISION_WITHDRAWN = """
            {"unitCode":"402001","fiscalYear":2025,"revision":1,"state":"WITHDRAWN","publishedAt":"2025-05-14T08:00:00Z",
            "withdrawal":{"at":"2025-06-01T08:00:00Z","by":"publisher-402001","reason":"表3数据有误，已发布更正版本"},
            "href":"/api/v1/disclosures/402001/2025?revision=1",
            "parts":{"budget":{"revision":1,"state":"WITHDRAWN","contentHash":"sha256:9f2c4e0c1b7a55d3a8f0e6b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1",
            "withdrawal":{"at":"2025-06-01T08:00:00Z","by":"publisher-402001","reason":"表3数据有误，已发布更正版本"}}}}""";

    public static final String REVISIONS = """
            {"unitCode":"402001","fiscalYear":2025,"latest":1,"items":[""" + "" + """
            {"unitCode":"402001","fiscalYear":2025,"revision":1,"state":"PUBLISHED","publishedAt":"2025-05-14T08:00:00Z","withdrawal":null,
            "href":"/api/v1/disclosures/402001/2025?revision=1","parts":{"budget":{"revision":1,"state":"PUBLISHED",
            "publishedAt":"2025-05-14T08:00:00Z","publishedBy":"publisher-402001",
            "contentHash":"sha256:9f2c4e0c1b7a55d3a8f0e6b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1",
            "changes":{"previousRevision":null,"count":0,"truncated":false,"items":[]},"withdrawal":null}}}]}""";

    public static final String PROBLEM_401 = """
            {"type":"urn:budget-disclosure:problem:unauthorized","title":"Unauthorized","status":401,
            "detail":"A valid bearer token is required to write (docs/identity.md)","instance":"/api/v1/disclosures/402001/2025/publish",
            "requestId":"5b0c8a52-8a6b-4c1e-9d7e-0f4b1d2a3c4d","errors":[]}""";

    public static final String PROBLEM_403 = """
            {"type":"urn:budget-disclosure:problem:forbidden","title":"Forbidden","status":403,
            "detail":"The token's roles do not allow this (publisher or admin needed)","instance":"/api/v1/disclosures/402001/2025/publish",
            "requestId":"5b0c8a52-8a6b-4c1e-9d7e-0f4b1d2a3c4d","errors":[]}""";

    public static final String PROBLEM_409 = """
            {"type":"urn:budget-disclosure:problem:conflict","title":"Conflict","status":409,
            "detail":"The drafts have 1 error(s); nothing new was published","instance":"/api/v1/disclosures/402001/2025/publish",
            "requestId":"5b0c8a52-8a6b-4c1e-9d7e-0f4b1d2a3c4d",
            "errors":[{"field":"gateway:X-PROCUREMENT-BUDGET","reason":"Procurement 5000000.00 exceeds the total expenditure 4229565.00"}],
            "findings":[{"source":"gateway","ruleId":"X-PROCUREMENT-BUDGET","severity":"ERROR",
            "messageZh":"政府采购预算总额500.00万元超过支出总额422.96万元","messageEn":"Procurement 5000000.00 exceeds the total expenditure 4229565.00",
            "location":{"service":"asset","where":"procurement"}}]}""";

    public static final String PROBLEM_503_PUBLISH = """
            {"type":"urn:budget-disclosure:problem:dependency-unavailable","title":"A dependency is unavailable","status":503,
            "detail":"performance-service refused the connection (down?). Revision 2 is not complete yet (readers keep the previous one); calling publish again completes revision 2.",
            "instance":"/api/v1/disclosures/402001/2025/publish","requestId":"5b0c8a52-8a6b-4c1e-9d7e-0f4b1d2a3c4d","errors":[],
            "missingParts":[{"part":"performance","service":"performance-service","reason":"performance-service refused the connection (down?)"}]}""";

    public static final String PROBLEM_422_REASON = """
            {"type":"urn:budget-disclosure:problem:validation-failed","title":"Validation failed","status":422,
            "detail":"reason must be 1–2000 characters","instance":"/api/v1/disclosures/402001/2025/revisions/1/withdrawal",
            "requestId":"5b0c8a52-8a6b-4c1e-9d7e-0f4b1d2a3c4d","errors":[{"field":"reason","reason":"must not be blank"}]}""";
}
