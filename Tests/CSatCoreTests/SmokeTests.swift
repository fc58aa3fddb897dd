import Testing

@testable import CSatCore

@Test func inputErrorFormatsLocation() {
    let e = InputError(file: "a.csv", line: 3, column: 7, message: .verbatim("unterminated quote"))
    #expect(e.description == "a.csv:3:7: unterminated quote")
}
