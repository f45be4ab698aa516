// Issue #15: text a format cannot carry (control characters in XML, NUL in DOT, lone surrogates
// in UTF-8) is written as visible markers and reported, element by element; the files stay
// well-formed and readable by their consumers (QXmlStreamReader, Graphviz's dot).
#include "IoTestSupport.h"
#include "io/ExportText.h"

#include <QFile>
#include <QProcess>
#include <QXmlStreamReader>
#include <catch2/catch.hpp>

using namespace kizuna;
using namespace kizuna::test;

namespace {

const QString kControls = QStringLiteral("a\x07"
                                         "b\x1b"
                                         "c\x01"
                                         "d");                      // BEL, ESC, SOH
const QString kPictured = QStringLiteral("a\u2407b\u241bc\u2401d"); // ␇ ␛ ␁
const QString kLone = QStringLiteral("lone ") + QChar(0xD800) + QStringLiteral(" high");
const QString kLoneRepaired = QStringLiteral("lone \uFFFD high");
const QString kControlsReason = QStringLiteral("control characters replaced with visible markers");

QByteArray readBytes(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// The XML error, empty when the document is well-formed.
QString xmlError(const QByteArray& xml) {
    QXmlStreamReader reader(xml);
    while (!reader.atEnd())
        reader.readNext();
    return reader.hasError()
               ? QStringLiteral("line %1: %2").arg(reader.lineNumber()).arg(reader.errorString())
               : QString();
}

struct HostileMap {
    TempFolder folder;
    std::unique_ptr<GraphDocument> map;
    NodeId controls, lone;
    EdgeId edge;
    HostileMap() {
        writeBundledMap(folder.file(QStringLiteral("hostile.kizuna")));
        map = openMap(folder.file(QStringLiteral("hostile.kizuna")));
        const std::vector<NodeId> ids = map->graph().nodeIds();
        controls = ids.at(0);
        lone = ids.at(1);
        NodeData node = *map->graph().node(controls);
        node.labels.en = kControls;
        node.description = QStringLiteral("red \x1b[31malert\x1b[0m");
        node.properties.insert(QStringLiteral("note"), QStringLiteral("p\x02q"));
        REQUIRE(map->updateNode(node).ok());
        node = *map->graph().node(lone);
        node.labels.en = kLone; // kept in memory as given (as an import reads it)
        REQUIRE(map->updateNode(node).ok());
        edge = map->graph().edgeIds().front();
        EdgeData data = *map->graph().edge(edge);
        data.label = QStringLiteral("e\x07"
                                    "f");
        REQUIRE(map->updateEdge(data).ok());
    }
    QString write(GraphFormat format, const QString& extension) {
        const QString path = folder.file(QStringLiteral("out.") + extension);
        const Status written = writeGraphFile(*map, path, format);
        INFO((written.ok() ? std::string() : written.error().toStdString()));
        REQUIRE(written.ok());
        return path;
    }
    // The warning about `field` of `element` (empty when there is none).
    QString warning(GraphFormat format, const QString& element, const QString& field) {
        for (const QString& line : exportWarnings(*map, format))
            if (line.startsWith(element + QLatin1Char(' ')) ||
                line.startsWith(element + QLatin1Char(':')))
                if (line.contains(QStringLiteral(": ") + field + QStringLiteral(": ")))
                    return line;
        return {};
    }
    QString nodeElement(NodeId id) const { return QStringLiteral("node %1").arg(id.value); }
    QString edgeElement() const { return QStringLiteral("edge %1").arg(edge.value); }
};

} // namespace

TEST_CASE("GraphML and GEXF exports write control characters as visible markers, stay "
          "well-formed and say which element and field",
          "[io][hostile][export]") {
    const auto [format, extension] = GENERATE(table<GraphFormat, const char*>(
        {{GraphFormat::GraphMl, "graphml"}, {GraphFormat::Gexf, "gexf"}}));
    DYNAMIC_SECTION("format " << extension) {
        HostileMap f;
        const QString path = f.write(format, QLatin1String(extension));
        const QByteArray xml = readBytes(path);
        CHECK(xmlError(xml) == QString());
        const QString text = QString::fromUtf8(xml);
        CHECK(text.contains(kPictured)); // not "abcd"
        CHECK_FALSE(text.contains(QStringLiteral("abcd")));
        CHECK(text.contains(QStringLiteral("red \u241b[31malert")));
        CHECK(text.contains(QStringLiteral("p\u2402q")));
        CHECK(text.contains(QStringLiteral("e\u2407f")));

        const QString label =
            f.warning(format, f.nodeElement(f.controls), QStringLiteral("label.en"));
        CHECK(label.endsWith(QStringLiteral(": label.en: ") + kControlsReason));
        CHECK(f.warning(format, f.nodeElement(f.controls), QStringLiteral("description")) !=
              QString());
        CHECK(f.warning(format, f.nodeElement(f.controls), QStringLiteral("prop.note")) !=
              QString());
        CHECK(f.warning(format, f.edgeElement(), QStringLiteral("label")) ==
              QStringLiteral("edge %1 \"e\u2407f\": label: %2")
                  .arg(f.edge.value)
                  .arg(kControlsReason));

        // Read back, the markers are what the file says: visible, never silently dropped.
        auto copy = importIntoNewMap(path, f.folder.file(QStringLiteral("copy.kizuna")));
        bool found = false;
        copy->graph().forEachNode(
            [&](const NodeData& node) { found |= node.labels.en == kPictured; });
        CHECK(found);
    }
}

TEST_CASE("A DOT export with NUL and other control characters is read by Graphviz and keeps what "
          "Graphviz can carry",
          "[io][hostile][export]") {
    HostileMap f;
    NodeData node = *f.map->graph().node(f.controls);
    node.labels.ja = QStringLiteral("nul") + QChar(0) + QStringLiteral("here");
    REQUIRE(f.map->updateNode(node).ok());
    const QString path = f.write(GraphFormat::Dot, QStringLiteral("dot"));
    const QByteArray dot = readBytes(path);
    CHECK_FALSE(dot.contains('\0'));
    CHECK(QString::fromUtf8(dot).contains(QStringLiteral("nul\u2400here")));

    QProcess graphviz;
    graphviz.start(QStringLiteral("dot"), {QStringLiteral("-Tsvg"), path});
    REQUIRE(graphviz.waitForFinished(60000));
    INFO(graphviz.readAllStandardError().toStdString());
    CHECK(graphviz.exitStatus() == QProcess::NormalExit);
    CHECK(graphviz.exitCode() == 0);

    // A quoted string carries every other character: BEL, ESC and SOH come back as they were.
    auto copy = importIntoNewMap(path, f.folder.file(QStringLiteral("copy.kizuna")));
    bool exact = false;
    copy->graph().forEachNode([&](const NodeData& n) { exact |= n.labels.en == kControls; });
    CHECK(exact);
    CHECK(f.warning(GraphFormat::Dot, f.nodeElement(f.controls), QStringLiteral("label.ja"))
              .endsWith(QStringLiteral(": label.ja: ") + kControlsReason));
    CHECK(f.warning(GraphFormat::Dot, f.nodeElement(f.controls), QStringLiteral("label.en")) ==
          QString());
}

TEST_CASE("A lone surrogate is written as U+FFFD with a warning, never as a silent \"?\"",
          "[io][hostile][export]") {
    const auto [format, extension] =
        GENERATE(table<GraphFormat, const char*>({{GraphFormat::Csv, "csv"},
                                                  {GraphFormat::GraphMl, "graphml"},
                                                  {GraphFormat::Gexf, "gexf"},
                                                  {GraphFormat::Dot, "dot"}}));
    DYNAMIC_SECTION("format " << extension) {
        HostileMap f;
        const QString path = f.write(format, QLatin1String(extension));
        const QByteArray bytes = readBytes(path);
        if (format == GraphFormat::GraphMl || format == GraphFormat::Gexf)
            CHECK(xmlError(bytes) == QString());
        const QString text = QString::fromUtf8(bytes);
        CHECK(text.contains(kLoneRepaired));
        CHECK_FALSE(text.contains(QStringLiteral("lone ? high")));
        CHECK(f.warning(format, f.nodeElement(f.lone), QStringLiteral("label.en"))
                  .contains(QStringLiteral("lone surrogates")));
    }
}

TEST_CASE("JSON exports carry control characters and lone surrogates exactly, without warnings",
          "[io][hostile][export]") {
    HostileMap f;
    CHECK(exportWarnings(*f.map, GraphFormat::KizunaJson).isEmpty());
    CHECK(exportWarnings(*f.map, GraphFormat::CytoscapeJson).isEmpty());
    const QString path = f.write(GraphFormat::KizunaJson, QStringLiteral("json"));
    CHECK(readBytes(path).contains("a\\u0007b\\u001bc\\u0001d"));
    auto copy = importIntoNewMap(path, f.folder.file(QStringLiteral("copy.kizuna")));
    // Through the importer's in-memory graph (the map file itself stores UTF-8).
    auto read = readGraphFile(path, GraphFormat::KizunaJson, copy->schema());
    REQUIRE(read.ok());
    bool controls = false, lone = false;
    for (const NodeData& node : read.value().contents.nodes) {
        controls |= node.labels.en == kControls;
        lone |= node.labels.en == kLone;
    }
    CHECK(controls);
    CHECK(lone);
}

TEST_CASE("Text for a terminal or an XML file shows control characters as control pictures",
          "[io][hostile][export]") {
    CHECK(carriedText(kControls, TextCarrier::Xml) == kPictured);
    CHECK(carriedText(QStringLiteral("tab\tline\ncr\r"), TextCarrier::Xml) ==
          QStringLiteral("tab\tline\ncr\r")); // XML carries these
    CHECK(carriedText(QStringLiteral("\x1b[2J\x7f") + QChar(0x9B), TextCarrier::Terminal) ==
          QStringLiteral("\u241b[2J\u2421\uFFFD"));
    CHECK(carriedText(QStringLiteral("x") + QChar(0xFFFE), TextCarrier::Xml) ==
          QStringLiteral("x\uFFFD"));
    const QString pair = QString::fromUcs4(U"\U0001F600"); // a surrogate pair stays
    CHECK(carriedText(pair, TextCarrier::Xml) == pair);
    CHECK(carriedText(kControls, TextCarrier::Utf8) == kControls);
    const TextRepair repair = repairText(kLone, TextCarrier::Utf8);
    CHECK(repair.surrogates);
    CHECK_FALSE(repair.controls);
    CHECK(repair.text == kLoneRepaired);
}
