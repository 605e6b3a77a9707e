package org.budgetdisclosure.performance.rest;

/** OpenAPI example payloads, taken from the sample unit (402001, 2025). */
public final class Examples {

    private Examples() {
    }

    /** The documentation of every read's ?revision= parameter (docs/publication.md). */
    public static final String REVISION_PARAMETER = "latest (default): the newest published, not withdrawn revision; "
            + "a number: that revision (a withdrawn one too, with Publication-State: WITHDRAWN); draft: the working copy, "
            + "for a viewer, editor, publisher or admin whose units cover the unit (else 404 as for an unknown unit-year)";

    public static final String IF_MATCH = "the ETag read; required to replace existing content (428 without it, "
            + "412 when it does not match); absent to create";
    public static final String IF_MATCH_REQUIRED = "the ETag read; required (428 without it, 412 when it does not match)";
    public static final String IF_NONE_MATCH = "* to create only: 412 when the resource exists";
    public static final String PROBLEM_428 = """
            {"type":"urn:budget-disclosure:problem:precondition-required","title":"Precondition required","status":428,
             "detail":"Changing or deleting the form of project 402001250002 needs If-Match with the ETag read (a GET answers it)",
             "instance":"/api/v1/performance/402001/2025/forms/402001250002",
             "requestId":"7d1c6a52-8c1e-4d55-9a4e-0f3b2c8f1a10","errors":[]}""";

    public static final String REVISION = """
            {"revision":1,"state":"PUBLISHED","publishedAt":"2025-05-14T09:30:00Z","publishedBy":"budget-management-system",
             "contentHash":"sha256:5c3f0c1e2b8f4a6d9e7b1c3a5f7e9d1b3c5a7e9f1d3b5c7a9e1f3d5b7c9a1e3f",
             "changes":{"previousRevision":null,"count":0,"truncated":false,"items":[]},"withdrawal":null,
             "content":{"unitYear":{"unitCode":"402001","fiscalYear":2025,"unitName":"长治市上党区中小企业服务中心",
              "regionName":"上党区","overallGoal":{"reported":false,"amount":"0.00","goalText":null,
              "statement":"2025年本单位未编报整体绩效目标,涉及资金0万元"},"projectExpenditureTotal":null},
              "summary":null,"forms":[],"goals":[]}}""";

    public static final String REVISIONS = """
            {"unitCode":"402001","fiscalYear":2025,"latest":1,
             "draftHash":"sha256:5c3f0c1e2b8f4a6d9e7b1c3a5f7e9d1b3c5a7e9f1d3b5c7a9e1f3d5b7c9a1e3f",
             "items":[{"revision":1,"state":"PUBLISHED","publishedAt":"2025-05-14T09:30:00Z","publishedBy":"budget-management-system",
             "contentHash":"sha256:5c3f0c1e2b8f4a6d9e7b1c3a5f7e9d1b3c5a7e9f1d3b5c7a9e1f3d5b7c9a1e3f",
             "changes":{"previousRevision":null,"count":0,"truncated":false,"items":[]},"withdrawal":null}]}""";

    public static final String PROBLEM_409_REVISION = """
            {"type":"urn:budget-disclosure:problem:conflict","title":"Conflict","status":409,
             "detail":"Revision 3 cannot be frozen now; the next revision is 2",
             "instance":"/api/v1/performance/402001/2025/revisions/3",
             "requestId":"7d1c6a52-8c1e-4d55-9a4e-0f3b2c8f1a10","errors":[{"field":"revision","reason":"expected 2"}]}""";

    public static final String AUDIT = """
            {"items":[{"id":42,"at":"2025-05-14T09:30:00Z","actor":"budget-management-system","roles":"publisher",
             "action":"PUBLISH","method":"PUT","path":"/api/v1/performance/402001/2025/revisions/1","unitCode":"402001",
             "fiscalYear":2025,"resource":"revisions/1","beforeHash":null,
             "afterHash":"sha256:5c3f0c1e2b8f4a6d9e7b1c3a5f7e9d1b3c5a7e9f1d3b5c7a9e1f3d5b7c9a1e3f",
             "requestId":"7d1c6a52-8c1e-4d55-9a4e-0f3b2c8f1a10"}],"next":"42"}""";

    public static final String FORM = """
            {"unitCode":"402001","fiscalYear":2025,"projectCode":"402001250002",
             "projectName":"民营经济专项转移支付——“小升规”奖励资金",
             "formTitle":"上党区县(区)级预算部门(单位)项目支出绩效目标表","formSubtitle":"(2025年度)",
             "competentDepartment":{"code":"906","name":"经建股单位","printed":"906-经建股单位"},
             "implementingUnit":"长治市上党区中小企业服务中心","attribute":"ONE_OFF","attributeName":"一次性项目",
             "attributeText":"一次性项目(1年结束)","period":"1年","category":"SPECIFIC_GOAL","categoryName":"特定目标类",
             "funds":{"implementationPeriod":{"total":"1200000.00","central":"0.00","provincial":"1200000.00",
                      "municipal":"0.00","selfRaised":"0.00","other":null},
                      "annual":{"total":"1200000.00","central":"0.00","provincial":"1200000.00",
                      "municipal":"0.00","selfRaised":"0.00","other":null}},
             "overview":"为推动规下工业企业上规升级,…","legalBasis":"晋办发【2020】38号…","necessity":"为进一步推动我区中小微工业企业上规升级。",
             "safeguards":"1、加强对中小企业发展专项资金的监督和审计,…","implementationPlan":"2023年度培育的小升规企业,…",
             "overallGoals":{"implementationPeriod":"对2023年首次入规企业、…","annual":"对2023年首次入规企业、…"},
             "indicators":{"implementationPeriod":[{"level1":"OUTPUT","level1Name":"产出指标","level2":"QUANTITY",
               "level2Name":"数量指标","name":"培育“小升规”企业数量","target":"4户",
               "targetParsed":{"comparator":null,"comparatorSymbol":null,"number":"4","word":null,"unit":"户"}}],
               "annual":[{"level1":"OUTPUT","level1Name":"产出指标","level2":"QUANTITY","level2Name":"数量指标",
               "name":"培育“小升规”企业数量","target":"4户",
               "targetParsed":{"comparator":null,"comparatorSymbol":null,"number":"4","word":null,"unit":"户"}}]},
             "published":true,
             "metadata":{"filledAt":"2025-01-15T16:32:05+08:00","filledAtPrinted":"20250115163205",
                         "responsiblePerson":null,"handler":null,"phone":null}}
            """;

    public static final String FORM_LIST = """
            {"items":[{"unitCode":"402001","fiscalYear":2025,"projectCode":"402001250001",
              "projectName":"民营经济(中小微企业)发展专项资金","category":"SPECIFIC_GOAL","categoryName":"特定目标类",
              "annualTotal":"1200000.00","published":true,
              "href":"/api/v1/performance/402001/2025/forms/402001250001"}],
             "next":"NDAyMDAxfDIwMjV8NDAyMDAxMjUwMDAx"}
            """;

    public static final String SUMMARY = """
            {"unitCode":"402001","fiscalYear":2025,
             "overallGoal":{"reported":false,"amount":"0.00","amountWanYuan":"0.00","goalText":null,
                            "statement":"2025年本单位未编报整体绩效目标,涉及资金0万元"},
             "managed":{"count":4,"amount":"2821240.00","amountWanYuan":"282.12","byCategory":[
               {"category":"OTHER_OPERATION","categoryName":"其他运转类","count":1,"amount":"21240.00","amountWanYuan":"2.12"},
               {"category":"SPECIFIC_GOAL","categoryName":"特定目标类","count":3,"amount":"2800000.00","amountWanYuan":"280.00"}]},
             "published":{"count":4,"amount":"2821240.00","amountWanYuan":"282.12","byCategory":[
               {"category":"OTHER_OPERATION","categoryName":"其他运转类","count":1,"amount":"21240.00","amountWanYuan":"2.12"},
               {"category":"SPECIFIC_GOAL","categoryName":"特定目标类","count":3,"amount":"2800000.00","amountWanYuan":"280.00"}],
               "shareOfProjectExpenditure":"100.00","shareStatus":"AVAILABLE","projectExpenditureTotal":"2821240.00",
               "projectExpenditureSource":"BUDGET_SERVICE"}}
            """;

    public static final String VALIDATION = """
            {"unitCode":"402001","fiscalYear":2025,"projectCode":"402001250001","publishable":true,"errors":0,
             "warnings":1,"infos":0,"findings":[{"ruleId":"PERF-COST-ARITHMETIC","severity":"WARNING","status":"FAILED",
             "messageZh":"实施期数量指标×单项成本为100.00万元,与“补助“小升规”企业总金额”120.00万元不一致",
             "messageEn":"In the implementationPeriod indicators, count × per-item cost gives 100.00 万元 but the stated total is 120.00 万元",
             "location":{"form":"402001250001","field":"indicators.implementationPeriod[3].target",
                         "indicatorPath":"产出指标/成本指标/补助“小升规”企业总金额"}}]}
            """;

    public static final String GOAL = """
            {"unitCode":"402001","fiscalYear":2025,"projectCode":"402001250003","projectName":"遗属人员补助",
             "category":"OTHER_OPERATION","categoryName":"其他运转类","amount":"21240.00","published":true,"hasForm":false}
            """;

    public static final String UNIT = """
            {"unitCode":"402001","fiscalYear":2025,"unitName":"长治市上党区中小企业服务中心","regionName":"上党区",
             "overallGoal":{"reported":false,"amount":"0.00","goalText":null,
                            "statement":"2025年本单位未编报整体绩效目标,涉及资金0万元"},
             "projectExpenditureTotal":null}
            """;

    public static final String GRID = """
            {"number":null,"title":"上党区县(区)级预算部门(单位)项目支出绩效目标表","unitName":"长治市上党区中小企业服务中心",
             "unitLabel":"元","columns":[{"key":"label","label":"项目","kind":"text","children":[]}],
             "rows":[{"kind":"item","code":"funds.total","name":"实施期资金总额:","level":1,
                      "cells":["项目资金(元)","实施期资金总额:","1,200,000","年度资金总额:","1,200,000",null,null,null]}],
             "empty":false,"note":null}
            """;

    public static final String PROBLEM_422 = """
            {"type":"urn:budget-disclosure:problem:validation-failed","title":"Validation failed","status":422,
             "detail":"The form has 1 invalid field(s)","instance":"/api/v1/performance/402001/2025/forms/402001250002",
             "requestId":"7d1c6a52-8c1e-4d55-9a4e-0f3b2c8f1a10",
             "errors":[{"field":"indicators.annual[3].target","reason":"a target needs the indicator's name (三级指标)"}]}
            """;

    public static final String PROBLEM_400 = """
            {"type":"urn:budget-disclosure:problem:malformed-request","title":"Malformed request","status":400,
             "detail":"The request body is not valid JSON","instance":"/api/v1/performance/402001/2025/forms/402001250002",
             "requestId":"7d1c6a52-8c1e-4d55-9a4e-0f3b2c8f1a10","errors":[]}
            """;

    public static final String PROBLEM_404 = """
            {"type":"urn:budget-disclosure:problem:not-found","title":"Not found","status":404,
             "detail":"No performance form for project 402001250003 of unit 402001 in 2025",
             "instance":"/api/v1/performance/402001/2025/forms/402001250003",
             "requestId":"7d1c6a52-8c1e-4d55-9a4e-0f3b2c8f1a10","errors":[]}
            """;

    public static final String PROBLEM_409 = """
            {"type":"urn:budget-disclosure:problem:conflict","title":"Conflict","status":409,
             "detail":"A form for project 402001250002 already exists; use PUT to replace it",
             "instance":"/api/v1/performance/402001/2025/forms","requestId":"7d1c6a52-8c1e-4d55-9a4e-0f3b2c8f1a10","errors":[]}
            """;

    public static final String PROBLEM_412 = """
            {"type":"urn:budget-disclosure:problem:precondition-failed","title":"Precondition failed","status":412,
             "detail":"If-Match does not match the stored form",
             "instance":"/api/v1/performance/402001/2025/forms/402001250002",
             "requestId":"7d1c6a52-8c1e-4d55-9a4e-0f3b2c8f1a10","errors":[]}
            """;

    public static final String PROBLEM_401 = """
            {"type":"urn:budget-disclosure:problem:unauthorized","title":"Unauthorized","status":401,
             "detail":"This operation needs a bearer token",
             "instance":"/api/v1/performance/402001/2025/forms/402001250002",
             "requestId":"7d1c6a52-8c1e-4d55-9a4e-0f3b2c8f1a10","errors":[]}
            """;

    public static final String PROBLEM_403_ROLE = """
            {"type":"urn:budget-disclosure:problem:forbidden","title":"Forbidden","status":403,
             "detail":"The token's roles do not allow this operation; it needs one of: editor, admin",
             "instance":"/api/v1/performance/402001/2025/forms/402001250002",
             "requestId":"7d1c6a52-8c1e-4d55-9a4e-0f3b2c8f1a10","errors":[]}
            """;

    public static final String PROBLEM_403_UNIT = """
            {"type":"urn:budget-disclosure:problem:forbidden","title":"Forbidden","status":403,
             "detail":"The token's unit scope does not cover unit 402001",
             "instance":"/api/v1/performance/402001/2025/forms/402001250002",
             "requestId":"7d1c6a52-8c1e-4d55-9a4e-0f3b2c8f1a10","errors":[]}
            """;
}
