import Testing

@testable import CSatCore

@Suite struct NearestHeadersTests {
    @Test func typoAndNumberedHeaders() {
        let headers = ["序号", "提交答卷时间", "1、项目", "2、房号", "3、前台接待人员的服务太度", "电话"]
        // One character wrong (太 for 态), behind a question number.
        #expect(NearestHeaders.suggest(for: "前台接待人员的服务态度", in: headers) == ["3、前台接待人员的服务太度"])
        #expect(NearestHeaders.suggest(for: "房号", in: headers) == ["2、房号"])
        #expect(NearestHeaders.suggest(for: "联系电话", in: headers) == ["电话"])
        #expect(NearestHeaders.suggest(for: "customerType", in: headers).isEmpty)
    }

    @Test func hintText() {
        #expect(NearestHeaders.hint(for: "unit", in: ["Unit", "units", "project"]).en == "; did you mean \"Unit\" or \"units\"?")
        #expect(NearestHeaders.hint(for: "楼栋", in: ["项目"]).en == "")
    }

    @Test func distanceIsLevenshtein() {
        #expect(NearestHeaders.distance(Array("kitten"), Array("sitting"), limit: 5) == 3)
        #expect(NearestHeaders.distance(Array("kitten"), Array("sitting"), limit: 2) == nil)
        #expect(NearestHeaders.distance(Array(""), Array("ab"), limit: 2) == 2)
    }
}
