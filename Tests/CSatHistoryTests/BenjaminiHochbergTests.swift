import CSatCore
import Testing

/// Benjamini–Hochberg q-values against values worked out by hand: m = 5, p sorted
/// 0.005, 0.01, 0.03, 0.04, 0.5 → m·p/rank = 0.025, 0.025, 0.05, 0.05, 0.5, then the running
/// minimum from the largest rank down leaves them as they are.
@Test func benjaminiHochbergByHand() {
    let q = BenjaminiHochberg.adjust([0.04, 0.005, 0.5, 0.01, 0.03])
    let expected = [0.05, 0.025, 0.5, 0.025, 0.05]
    for (a, b) in zip(q, expected) { #expect(abs(a - b) < 1e-12) }
}

/// A later small p pulls earlier ones down (step-up): p = 0.02, 0.03, 0.031 (m = 3):
/// 3·0.02/1 = 0.06, 3·0.03/2 = 0.045, 3·0.031/3 = 0.031 → q = 0.031, 0.031, 0.031.
@Test func benjaminiHochbergStepUp() {
    let q = BenjaminiHochberg.adjust([0.02, 0.03, 0.031])
    for x in q { #expect(abs(x - 0.031) < 1e-12) }
    #expect(BenjaminiHochberg.adjust([]).isEmpty)
    #expect(BenjaminiHochberg.adjust([0.9, 0.8]) == [0.9, 0.9])
}
