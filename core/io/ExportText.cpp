#include "io/ExportText.h"

#include "document/GraphDocument.h"
#include "io/PropertyKeys.h"
#include "model/StyleOverrides.h"

#include <set>

namespace kizuna {
namespace {

constexpr char16_t kReplacement = 0xFFFD;

// What `carrier` cannot take as it is (a lone surrogate aside).
enum class Fault { None, Control, Noncharacter };

Fault faultOf(char16_t c, TextCarrier carrier) {
    switch (carrier) {
    case TextCarrier::Xml:
        if (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r')
            return Fault::Control;
        if (c == 0xFFFE || c == 0xFFFF)
            return Fault::Noncharacter;
        return Fault::None;
    case TextCarrier::Dot:
        return c == 0 ? Fault::Control : Fault::None;
    case TextCarrier::Utf8:
        return Fault::None;
    case TextCarrier::Terminal:
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) ? Fault::Control : Fault::None;
    }
    return Fault::None;
}

} // namespace

QChar controlPicture(char16_t c) {
    if (c < 0x20)
        return QChar(char16_t(0x2400 + c));
    if (c == 0x7F)
        return QChar(char16_t(0x2421));
    return QChar(kReplacement); // C1 controls have no picture
}

QString TextRepair::reason() const {
    QStringList parts;
    if (controls)
        parts << QStringLiteral("control characters replaced with visible markers");
    if (surrogates)
        parts << QStringLiteral("lone surrogates (not valid Unicode text) replaced with U+FFFD");
    if (noncharacters)
        parts << QStringLiteral("noncharacters U+FFFE/U+FFFF replaced with U+FFFD");
    return parts.join(QStringLiteral("; "));
}

TextRepair repairText(const QString& text, TextCarrier carrier) {
    TextRepair repair;
    const qsizetype size = text.size();
    const QChar* data = text.constData();
    // Most text needs nothing: find the first character that does before copying anything.
    qsizetype i = 0;
    for (; i < size; ++i) {
        const char16_t c = data[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < size &&
            QChar::isLowSurrogate(data[i + 1].unicode())) {
            ++i;
            continue;
        }
        if (QChar::isSurrogate(c) || faultOf(c, carrier) != Fault::None)
            break;
    }
    if (i == size) {
        repair.text = text;
        return repair;
    }
    QString out;
    out.reserve(size);
    out.append(data, i);
    for (; i < size; ++i) {
        const char16_t c = data[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < size &&
            QChar::isLowSurrogate(data[i + 1].unicode())) {
            out.append(data + i, 2);
            ++i;
            continue;
        }
        if (QChar::isSurrogate(c)) {
            out.append(QChar(kReplacement));
            repair.surrogates = true;
            continue;
        }
        switch (faultOf(c, carrier)) {
        case Fault::Control:
            out.append(controlPicture(c));
            repair.controls = true;
            break;
        case Fault::Noncharacter:
            out.append(QChar(kReplacement));
            repair.noncharacters = true;
            break;
        case Fault::None:
            out.append(data[i]);
            break;
        }
    }
    repair.text = out;
    return repair;
}

QString nodeElementName(const GraphDocument& document, NodeId id) {
    const NodeData* node = document.graph().node(id);
    const QString label = node ? node->labels.display(document.info().defaultLanguage) : QString();
    if (label.isEmpty())
        return QStringLiteral("node %1").arg(id.value);
    return QStringLiteral("node %1 \"%2\"")
        .arg(id.value)
        .arg(carriedText(label, TextCarrier::Terminal));
}

QString edgeElementName(const GraphDocument& document, EdgeId id) {
    const EdgeData* edge = document.graph().edge(id);
    if (!edge)
        return QStringLiteral("edge %1").arg(id.value);
    if (!edge->label.isEmpty())
        return QStringLiteral("edge %1 \"%2\"")
            .arg(id.value)
            .arg(carriedText(edge->label, TextCarrier::Terminal));
    return QStringLiteral("edge %1 (%2)")
        .arg(id.value)
        .arg(carriedText(edge->relation, TextCarrier::Terminal));
}

QString ExportNotes::text(const QString& element, const QString& field, const QString& value) {
    TextRepair repair = repairText(value, m_carrier);
    if (repair.changed())
        m_warnings << QStringLiteral("%1: %2: %3")
                          .arg(element, carriedText(field, TextCarrier::Terminal), repair.reason());
    return std::move(repair.text);
}

QStringList exportWarnings(const GraphDocument& document, GraphFormat format) {
    TextCarrier carrier = TextCarrier::Utf8;
    switch (format) {
    case GraphFormat::KizunaJson:
    case GraphFormat::CytoscapeJson:
        return {}; // JSON escapes what it cannot write as it is
    case GraphFormat::Csv:
        carrier = TextCarrier::Utf8;
        break;
    case GraphFormat::GraphMl:
    case GraphFormat::Gexf:
        carrier = TextCarrier::Xml;
        break;
    case GraphFormat::Dot:
        carrier = TextCarrier::Dot;
        break;
    }
    ExportNotes notes(carrier);
    const KnowledgeGraph& graph = document.graph();
    // GEXF and DOT write appearance overrides natively (parsed, never as text).
    const bool styleAsText = format == GraphFormat::Csv || format == GraphFormat::GraphMl;
    if (format != GraphFormat::Csv) // the map's name: graph id, GEXF description, digraph name
        notes.text(QStringLiteral("map"), QStringLiteral("name"), document.info().name);
    const PropertyKeys keys = propertyKeys(graph);
    for (const QString& key : keys.nodes)
        notes.text(
            QStringLiteral("node property \"%1\"").arg(carriedText(key, TextCarrier::Terminal)),
            QStringLiteral("name"), key);
    for (const QString& key : keys.edges)
        notes.text(
            QStringLiteral("edge property \"%1\"").arg(carriedText(key, TextCarrier::Terminal)),
            QStringLiteral("name"), key);
    for (NodeId id : graph.nodeIds()) {
        const NodeData& n = *graph.node(id);
        const QString element = nodeElementName(document, id);
        notes.text(element, QStringLiteral("type"), n.type);
        for (Language language : {Language::En, Language::Ja, Language::Zh})
            notes.text(element, QStringLiteral("label.") + languageKey(language),
                       n.labels.get(language));
        notes.text(element, QStringLiteral("description"), n.description);
        notes.text(element, QStringLiteral("valid_from"), n.validFrom);
        notes.text(element, QStringLiteral("valid_to"), n.validTo);
        for (auto it = n.properties.begin(); it != n.properties.end(); ++it)
            if (styleAsText || !isNodeStyleKey(it.key()))
                notes.text(element, QStringLiteral("prop.") + it.key(), it.value());
    }
    for (EdgeId id : graph.edgeIds()) {
        const EdgeData& e = *graph.edge(id);
        const QString element = edgeElementName(document, id);
        notes.text(element, QStringLiteral("relation"), e.relation);
        notes.text(element, QStringLiteral("label"), e.label);
        notes.text(element, QStringLiteral("valid_from"), e.validFrom);
        notes.text(element, QStringLiteral("valid_to"), e.validTo);
        for (auto it = e.properties.begin(); it != e.properties.end(); ++it)
            if (styleAsText || !isEdgeStyleKey(it.key()))
                notes.text(element, QStringLiteral("prop.") + it.key(), it.value());
    }
    return notes.warnings();
}

} // namespace kizuna
