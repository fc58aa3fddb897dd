import CLibXLSXWriter
import Foundation
import Testing

@testable import CSatXLSX

/// The importance–performance chart's labels: two drivers close together do not print over each other.
@Suite struct MatrixLabelTests {
    let right = UInt8(LXW_CHART_LABEL_POSITION_RIGHT.rawValue), left = UInt8(LXW_CHART_LABEL_POSITION_LEFT.rawValue)
    let above = UInt8(LXW_CHART_LABEL_POSITION_ABOVE.rawValue)

    @Test func farApartAllGoRight() {
        let p = ChartMaker.labelPositions(
            [(0.45, 60, "停车管理"), (0.60, 85, "安全管理")], xRange: (0.4, 0.65), yRange: (55, 90), plot: (620, 340))
        #expect(p == [right, right])
    }

    /// The sample company's 客户服务 (0.526, 78.5) and 装修管理 (0.539, 78.0): 0.013 apart on a 0.25-wide axis
    /// is 32 px, less than a four-character label (48 px), so the upper one's label goes left of its point.
    @Test func twoCloseTogetherGoToDifferentSides() {
        let p = ChartMaker.labelPositions(
            [(0.526, 78.5, "客户服务"), (0.539, 78.0, "装修管理")], xRange: (0.4, 0.65), yRange: (55, 90), plot: (620, 340))
        #expect(p == [left, right])
    }

    /// At the right edge a label that would leave the plot goes left; a point on top of another goes above.
    @Test func theEdgeAndASamePlace() {
        let edge = ChartMaker.labelPositions([(0.649, 70, "投诉处理")], xRange: (0.4, 0.65), yRange: (55, 90), plot: (620, 340))
        #expect(edge == [left])
        let same = ChartMaker.labelPositions(
            [(0.5, 70, "甲"), (0.5, 70, "乙"), (0.5, 70, "丙")], xRange: (0.4, 0.65), yRange: (55, 90), plot: (620, 340))
        #expect(Set(same).count == 3, "\(same)")
        #expect(same.contains(above))
    }
}
