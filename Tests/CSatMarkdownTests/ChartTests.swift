import CSatCore
import Foundation
import Testing

@testable import CSatMarkdown

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The charts are plain, well-formed SVG with escaped text, the same bytes for the same model.
struct ChartTests {
    static func wellFormed(_ svg: String) -> Bool {
        XMLParser(data: Data(svg.utf8)).parse()
    }

    @Test func chartsAreWellFormedAndDeterministic() throws {
        let model = try Fixtures.model()
        let charts = SVGCharts.render(model, files: ChartFiles(base: "x"))
        #expect(charts.map(\.name) == ["x-drivers.svg", "x-quadrants.svg", "x-projects.svg"])
        for chart in charts {
            #expect(Self.wellFormed(chart.svg), "\(chart.name) is not well-formed")
            #expect(chart.svg.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
            #expect(!chart.svg.contains("<script"))
        }
        #expect(SVGCharts.render(model, files: ChartFiles(base: "x")).map(\.svg) == charts.map(\.svg))
        // Every driver is named with its index, as in the report's table.
        for d in model.drivers {
            #expect(charts[0].svg.contains(">\(d.name)</text>"))
            #expect(charts[0].svg.contains(">\(Rounding.indexText(d.index))</text>"))
        }
    }

    @Test func namesAreEscapedAndCut() throws {
        var model = try Fixtures.model()
        model.projectsRanked[0].value = "<b>A&B</b> \"项目\" 一个非常非常非常非常非常非常非常非常非常长的项目名称"
        model.drivers[0].name = "服务 & <i>态度</i>"
        let charts = SVGCharts.render(model, files: ChartFiles(base: "x"))
        for chart in charts { #expect(Self.wellFormed(chart.svg), "\(chart.name)") }
        #expect(charts[2].svg.contains("&lt;b&gt;A&amp;B&lt;/b&gt; &quot;项目&quot;"))
        #expect(charts[2].svg.contains("…</text>"))
        #expect(charts[1].svg.contains("服务 &amp; &lt;i&gt;态度&lt;/i&gt;"))
    }

    @Test func chartsWithoutDataSaySo() throws {
        var model = try Fixtures.model()
        model.projectsRanked = []
        for i in model.drivers.indices {
            model.drivers[i].importance = nil
        }
        let charts = SVGCharts.render(model, files: ChartFiles(base: "x"))
        #expect(charts[1].svg.contains(">无数据</text>"))
        #expect(charts[2].svg.contains(">无数据</text>"))
        for chart in charts { #expect(Self.wellFormed(chart.svg)) }
    }
}
