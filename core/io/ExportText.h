#pragma once
// Text the export formats cannot carry as it is, and what they get instead.
//
// - XML 1.0 (GraphML, GEXF, SVG) has no C0 control character but tab, line feed and carriage
//   return, not even as a character reference, and no U+FFFE or U+FFFF;
// - Graphviz DOT ends a quoted string at NUL (every other character is kept as it is: DOT has no
//   escape for a control character, and `&#7;` would give Graphviz the same character);
// - UTF-8 (every text file) cannot encode a lone surrogate (Qt would write "?" silently);
// - JSON (Kizuna JSON, Cytoscape) carries everything as \uXXXX escapes, and CSV carries control
//   characters as they are: nothing is replaced there but lone surrogates in CSV.
//
// What a format cannot carry is replaced with a visible marker: a control character with its
// Unicode control picture (NUL ␀ U+2400 … BEL ␇ U+2407 … ESC ␛ U+241B … US ␟ U+241F, DEL ␡
// U+2421), a lone surrogate or U+FFFE/U+FFFF with U+FFFD; and every replacement is reported as
// one warning per element and field: `node 12 "a␇b": label.en: control characters replaced with
// visible markers`. Terminal output (kizuna-cli list, search) shows control characters the
// same way, so a label cannot drive the terminal.

#include "io/GraphFormats.h"
#include "model/Ids.h"

#include <QString>
#include <QStringList>

namespace kizuna {

class GraphDocument;

enum class TextCarrier {
    Xml,     // XML 1.0 character data and attribute values
    Dot,     // Graphviz quoted strings
    Utf8,    // any UTF-8 text (CSV)
    Terminal // a terminal: every control character (C0, DEL, C1) made visible
};

struct TextRepair {
    QString text;
    bool controls = false;      // control characters replaced with their pictures
    bool surrogates = false;    // lone surrogates replaced with U+FFFD
    bool noncharacters = false; // U+FFFE / U+FFFF (XML) replaced with U+FFFD
    bool changed() const { return controls || surrogates || noncharacters; }
    QString reason() const; // "control characters replaced with visible markers", …
};

TextRepair repairText(const QString& text, TextCarrier carrier);
inline QString carriedText(const QString& text, TextCarrier carrier) {
    return repairText(text, carrier).text;
}
// The control picture of a C0 control character or DEL (U+2400 + c, U+2421).
QChar controlPicture(char16_t c);

// How warnings name elements: `node 12 "a␇b"` (its label in the map's default language, made
// visible), `edge 7 "label"` or `edge 7 (relation)`.
QString nodeElementName(const GraphDocument& document, NodeId id);
QString edgeElementName(const GraphDocument& document, EdgeId id);

// Collects one warning per element and field whose text had to change.
class ExportNotes {
public:
    explicit ExportNotes(TextCarrier carrier) : m_carrier(carrier) {}
    // The text as written; records `ELEMENT: FIELD: what was replaced` when it had to change.
    QString text(const QString& element, const QString& field, const QString& value);
    const QStringList& warnings() const { return m_warnings; }

private:
    TextCarrier m_carrier;
    QStringList m_warnings;
};

// What writing `document` as `format` (writeGraphFile) replaces: one warning per element and
// field, in the writers' order of elements; empty when the file carries every text exactly.
QStringList exportWarnings(const GraphDocument& document, GraphFormat format);

} // namespace kizuna
