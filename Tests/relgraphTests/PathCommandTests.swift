import Foundation
import Testing
import TestSupport

@Suite("relgraph path, as a user runs it")
struct PathCommandTests {
    func run(_ arguments: [String]) throws -> CommandRunner.Output {
        try CommandRunner.run(["path"] + arguments + [Fixture.path("chains.yaml")])
    }

    @Test("names by alias; each chain with its relations, ties and quotes; a relation's quotes once")
    func chains() throws {
        let output = try run(["Israel", "Tehran", "--max", "2"])
        #expect(output.status == 0, "\(output.stderr)")
        let expected = """
        How Israel is connected to Iran, as of 2025-01-01

        Strongest cooperative chains (every relation positive; strength: the product of the weights)

          1. Israel → United States → Armenia → Iran   [strength 0.27, 3 ties]
               Israel – United States  +0.9
                 alliance +0.9
                   s1: "the closest ally"
               United States – Armenia  +0.5
                 cooperation +0.5
                   s2: "a new engagement"
               Armenia – Iran  +0.6
                 partnership +0.6
                   s1: "a vital partner in Tehran's Caucasus strategy"

          2. Israel → Azerbaijan → United States → Armenia → Iran   [strength 0.168, 4 ties]
               Israel – Azerbaijan  +0.7
                 security +0.7
                   s2: "drones and intelligence"
               Azerbaijan – United States  +0.8
                 partnership +0.8
                   s1: "a key partner of Washington"
               United States – Armenia  +0.5  (ties as above)
               Armenia – Iran  +0.6  (ties as above)

        Shortest signed chains (fewest ties, any sign; the chain's sign is the product of its signs)

          1. Israel → United States → Iran   [hostile (-), strength 0.72, 2 ties]
               Israel – United States  +0.9  (ties as above)
               United States – Iran  -0.8
                 sanction -0.8 (United States → Iran)
                   s1: "sanctions"
                   s2: "maximum pressure"

          2. Israel → Azerbaijan → Iran   [hostile (-), strength 0.35, 2 ties]
               Israel – Azerbaijan  +0.7  (ties as above)
               Azerbaijan – Iran  -0.5
                 friction -0.5
                   s1: "mistrust"

        """
        #expect(output.stdout == expected)
    }

    @Test("the enemy of an enemy is a friend; a pair of ties of both signs is one relation")
    func signs() throws {
        let output = try run(["Türkiye", "russia"])
        #expect(output.status == 0)
        #expect(output.stdout.contains("  1. Türkiye → Azerbaijan → Russia   [friendly (+), strength 0.27, 2 ties]\n"))
        #expect(output.stdout.contains("  2. Türkiye → Iran → Russia   [hostile (-), strength 0.18, 2 ties]\n"))
        #expect(output.stdout.contains("       Azerbaijan – Russia  +0.3\n         cooperation +0.5\n           s1: \"pragmatic\"\n         friction -0.2\n"))
    }

    @Test("no chain: a clear line; not connected at all exits 1")
    func none() throws {
        let hostile = try run(["Georgia", "Iran"])
        #expect(hostile.status == 0)
        #expect(hostile.stdout.contains("  No chain of cooperative relations joins Georgia and Iran on 2025-01-01.\n"))
        let island = try run(["USA", "Nauru"])
        #expect(island.status == 1)
        #expect(island.stdout.contains("  United States and Nauru are not connected on 2025-01-01, by any chain of relations.\n"))
    }

    @Test("--at: the chains of that day")
    func dated() throws {
        let output = try run(["USA", "Iran", "--at", "2019", "--max", "1"])
        #expect(output.stdout.contains("  1. United States → Azerbaijan → Russia → Iran   [strength 0.144, 3 ties]\n"))
    }

    @Test("usage errors exit 2: unknown actor with a suggestion, the same actor twice, --max 0 or over 100")
    func usage() throws {
        let unknown = try run(["Israle", "Iran"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("no actor 'Israle'"))
        #expect(unknown.stderr.contains("did you mean 'Israel'?"))
        #expect(try run(["Baku", "Azerbaijan"]).status == 2)
        #expect(try run(["USA", "Iran", "--max", "0"]).status == 2)
        // An upper bound: each chain costs a search of the graph per tie it has (issue 17 item 13).
        let many = try run(["USA", "Iran", "--max", "101"])
        #expect(many.status == 2)
        #expect(many.stderr.contains("--max must be from 1 to 100"), "\(many.stderr)")
        #expect(try run(["USA", "Iran", "--max", "100"]).status == 0)
    }
}
