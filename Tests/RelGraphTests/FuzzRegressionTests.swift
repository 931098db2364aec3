import Foundation
import Testing
@testable import RelGraph
import TestSupport

/// Inputs libFuzzer found (`make fuzz`, Tests/Fuzz), each kept as it was found and checked
/// for the diagnostic it must now give.
@Suite("Fuzzer findings stay fixed")
struct FuzzRegressionTests {
    func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: Fixture.url("fuzz/" + name)))
    }

    @Test("a scenario weight past Int's range is out of range, not a crash in WeightFormat")
    func hugeScenarioWeight() throws {
        let result = ScenarioLoader.load(try bytes("scenario-huge-weight.yaml"), path: "s.yaml")
        let diagnostic = try #require(result.diagnostics.first { $0.position == TextPosition(line: 12, column: 52) })
        #expect(diagnostic.description == "s.yaml:12:52: error: weight 7.777777777777778e+23 is outside −1 … +1 [weight-out-of-range]")
    }

    @Test("weights of any size format without trapping")
    func weightFormatRange() {
        #expect(WeightFormat.plain(1e300) == "1e+300")
        #expect(WeightFormat.signed(-1e19) == "-1e+19")
        #expect(WeightFormat.fixed(9.3e18, decimals: 0) == "9.3e+18")
        #expect(WeightFormat.plain(9.2e16) == "92000000000000000")
        #expect(WeightFormat.signed(0.25) == "+0.25")
    }

    @Test("a syntax error at the end of a file without a final newline is on the file's last line")
    func errorPastTheEnd() throws {
        // libyaml adds a line break of its own at the end and reported line 4 of this 3-line file.
        let result = ModelLoader.load(try bytes("model-error-past-end.yaml"), path: "m.yaml")
        #expect(result.diagnostics.map(\.description) == ["m.yaml:3:22: error: while parsing a flow mapping: did not find expected ',' or '}' [yaml-syntax]"])
    }

    @Test("an empty value at the end of a file without a final newline is on the file's last line")
    func emptyValuePastTheEnd() throws {
        // `? source` closes the file: its empty value stood on line 10 of this 9-line file.
        let result = ScenarioLoader.load(try bytes("scenario-empty-value-past-end.yaml"), path: "s.yaml")
        let empty = try #require(result.diagnostics.first { $0.message == "'source' in a citation is empty" })
        #expect(empty.description == "s.yaml:9:13: error: 'source' in a citation is empty [missing-key]")
        #expect(result.diagnostics.allSatisfy { $0.position.line <= 9 })
    }
}
