package org.budgetdisclosure.asset.rest;

/** OpenAPI example payloads, taken from the sample unit 402001 (长治市上党区中小企业服务中心, 2025). */
public final class Examples {

    private Examples() {
    }

    public static final String SNAPSHOT = """
            {"unitCode":"402001","fiscalYear":2025,"unitName":"长治市上党区中小企业服务中心","asOfDate":"2025-05-14",
             "vehicles":{"source":"REGISTER","allowed":0,"actual":0,"byCategory":[
              {"category":"LEADERSHIP","categoryName":"领导用车","allowed":0,"actual":0},
              {"category":"CONFIDENTIAL_COMMUNICATION","categoryName":"机要通信用车","allowed":0,"actual":0},
              {"category":"EMERGENCY_SUPPORT","categoryName":"应急保障用车","allowed":0,"actual":0},
              {"category":"LAW_ENFORCEMENT","categoryName":"执法执勤用车","allowed":0,"actual":0},
              {"category":"SPECIAL_TECHNICAL","categoryName":"特种专业技术用车","allowed":0,"actual":0},
              {"category":"INSTITUTION_BUSINESS","categoryName":"事业单位业务用车","allowed":0,"actual":0},
              {"category":"OTHER_OFFICIAL","categoryName":"其他公务用车","allowed":0,"actual":0}]},
             "buildings":{"officeSpace":"204.11","otherFloorAreas":[]},
             "equipment":{"source":"REGISTER","atLeast500k":0,"atLeast1m":0},
             "procurement":{"total":"3800.00","goods":"3800.00","works":"0.00","services":"0.00","smeSetAside":"0.00",
              "totalWan":"0.38","goodsWan":"0.38","worksWan":"0.00","servicesWan":"0.00"},
             "purchasedServices":{"none":true,"entries":[],"note":"本单位不涉及政府购买服务事项。"}}""";

    public static final String STATEMENT_INPUT = """
            {"unitName":"长治市上党区中小企业服务中心","asOfDate":"2025-05-14",
             "vehicleQuota":[{"category":"LEADERSHIP","allowed":0},{"category":"CONFIDENTIAL_COMMUNICATION","allowed":0},
              {"category":"EMERGENCY_SUPPORT","allowed":0},{"category":"LAW_ENFORCEMENT","allowed":0},
              {"category":"SPECIAL_TECHNICAL","allowed":0},{"category":"INSTITUTION_BUSINESS","allowed":0},
              {"category":"OTHER_OFFICIAL","allowed":0}],
             "officeSpace":"204.11","otherFloorAreas":[]}""";

    public static final String STATEMENT = """
            {"unitCode":"402001","fiscalYear":2025,"unitName":"长治市上党区中小企业服务中心","asOfDate":"2025-05-14",
             "vehicleQuota":[{"category":"LEADERSHIP","categoryName":"领导用车","allowed":0,"reportedActual":null}],
             "officeSpace":"204.11","otherFloorAreas":[],"reportedEquipmentCounts":null}""";

    public static final String PROCUREMENT_INPUT = """
            {"items":[{"type":"GOODS","description":"办公设备及耗材","amount":"3800.00"}],
             "reportedTotals":{"total":"3800.00","goods":"3800.00","works":"0.00","services":"0.00"}}""";

    public static final String PROCUREMENT = """
            {"unitCode":"402001","fiscalYear":2025,
             "items":[{"position":1,"type":"GOODS","typeName":"货物","description":"办公设备及耗材","amount":"3800.00","smeSetAside":null}],
             "reportedTotals":{"total":"3800.00","goods":"3800.00","works":"0.00","services":"0.00"},
             "totals":{"total":"3800.00","goods":"3800.00","works":"0.00","services":"0.00","smeSetAside":"0.00",
              "totalWan":"0.38","goodsWan":"0.38","worksWan":"0.00","servicesWan":"0.00"}}""";

    public static final String PURCHASED_SERVICES_INPUT = """
            {"none":true,"entries":[],"note":"本单位不涉及政府购买服务事项。"}""";

    public static final String PURCHASED_SERVICES = """
            {"unitCode":"402001","fiscalYear":2025,"none":true,"entries":[],"note":"本单位不涉及政府购买服务事项。"}""";

    public static final String VEHICLE_INPUT = """
            {"plateNumber":"晋D·A1234","category":"INSTITUTION_BUSINESS","acquisitionDate":"2019-06-01",
             "originalValue":"185000.00","status":"IN_USE"}""";

    public static final String VEHICLE = """
            {"vehicleId":"V-001","plateNumber":"晋D·A1234","category":"INSTITUTION_BUSINESS","categoryName":"事业单位业务用车",
             "acquisitionDate":"2019-06-01","originalValue":"185000.00","status":"IN_USE","statusName":"在用",
             "disposalDate":null,"note":null}""";

    public static final String VEHICLE_REGISTER_INPUT = """
            {"vehicles":[]}""";

    public static final String VEHICLE_PAGE = """
            {"items":[],"next":null}""";

    public static final String EQUIPMENT_INPUT = """
            {"name":"服务器","classificationCode":"A02010104","acquisitionDate":"2021-03-15","originalValue":"620000.00"}""";

    public static final String EQUIPMENT = """
            {"equipmentId":"E-001","name":"服务器","classificationCode":"A02010104","acquisitionDate":"2021-03-15",
             "originalValue":"620000.00","status":"IN_USE","statusName":"在用","disposalDate":null,"note":null}""";

    public static final String EQUIPMENT_REGISTER_INPUT = """
            {"equipment":[]}""";

    public static final String EQUIPMENT_PAGE = """
            {"items":[],"next":null}""";

    public static final String VALIDATION = """
            {"unitCode":"402001","fiscalYear":2025,"publishable":true,"errors":0,"warnings":0,"infos":0,"findings":[]}""";

    public static final String VEHICLES_GRID = """
            {"number":1,"title":"2025年公务用车情况表","unitName":"长治市上党区中小企业服务中心","unitLabel":"辆",
             "columns":[{"key":"category","label":"车辆类别","kind":"text","children":[]},
              {"key":"allowed","label":"编制数","kind":"text","children":[]},
              {"key":"actual","label":"实有数","kind":"text","children":[]}],
             "rows":[{"kind":"total","code":null,"name":"合计","level":0,"cells":["合计","0","0"]},
              {"kind":"item","code":"LEADERSHIP","name":"领导用车","level":1,"cells":["领导用车","0","0"]}],
             "empty":false,"note":"截至2025年5月14日"}""";

    public static final String PROCUREMENT_GRID = """
            {"number":3,"title":"2025年政府采购预算表","unitName":"长治市上党区中小企业服务中心","unitLabel":"万元",
             "columns":[{"key":"item","label":"项目","kind":"text","children":[]},
              {"key":"amount","label":"政府采购预算","kind":"amount","children":[]},
              {"key":"smeSetAside","label":"其中：面向中小企业预留","kind":"amount","children":[]}],
             "rows":[{"kind":"total","code":null,"name":"合计","level":0,"cells":["合计","0.38",null]},
              {"kind":"subtotal","code":"GOODS","name":"货物","level":1,"cells":["货物","0.38",null]},
              {"kind":"item","code":null,"name":"办公设备及耗材","level":2,"cells":["办公设备及耗材","0.38",null]},
              {"kind":"subtotal","code":"WORKS","name":"工程","level":1,"cells":["工程","0.00",null]},
              {"kind":"subtotal","code":"SERVICES","name":"服务","level":1,"cells":["服务","0.00",null]}],
             "empty":false,"note":null}""";

    public static final String ASSETS_GRID = """
            {"number":2,"title":"2025年房屋及通用设备情况表","unitName":"长治市上党区中小企业服务中心","unitLabel":null,
             "columns":[{"key":"item","label":"项目","kind":"text","children":[]},
              {"key":"unit","label":"计量单位","kind":"text","children":[]},
              {"key":"quantity","label":"数量","kind":"text","children":[]}],
             "rows":[{"kind":"heading","code":null,"name":"房屋","level":0,"cells":["房屋",null,null]},
              {"kind":"item","code":"OFFICE_SPACE","name":"办公用房建筑总面积","level":1,"cells":["办公用房建筑总面积","平方米","204.11"]}],
             "empty":false,"note":"截至2025年5月14日"}""";

    public static final String PROBLEM_422 = """
            {"type":"urn:budget-disclosure:problem:validation-failed","title":"Validation failed","status":422,
             "detail":"The request breaks 1 rule(s); nothing was stored: items[0].amount must not be negative",
             "instance":"/api/v1/assets/402001/2025/procurement","requestId":"7d0e5f1c-3b7a-4f7e-9a51-0c8f2d1e6b42",
             "errors":[{"field":"items[0].amount","reason":"must not be negative"}]}""";

    public static final String PROBLEM_400 = """
            {"type":"urn:budget-disclosure:problem:malformed-request","title":"Malformed request","status":400,
             "detail":"body: the body is not valid JSON (line 1, column 12)","instance":"/api/v1/assets/402001/2025/procurement",
             "requestId":"7d0e5f1c-3b7a-4f7e-9a51-0c8f2d1e6b42","errors":[{"field":"body","reason":"the body is not valid JSON (line 1, column 12)"}]}""";

    public static final String PROBLEM_404 = """
            {"type":"urn:budget-disclosure:problem:not-found","title":"Not found","status":404,
             "detail":"Nothing is stated for unit 402001 in 2024","instance":"/api/v1/assets/402001/2024",
             "requestId":"7d0e5f1c-3b7a-4f7e-9a51-0c8f2d1e6b42","errors":[]}""";

    public static final String PROBLEM_412 = """
            {"type":"urn:budget-disclosure:problem:precondition-failed","title":"Precondition failed","status":412,
             "detail":"The resource has changed since it was read (ETag mismatch)","instance":"/api/v1/assets/402001/2025/procurement",
             "requestId":"7d0e5f1c-3b7a-4f7e-9a51-0c8f2d1e6b42","errors":[{"field":"If-Match","reason":"The resource has changed since it was read (ETag mismatch)"}]}""";

    public static final String PROBLEM_428 = """
            {"type":"urn:budget-disclosure:problem:precondition-required","title":"Precondition required","status":428,
             "detail":"This resource exists: an update or delete needs If-Match with the ETag you read; nothing was changed","instance":"/api/v1/assets/402001/2025/procurement",
             "requestId":"7d0e5f1c-3b7a-4f7e-9a51-0c8f2d1e6b42","errors":[{"field":"If-Match","reason":"is required: send the ETag you read"}]}""";

    public static final String PROBLEM_413 = """
            {"type":"urn:budget-disclosure:problem:payload-too-large","title":"Payload too large","status":413,
             "detail":"The request body has 2000000 bytes; at most 1048576 are accepted","instance":"/api/v1/assets/402001/2025/procurement",
             "requestId":"7d0e5f1c-3b7a-4f7e-9a51-0c8f2d1e6b42","errors":[]}""";

    public static final String PROBLEM_401 = """
            {"type":"urn:budget-disclosure:problem:unauthorized","title":"Unauthorized","status":401,
             "detail":"This operation needs a bearer token; nothing was changed","instance":"/api/v1/assets/402001/2025/procurement",
             "requestId":"7d0e5f1c-3b7a-4f7e-9a51-0c8f2d1e6b42","errors":[]}""";

    public static final String PROBLEM_403 = """
            {"type":"urn:budget-disclosure:problem:forbidden","title":"Forbidden","status":403,
             "detail":"The token's unit scope does not cover unit 402001; nothing was changed","instance":"/api/v1/assets/402001/2025/procurement",
             "requestId":"7d0e5f1c-3b7a-4f7e-9a51-0c8f2d1e6b42","errors":[{"field":"unitCode","reason":"is outside the token's unit scope"}]}""";

    // ---- publication lifecycle ------------------------------------------------------------------

    public static final String REVISION = """
            {"revision":1,"state":"PUBLISHED","publishedAt":"2025-06-01T02:00:00Z","publishedBy":"budget-office-publisher",
             "contentHash":"sha256:3f1d0c9a6be0f5d8f0e4a1c2b3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6",
             "changes":{"previousRevision":null,"count":0,"truncated":false,"items":[]},"withdrawal":null}""";

    public static final String REVISION_WITHDRAWN = """
            {"revision":1,"state":"WITHDRAWN","publishedAt":"2025-06-01T02:00:00Z","publishedBy":"budget-office-publisher",
             "contentHash":"sha256:3f1d0c9a6be0f5d8f0e4a1c2b3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6",
             "changes":{"previousRevision":null,"count":0,"truncated":false,"items":[]},
             "withdrawal":{"at":"2025-06-03T08:30:00Z","by":"budget-office-publisher","reason":"采购预算金额录入错误，更正后重新公开"}}""";

    public static final String REVISION_LIST = """
            {"unitCode":"402001","fiscalYear":2025,"latest":2,
             "draftHash":"sha256:9a0b1c2d3e4f5061728394a5b6c7d8e9f0112233445566778899aabbccddeeff",
             "items":[{"revision":2,"state":"PUBLISHED","publishedAt":"2025-06-04T02:00:00Z","publishedBy":"budget-office-publisher",
               "contentHash":"sha256:9a0b1c2d3e4f5061728394a5b6c7d8e9f0112233445566778899aabbccddeeff",
               "changes":{"previousRevision":1,"count":1,"truncated":false,
                 "items":[{"path":"$.snapshot.buildings.officeSpace","before":"204.00","after":"204.11"}]},"withdrawal":null},
              {"revision":1,"state":"WITHDRAWN","publishedAt":"2025-06-01T02:00:00Z","publishedBy":"budget-office-publisher",
               "contentHash":"sha256:3f1d0c9a6be0f5d8f0e4a1c2b3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6",
               "changes":{"previousRevision":null,"count":0,"truncated":false,"items":[]},
               "withdrawal":{"at":"2025-06-03T08:30:00Z","by":"budget-office-publisher","reason":"办公用房面积录入错误"}}]}""";

    public static final String REVISION_CONTENT = """
            {"revision":1,"state":"PUBLISHED","publishedAt":"2025-06-01T02:00:00Z","publishedBy":"budget-office-publisher",
             "contentHash":"sha256:3f1d0c9a6be0f5d8f0e4a1c2b3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6",
             "changes":{"previousRevision":null,"count":0,"truncated":false,"items":[]},"withdrawal":null,
             "content":{"snapshot":""" + SNAPSHOT + """
            ,"grids":{"vehicles":""" + VEHICLES_GRID + """
            ,"assets":""" + ASSETS_GRID + """
            ,"procurement":""" + PROCUREMENT_GRID + """
            },"statement":""" + STATEMENT + """
            ,"procurement":""" + PROCUREMENT + """
            ,"purchasedServices":""" + PURCHASED_SERVICES + """
            }}""";

    public static final String WITHDRAWAL_INPUT = """
            {"reason":"采购预算金额录入错误，更正后重新公开"}""";

    public static final String PROBLEM_409_REVISION = """
            {"type":"urn:budget-disclosure:problem:conflict","title":"Conflict","status":409,
             "detail":"The next revision of unit 402001 in 2025 is 2, not 3","instance":"/api/v1/assets/402001/2025/revisions/3",
             "requestId":"7d0e5f1c-3b7a-4f7e-9a51-0c8f2d1e6b42","errors":[{"field":"n","reason":"expected 2"}]}""";

    public static final String PROBLEM_409_FROZEN = """
            {"type":"urn:budget-disclosure:problem:conflict","title":"Conflict","status":409,
             "detail":"A revision is frozen: it is never changed or deleted; withdraw it, or publish the next revision","instance":"/api/v1/assets/402001/2025/revisions/1",
             "requestId":"7d0e5f1c-3b7a-4f7e-9a51-0c8f2d1e6b42","errors":[{"field":"n","reason":"is a frozen revision"}]}""";

    public static final String AUDIT_PAGE = """
            {"items":[{"id":42,"at":"2025-06-01T02:00:00Z","actor":"budget-office-publisher","roles":"publisher","action":"PUBLISH",
               "method":"PUT","path":"/api/v1/assets/402001/2025/revisions/1","unitCode":"402001","fiscalYear":2025,"resource":"revision 1",
               "beforeHash":null,"afterHash":"sha256:3f1d0c9a6be0f5d8f0e4a1c2b3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6",
               "requestId":"7d0e5f1c-3b7a-4f7e-9a51-0c8f2d1e6b42"}],"next":"41"}""";
}
