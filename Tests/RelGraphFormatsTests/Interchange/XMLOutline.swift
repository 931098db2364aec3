import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An XML document read with Foundation's XMLParser into its elements, in document order:
/// parsing fails on anything that is not well-formed, which is the first thing tested.
final class XMLOutline: NSObject, XMLParserDelegate {
    struct Element {
        var name: String
        var attributes: [String: String]
        var text: String
        /// Index of the enclosing element, if any.
        var parent: Int?
    }

    private(set) var elements: [Element] = []
    private var open: [Int] = []

    init(_ text: String) throws {
        super.init()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = self
        guard parser.parse() else {
            throw parser.parserError ?? NSError(domain: "XMLOutline", code: 1)
        }
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        elements.append(Element(name: name, attributes: attributes, text: "", parent: open.last))
        open.append(elements.count - 1)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let current = open.last { elements[current].text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        open.removeLast()
    }

    func all(_ name: String) -> [Element] { elements.filter { $0.name == name } }

    /// The `<data key=…>` (GraphML) children of the element at `index`, by key.
    func data(of element: Element) -> [String: String] {
        guard let index = elements.firstIndex(where: { $0.name == element.name && $0.attributes == element.attributes }) else { return [:] }
        return Dictionary(elements.filter { $0.parent == index && $0.name == "data" }.map { ($0.attributes["key"]!, $0.text) },
                          uniquingKeysWith: { first, _ in first })
    }
}
