package org.budgetdisclosure.budget.rest;

/**
 * OpenAPI examples, all taken from the sample unit (长治市上党区中小企业服务中心, 2025). The full
 * budget and unit documents are attached from samples/ by {@link SampleExamplesFilter}.
 */
final class Examples {

    private Examples() {
    }

    static final String TABLE_3 = """
            {"number":3,"title":"2025年预算支出总表","unitName":"长治市上党区中小企业服务中心","unitLabel":"万元",
             "columns":[{"key":"item","label":"项目","kind":"group","children":[
                 {"key":"code","label":"科目编码","kind":"text","children":[]},
                 {"key":"name","label":"科目名称","kind":"text","children":[]}]},
               {"key":"budget","label":"2025年预算数","kind":"group","children":[
                 {"key":"total","label":"合计","kind":"amount","children":[]},
                 {"key":"basic","label":"基本支出","kind":"amount","children":[]},
                 {"key":"project","label":"项目支出","kind":"amount","children":[]}]}],
             "rows":[
               {"kind":"total","code":null,"name":"合计","level":0,"cells":["合计",null,"422.96","140.83","282.12"],
                "amounts":{"total":"4229565.00","basic":"1408325.00","project":"2821240.00"}},
               {"kind":"subtotal","code":"208","name":"社会保障和就业支出","level":1,
                "cells":["208","社会保障和就业支出","28.42","28.42",null],
                "amounts":{"total":"284245.00","basic":"284245.00","project":"0.00"}},
               {"kind":"item","code":"2080501","name":"行政单位离退休","level":3,
                "cells":["2080501","行政单位离退休","10.44","10.44",null],
                "amounts":{"total":"104415.00","basic":"104415.00","project":"0.00"}}],
             "empty":false,"note":null}""";

    static final String TABLE_10 = """
            {"number":10,"title":"2025年财政拨款安排“三公”经费支出预算表","unitName":"长治市上党区中小企业服务中心","unitLabel":"万元",
             "columns":[{"key":"item","label":"项目","kind":"text","children":[]}],
             "rows":[{"kind":"item","code":null,"name":"因公出国（境）费","level":1,"cells":["因公出国（境）费",null,null,null,null],
                      "amounts":{"total":"0.00"}}],
             "empty":true,"note":"注：本表无数据"}""";

    static final String FIGURES = """
            {"unitCode":"402001","fiscalYear":2025,
             "incomeTotal":{"current":{"yuan":"4229565.00","wan":"422.96"},"prior":{"yuan":"8901165.00","wan":"890.12"},
                            "change":{"yuan":"4671600.00","wan":"467.16"},"direction":"DECREASE","directionZh":"减少","percent":"52.48"},
             "expenditureByKind":[
               {"code":"BASIC","name":"基本支出","amount":{"yuan":"1408325.00","wan":"140.83"},"percent":"33.30"},
               {"code":"PROJECT","name":"项目支出","amount":{"yuan":"2821240.00","wan":"282.12"},"percent":"66.70"}]}""";

    static final String FINDINGS = """
            {"unitCode":"402001","fiscalYear":2025,"errors":0,"warnings":0,"infos":9,"publishable":true,
             "findings":[{"ruleId":"BGT-DISPLAY-ROUNDING","severity":"INFO",
               "messageZh":"按万元四舍五入显示后，下级显示值之和与上级显示值相差0.02万元：301 工资福利支出",
               "messageEn":"Rounded to 10k yuan, the displayed children differ from the displayed parent by 0.02: 301 工资福利支出 (exact amounts agree)",
               "location":{"table":6,"row":"301 工资福利支出","column":"total","field":null}},
              {"ruleId":"BGT-OPERATING-EXPENSES","severity":"INFO",
               "messageZh":"机关运行经费仅适用于行政单位和参照公务员法管理的事业单位，本单位性质为事业单位",
               "messageEn":"Operating expenses (机关运行经费) apply to administrative units and civil-service-managed institutions only; this unit is PUBLIC_INSTITUTION",
               "location":{"table":11,"row":"部门合计","column":"合计","field":null}}]}""";

    static final String BUDGET_LIST = """
            {"items":[{"unitCode":"402001","unitName":"长治市上党区中小企业服务中心","regionCode":"140404","fiscalYear":2025,
                       "published":{"revision":1,"publishedAt":"2025-05-14T01:00:00Z",
                                    "contentHash":"sha256:9f2c4e0b7a1d3c5e8f6a2b4d0c7e9a1b3d5f7e9c2a4b6d8f0e1c3a5b7d9f1e3a"},
                       "draft":{"status":"APPROVED","version":3,"updatedAt":"2025-05-14T09:00:00+08:00"}}],"next":null}""";

    static final String REVISIONS = """
            {"unitCode":"402001","fiscalYear":2025,"latest":1,
             "draftHash":"sha256:9f2c4e0b7a1d3c5e8f6a2b4d0c7e9a1b3d5f7e9c2a4b6d8f0e1c3a5b7d9f1e3a",
             "items":[{"revision":1,"state":"PUBLISHED","publishedAt":"2025-05-14T01:00:00Z","publishedBy":"publisher-402001",
                       "contentHash":"sha256:9f2c4e0b7a1d3c5e8f6a2b4d0c7e9a1b3d5f7e9c2a4b6d8f0e1c3a5b7d9f1e3a",
                       "changes":{"previousRevision":null,"count":0,"truncated":false,"items":[]},"withdrawal":null}]}""";

    static final String REVISION_CONFLICT_PROBLEM = """
            {"type":"urn:budget-disclosure:problem:conflict","title":"Conflict","status":409,
             "detail":"The next revision of the 2025 budget of 402001 is 2; revision 1 is frozen with other content: nothing was frozen as 1",
             "instance":"/api/v1/budgets/402001/2025/revisions/1","requestId":"5b0c8a52-8a6b-4c1e-9d7e-0f4b1d2a3c4d","errors":[]}""";

    static final String PRECONDITION_REQUIRED_PROBLEM = """
            {"type":"urn:budget-disclosure:problem:precondition-required","title":"Precondition required","status":428,
             "detail":"Changing the 2025 budget of 402001 needs If-Match with the ETag you read (now \\"9c1d\\")",
             "instance":"/api/v1/budgets/402001/2025","requestId":"5b0c8a52-8a6b-4c1e-9d7e-0f4b1d2a3c4d","errors":[]}""";

    static final String PUBLISHED_STATUS_PROBLEM = """
            {"type":"urn:budget-disclosure:problem:validation-failed","title":"A draft cannot be stored as published","status":422,
             "detail":"1 field is invalid: status must be DRAFT or APPROVED: status PUBLISHED is reached only by publishing, through POST /api/v1/disclosures/402001/2025/publish",
             "instance":"/api/v1/budgets/402001/2025","requestId":"5b0c8a52-8a6b-4c1e-9d7e-0f4b1d2a3c4d",
             "errors":[{"field":"status","reason":"must be DRAFT or APPROVED: status PUBLISHED is reached only by publishing, through POST /api/v1/disclosures/402001/2025/publish"}]}""";

    static final String VALIDATION_PROBLEM = """
            {"type":"urn:budget-disclosure:problem:validation-failed","title":"The budget document is not valid","status":422,
             "detail":"1 field is invalid: expenditureLines[0].amount must not be negative: -1.00",
             "instance":"/api/v1/budgets/402001/2025","requestId":"5b0c8a52-8a6b-4c1e-9d7e-0f4b1d2a3c4d",
             "errors":[{"field":"expenditureLines[0].amount","reason":"must not be negative: -1.00"}]}""";

    static final String MALFORMED_PROBLEM = """
            {"type":"urn:budget-disclosure:problem:malformed-request","title":"The request body cannot be read","status":400,
             "detail":"body is not well-formed JSON (line 1, column 12)","instance":"/api/v1/budgets/402001/2025",
             "requestId":"5b0c8a52-8a6b-4c1e-9d7e-0f4b1d2a3c4d","errors":[{"field":"body","reason":"is not well-formed JSON"}]}""";

    static final String NOT_FOUND_PROBLEM = """
            {"type":"urn:budget-disclosure:problem:not-found","title":"Not found","status":404,
             "detail":"No 2030 budget of unit 402001","instance":"/api/v1/budgets/402001/2030",
             "requestId":"5b0c8a52-8a6b-4c1e-9d7e-0f4b1d2a3c4d","errors":[]}""";

    static final String CONFLICT_PROBLEM = """
            {"type":"urn:budget-disclosure:problem:conflict","title":"Conflict","status":409,
             "detail":"Unit 402001 has published revisions, which stay served: it cannot be deleted",
             "instance":"/api/v1/units/402001","requestId":"5b0c8a52-8a6b-4c1e-9d7e-0f4b1d2a3c4d","errors":[]}""";

    static final String PRECONDITION_PROBLEM = """
            {"type":"urn:budget-disclosure:problem:precondition-failed","title":"Precondition failed","status":412,
             "detail":"If-Match \\"0f3a\\" does not name the current version \\"9c1d\\"","instance":"/api/v1/budgets/402001/2025",
             "requestId":"5b0c8a52-8a6b-4c1e-9d7e-0f4b1d2a3c4d","errors":[]}""";

    static final String TOO_LARGE_PROBLEM = """
            {"type":"urn:budget-disclosure:problem:payload-too-large","title":"Payload too large","status":413,
             "detail":"The request body is 3145728 bytes; at most 2097152 are accepted","instance":"/api/v1/budgets/402001/2025",
             "requestId":"5b0c8a52-8a6b-4c1e-9d7e-0f4b1d2a3c4d","errors":[]}""";

    static final String CLASSIFICATION_TREE = """
            [{"code":"208","name":"社会保障和就业支出","level":1,"parentCode":null,"children":[
               {"code":"20805","name":"行政事业单位养老支出","level":2,"parentCode":"208","children":[
                 {"code":"2080501","name":"行政单位离退休","level":3,"parentCode":"20805","children":[]}]}]}]""";

    static final String CLASSIFICATION = """
            {"code":"2150805","name":"中小企业发展专项","level":3,"parentCode":"21508","children":[]}""";

    static final String FUNDING_SOURCES = """
            [{"code":"GENERAL_PUBLIC_BUDGET","name":"一般公共预算","fiscalAppropriation":true},
             {"code":"UNIT_FUNDS","name":"单位资金","fiscalAppropriation":false}]""";

    static final String UNIT_LIST = """
            {"items":[{"code":"402001","name":"长治市上党区中小企业服务中心","regionCode":"140404","unitType":"PUBLIC_INSTITUTION",
               "competentDepartmentCode":"402","competentDepartmentName":"长治市上党区发展和改革委员会",
               "duties":["承办区委、区政府交办的其他事项。"],"internalStructure":"三股一室：财务人事股、规划监测股、产业指导股、综合办公室。",
               "staffing":[{"fiscalYear":2025,"authorizedPositions":10,"actualStaff":10}]}],"next":null}""";

    static final String CATALOGUE_CSV = """
            code,name,level,parent_code
            215,资源勘探工业信息等支出,类,
            21508,支持中小企业发展和管理支出,款,215
            2150805,中小企业发展专项,项,21508
            """;

    static final String IMPORT_RESULT = """
            {"scheme":"FUNCTIONAL","fiscalYear":2025,"entries":93}""";

    static final String UNAUTHORIZED_PROBLEM = """
            {"type":"urn:budget-disclosure:problem:unauthorized","title":"Unauthorized","status":401,
             "detail":"This operation needs a bearer token","instance":"/api/v1/budgets/402001/2025",
             "requestId":"5b0c8a52-8a6b-4c1e-9d7e-0f4b1d2a3c4d","errors":[]}""";

    static final String FORBIDDEN_ROLE_PROBLEM = """
            {"type":"urn:budget-disclosure:problem:forbidden","title":"Forbidden","status":403,
             "detail":"The token's roles do not allow this operation; it needs one of: editor, publisher, admin",
             "instance":"/api/v1/budgets/402001/2025","requestId":"5b0c8a52-8a6b-4c1e-9d7e-0f4b1d2a3c4d","errors":[]}""";

    static final String FORBIDDEN_UNIT_PROBLEM = """
            {"type":"urn:budget-disclosure:problem:forbidden","title":"Forbidden","status":403,
             "detail":"The token's unit scope does not cover unit 402001",
             "instance":"/api/v1/budgets/402001/2025","requestId":"5b0c8a52-8a6b-4c1e-9d7e-0f4b1d2a3c4d","errors":[]}""";

    static final String FORBIDDEN_REFERENCE_PROBLEM = """
            {"type":"urn:budget-disclosure:problem:forbidden","title":"Forbidden","status":403,
             "detail":"The token's roles do not allow this operation; it needs one of: admin",
             "instance":"/api/v1/units/402001","requestId":"5b0c8a52-8a6b-4c1e-9d7e-0f4b1d2a3c4d","errors":[]}""";

    static final String FORBIDDEN_NO_UNIT_PROBLEM = """
            {"type":"urn:budget-disclosure:problem:forbidden","title":"Forbidden","status":403,
             "detail":"This write names no unit; only a token scoped to every unit may make it",
             "instance":"/api/v1/classifications/functional/2025","requestId":"5b0c8a52-8a6b-4c1e-9d7e-0f4b1d2a3c4d","errors":[]}""";
}
