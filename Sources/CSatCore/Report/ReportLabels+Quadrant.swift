extension ReportLabels {
    public func quadrantLabel(_ q: Figures.Quadrant?) -> String {
        switch q {
        case .keep: return keep
        case .improve: return improve
        case .maintain: return maintain
        case .watch: return watch
        case nil: return "—"
        }
    }
}
