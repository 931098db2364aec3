/// Ids that look alike on screen but are different text: Latin `a` and Cyrillic `а` (U+0430),
/// `BRICS` and `ВRICS` with a Cyrillic `В`. A reader cannot tell which one a tie names, and
/// typing the id on the command line finds the other one or nothing.
///
/// The skeleton follows Unicode's confusable detection (UTS #39, "skeleton"): every character
/// is replaced by the prototype it is confusable with, then the result is compared, here
/// ignoring letter case as the command line does. The table is a documented subset of UTS #39's
/// confusables.txt for the scripts a model of states and blocs meets: the Cyrillic, Greek and
/// Armenian letters whose prototype is a Latin letter, the dotless `ı`, Latin `ɑ` and `ɡ`, and
/// fullwidth Latin letters and digits. Digits and letters (`0` and `O`, `1` and `l`) are not
/// mapped: ids such as `G7` and `Gl` are not worth a warning.
public enum Confusables {
    /// The text with each listed character replaced by its Latin prototype, lower-cased.
    public static func skeleton(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { out.append(prototype(scalar) ?? scalar) }
        return String(out).lowercased()
    }

    /// The Latin letter (or digit) a character is confusable with, if the table lists it.
    public static func prototype(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0xFF10...0xFF19: return Unicode.Scalar(scalar.value - 0xFF10 + 0x30)
        case 0xFF21...0xFF3A: return Unicode.Scalar(scalar.value - 0xFF21 + 0x41)
        case 0xFF41...0xFF5A: return Unicode.Scalar(scalar.value - 0xFF41 + 0x61)
        default: return table[scalar]
        }
    }

    /// A letter of another script that looks like a Latin one, in an id that also has Latin
    /// letters: `Azerbаijan` with a Cyrillic `а`. Nil for an id in one script.
    public static func mixedScriptLetter(_ id: String) -> Unicode.Scalar? {
        var latin = false
        var other: Unicode.Scalar?
        for scalar in id.unicodeScalars {
            if scalar.isASCII && scalar.properties.isAlphabetic {
                latin = true
            } else if other == nil, !(0xFF00...0xFFEF).contains(scalar.value), table[scalar] != nil {
                other = scalar
            }
        }
        return latin ? other : nil
    }

    /// The character as messages name it: `'а' (U+0430, Cyrillic)`.
    public static func describe(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let script: String
        switch scalar.value {
        case 0x0370...0x03FF: script = ", Greek"
        case 0x0400...0x052F: script = ", Cyrillic"
        case 0x0530...0x058F: script = ", Armenian"
        case 0xFF00...0xFFEF: script = ", fullwidth"
        default: script = ""
        }
        return "'\(scalar)' (U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex)\(script))"
    }

    static let table: [Unicode.Scalar: Unicode.Scalar] = {
        let pairs: [(UInt32, Character)] = [
            // Cyrillic capitals
            (0x0410, "A"), (0x0412, "B"), (0x0415, "E"), (0x041A, "K"), (0x041C, "M"), (0x041D, "H"), (0x041E, "O"),
            (0x0420, "P"), (0x0421, "C"), (0x0422, "T"), (0x0423, "Y"), (0x0425, "X"), (0x0405, "S"), (0x0406, "I"),
            (0x0408, "J"), (0x04AE, "Y"), (0x04BA, "H"), (0x04C0, "I"), (0x051A, "Q"), (0x051C, "W"),
            // Cyrillic small letters
            (0x0430, "a"), (0x0435, "e"), (0x043E, "o"), (0x0440, "p"), (0x0441, "c"), (0x0443, "y"), (0x0445, "x"),
            (0x0455, "s"), (0x0456, "i"), (0x0458, "j"), (0x04AF, "y"), (0x04BB, "h"), (0x04CF, "l"), (0x0501, "d"),
            (0x051B, "q"), (0x051D, "w"),
            // Greek capitals
            (0x0391, "A"), (0x0392, "B"), (0x0395, "E"), (0x0396, "Z"), (0x0397, "H"), (0x0399, "I"), (0x039A, "K"),
            (0x039C, "M"), (0x039D, "N"), (0x039F, "O"), (0x03A1, "P"), (0x03A4, "T"), (0x03A5, "Y"), (0x03A7, "X"),
            // Greek small letters
            (0x03B1, "a"), (0x03B3, "y"), (0x03B9, "i"), (0x03BA, "k"), (0x03BD, "v"), (0x03BF, "o"), (0x03C1, "p"),
            (0x03C5, "u"), (0x03C7, "x"),
            // Armenian
            (0x053C, "L"), (0x054D, "U"), (0x054F, "S"), (0x0555, "O"), (0x0561, "w"), (0x0566, "q"), (0x0570, "h"),
            (0x0578, "n"), (0x057D, "u"), (0x0581, "g"), (0x0585, "o"),
            // Latin letters that look like others
            (0x0131, "i"), (0x0251, "a"), (0x0261, "g"),
        ]
        var table: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (code, latin) in pairs { table[Unicode.Scalar(code)!] = latin.unicodeScalars.first! }
        return table
    }()
}
