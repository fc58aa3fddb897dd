import Foundation
import Testing

@testable import CSatCore

/// SPEC.md "Survey definition": defaults, and every bad definition rejected with its JSON path.
struct SurveyLoaderTests {
    static let base = """
        {
          "id": "jc", "title": "T", "period": "2026H1", "language": "zh",
          "scales": {
            "five": {"points": 5, "min": 1, "labels": ["非常不满意", "不满意", "一般", "满意", "非常满意"]},
            "ten": {"points": 10, "min": 1, "satisfiedFrom": 8}
          },
          "drivers": [
            {"id": "service", "name": "客户服务", "weight": 25},
            {"id": "security", "name": "安全管理", "weight": 20}
          ],
          "questions": [
            {"id": "q1", "text": "前台接待人员的服务态度", "scale": "five", "driver": "service"},
            {"id": "q2", "text": "报修处理的及时性", "scale": "five", "driver": "service", "weight": 2},
            {"id": "q3", "text": "夜间巡逻", "scale": "five", "driver": "security"},
            {"id": "overall", "text": "总体满意", "scale": "ten", "role": "overall"},
            {"id": "c1", "text": "意见和建议", "type": "open"}
          ],
          "columns": {"form": "问卷编号", "project": "项目", "unit": "房号"}
        }
        """

    func load(_ text: String) throws(InputError) -> Survey {
        try SurveyLoader.load(bytes: Array(text.utf8), file: "s.json")
    }

    func expectError(_ text: String, path: String, containing: String, sourceLocation: SourceLocation = #_sourceLocation) {
        do {
            _ = try load(text)
            Issue.record("accepted a bad definition", sourceLocation: sourceLocation)
        } catch {
            #expect(error.path == path, "\(error)", sourceLocation: sourceLocation)
            #expect(error.message.en.contains(containing), "\(error)", sourceLocation: sourceLocation)
            #expect(error.file == "s.json", sourceLocation: sourceLocation)
        }
    }

    func replacing(_ a: String, _ b: String) -> String {
        precondition(Self.base.contains(a))
        return Self.base.replacingOccurrences(of: a, with: b)
    }

    @Test func loadsWithDefaults() throws {
        let s = try load(Self.base)
        #expect(s.scales.map(\.id) == ["five", "ten"])
        #expect(s.scales[0].satisfiedFrom == 4 && s.scales[0].dissatisfiedTo == 2)
        #expect(s.scales[1].satisfiedFrom == 8 && s.scales[1].dissatisfiedTo == 3)
        #expect(s.questions[1].weight == 2 && s.questions[0].weight == 1)
        #expect(s.closedQuestionIndices == [0, 1, 2, 3])
        #expect(s.openQuestionIndices == [4])
        #expect(s.overallQuestionIndex == 3)
        #expect(s.columns.header(for: "project") == "项目")
        #expect(s.columns.header(for: "building") == "building")
        #expect(s.validity.minAnsweredShare == 0.8 && s.validity.requireSignature && s.validity.requirePhone)
        #expect(s.rules.minSampleRate == 0.2 && s.rules.minSampleCount == 20 && s.rules.minReturnRate == nil)
        #expect(s.segments == ["project"])
        #expect(s.aggregate == nil)
    }

    @Test func rejectsBadDefinitions() {
        expectError(
            replacing("\"scale\": \"five\", \"driver\": \"security\"", "\"scale\": \"seven\", \"driver\": \"security\""),
            path: "$.questions[2].scale", containing: "unknown scale \"seven\"")
        expectError(
            replacing("\"scale\": \"five\", \"driver\": \"security\"", "\"scale\": \"five\""),
            path: "$.questions[2]", containing: "in no driver")
        expectError(replacing("\"weight\": 20", "\"weight\": -5"), path: "$.drivers[1].weight", containing: "negative")
        expectError(
            replacing("\"weight\": 25", "\"weight\": 0").replacingOccurrences(of: "\"weight\": 20", with: "\"weight\": 0"),
            path: "$.drivers", containing: "all zero")
        expectError(
            replacing("{\"id\": \"q3\"", "{\"id\": \"q1\""), path: "$.questions[2].id", containing: "duplicate question id")
        expectError(
            replacing("{\"id\": \"security\"", "{\"id\": \"service\""), path: "$.drivers[1].id", containing: "duplicate driver id"
        )
        expectError(replacing("\"points\": 10", "\"points\": 6"), path: "$.scales.ten.points", containing: "5, 7, 10 or 11")
        expectError(
            replacing("\"satisfiedFrom\": 8", "\"satisfiedFrom\": 11"), path: "$.scales.ten.satisfiedFrom", containing: "2…10")
        expectError(
            replacing("\"非常满意\"]", "\"非常满意\", \"极其满意\"]"), path: "$.scales.five.labels", containing: "6 labels for 5 points")
        expectError(replacing("\"language\": \"zh\"", "\"language\": \"fr\""), path: "$.language", containing: "zh")
        expectError(replacing("\"title\": \"T\"", "\"titel\": \"T\""), path: "$.titel", containing: "did you mean")
        expectError(
            replacing("\"unit\": \"房号\"", "\"unit\": \"房号\", \"room\": \"x\""), path: "$.columns.room", containing: "unknown key")
        expectError(replacing("\"id\": \"jc\", ", ""), path: "$", containing: "missing required key \"id\"")
        expectError(
            replacing("\"weight\": 2}", "\"weight\": \"2\"}"), path: "$.questions[1].weight", containing: "expected a number")
        expectError(
            replacing(
                "\"id\": \"c1\", \"text\": \"意见和建议\", \"type\": \"open\"",
                "\"id\": \"c1\", \"text\": \"意见和建议\", \"type\": \"open\", \"driver\": \"service\""),
            path: "$.questions[4].driver", containing: "open question")
        expectError(
            replacing(
                "\"scale\": \"ten\", \"role\": \"overall\"", "\"scale\": \"ten\", \"role\": \"overall\", \"driver\": \"service\""),
            path: "$.questions[3].driver", containing: "stands beside")
    }

    @Test func rejectsADriverWithoutQuestions() {
        let text = replacing(
            "{\"id\": \"security\", \"name\": \"安全管理\", \"weight\": 20}",
            "{\"id\": \"security\", \"name\": \"安全管理\", \"weight\": 20}, {\"id\": \"parking\", \"weight\": 5}")
        expectError(text, path: "$.drivers[2]", containing: "no questions")
    }

    @Test func reportsJSONSyntaxErrorsWithLineAndColumn() {
        do {
            _ = try load("{\n  \"id\": \"x\",\n  \"period\" \"2026H1\"\n}")
            Issue.record("accepted broken JSON")
        } catch {
            #expect(error.line == 3)
            #expect(error.column != nil)
        }
    }
}
