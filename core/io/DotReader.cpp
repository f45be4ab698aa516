#include "io/AttributeMapping.h"
#include "io/DotFormat.h"
#include "io/ReadError.h"
#include "io/TextFiles.h"
#include "model/StyleOverrides.h"

#include <limits>
#include <map>
#include <memory>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace kizuna {
namespace {

using Attributes = std::vector<std::pair<QString, QString>>;

struct Token {
    enum Kind { End, Id, Punct, EdgeOp } kind = End;
    QString text;
    bool quoted = false;
    int line = 1, column = 1;
};

class Lexer {
public:
    Lexer(const QString& text, const QString& path) : m_text(text), m_path(path) {}

    Token next() {
        skipSpaceAndComments();
        Token token;
        token.line = m_line;
        token.column = int(m_pos - m_lineStart) + 1;
        if (m_pos >= m_text.size())
            return token;
        const QChar c = m_text[m_pos];
        if (c == QLatin1Char('"')) {
            token.kind = Token::Id;
            token.quoted = true;
            token.text = quoted();
            // "a" + "b" concatenation
            for (;;) {
                const qsizetype save = m_pos;
                const int saveLine = m_line;
                const qsizetype saveStart = m_lineStart;
                skipSpaceAndComments();
                if (m_pos < m_text.size() && m_text[m_pos] == QLatin1Char('+')) {
                    ++m_pos;
                    skipSpaceAndComments();
                    if (m_pos < m_text.size() && m_text[m_pos] == QLatin1Char('"')) {
                        token.text += quoted();
                        continue;
                    }
                }
                m_pos = save;
                m_line = saveLine;
                m_lineStart = saveStart;
                break;
            }
            return token;
        }
        if (c == QLatin1Char('<')) {
            token.kind = Token::Id;
            token.quoted = true;
            token.text = html();
            return token;
        }
        if (c == QLatin1Char('-') && m_pos + 1 < m_text.size() &&
            (m_text[m_pos + 1] == QLatin1Char('>') || m_text[m_pos + 1] == QLatin1Char('-'))) {
            token.kind = Token::EdgeOp;
            token.text = m_text.mid(m_pos, 2);
            m_pos += 2;
            return token;
        }
        if (QStringLiteral("{}[]=;,:").contains(c)) {
            token.kind = Token::Punct;
            token.text = c;
            ++m_pos;
            return token;
        }
        if (c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('.') ||
            c == QLatin1Char('-') || c.unicode() >= 0x80) {
            const qsizetype start = m_pos;
            while (m_pos < m_text.size()) {
                const QChar d = m_text[m_pos];
                if (!(d.isLetterOrNumber() || d == QLatin1Char('_') || d == QLatin1Char('.') ||
                      d.unicode() >= 0x80 || (d == QLatin1Char('-') && m_pos == start)))
                    break;
                ++m_pos;
            }
            token.kind = Token::Id;
            token.text = m_text.mid(start, m_pos - start);
            return token;
        }
        fail(token, QStringLiteral("unexpected character '%1'").arg(c));
    }

    [[noreturn]] void fail(const Token& at, const QString& what) const {
        throw ReadError{QStringLiteral("%1: line %2, column %3: %4")
                            .arg(m_path)
                            .arg(at.line)
                            .arg(at.column)
                            .arg(what)};
    }

private:
    void skipSpaceAndComments() {
        while (m_pos < m_text.size()) {
            const QChar c = m_text[m_pos];
            if (c == QLatin1Char('\n')) {
                ++m_line;
                m_lineStart = ++m_pos;
            } else if (c.isSpace()) {
                ++m_pos;
            } else if (c == QLatin1Char('#') &&
                       m_pos == m_lineStart) { // C preprocessor output line
                while (m_pos < m_text.size() && m_text[m_pos] != QLatin1Char('\n'))
                    ++m_pos;
            } else if (m_text.mid(m_pos, 2) == QLatin1String("//")) {
                while (m_pos < m_text.size() && m_text[m_pos] != QLatin1Char('\n'))
                    ++m_pos;
            } else if (m_text.mid(m_pos, 2) == QLatin1String("/*")) {
                const qsizetype end = m_text.indexOf(QLatin1String("*/"), m_pos + 2);
                if (end < 0) {
                    Token at{Token::End, {}, false, m_line, int(m_pos - m_lineStart) + 1};
                    fail(at, QStringLiteral("a /* comment is not closed"));
                }
                for (qsizetype i = m_pos; i < end; ++i)
                    if (m_text[i] == QLatin1Char('\n')) {
                        ++m_line;
                        m_lineStart = i + 1;
                    }
                m_pos = end + 2;
            } else {
                break;
            }
        }
    }

    QString quoted() {
        Token at{Token::Id, {}, true, m_line, int(m_pos - m_lineStart) + 1};
        ++m_pos; // opening quote
        QString value;
        while (m_pos < m_text.size() && m_text[m_pos] != QLatin1Char('"')) {
            QChar c = m_text[m_pos++];
            if (c == QLatin1Char('\\') && m_pos < m_text.size()) {
                const QChar escaped = m_text[m_pos++];
                if (escaped == QLatin1Char('"') || escaped == QLatin1Char('\\'))
                    value += escaped;
                else if (escaped == QLatin1Char('n') || escaped == QLatin1Char('l') ||
                         escaped == QLatin1Char('r'))
                    value += QLatin1Char('\n'); // Graphviz's line breaks (centred, left, right)
                else if (escaped == QLatin1Char('\n')) { // line continuation
                    ++m_line;
                    m_lineStart = m_pos;
                } else
                    value += c, value += escaped; // \N, \G … stay Graphviz placeholders
                continue;
            }
            if (c == QLatin1Char('\n')) {
                ++m_line;
                m_lineStart = m_pos;
            }
            value += c;
        }
        if (m_pos >= m_text.size())
            fail(at, QStringLiteral("a quoted string is not closed (a \" is missing)"));
        ++m_pos;
        return value;
    }

    QString html() {
        Token at{Token::Id, {}, true, m_line, int(m_pos - m_lineStart) + 1};
        int depth = 0;
        const qsizetype start = m_pos;
        do {
            if (m_pos >= m_text.size())
                fail(at, QStringLiteral("an HTML label <…> is not closed"));
            if (m_text[m_pos] == QLatin1Char('<'))
                ++depth;
            else if (m_text[m_pos] == QLatin1Char('>'))
                --depth;
            else if (m_text[m_pos] == QLatin1Char('\n')) {
                ++m_line;
                m_lineStart = m_pos + 1;
            }
            ++m_pos;
        } while (depth > 0);
        return m_text.mid(start + 1, m_pos - start - 2);
    }

    QString m_text;
    QString m_path;
    qsizetype m_pos = 0;
    int m_line = 1;
    qsizetype m_lineStart = 0;
};

bool keyword(const Token& token, const char* word) {
    return token.kind == Token::Id && !token.quoted &&
           token.text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
}

// Attributes Kizuna writes only to make Graphviz draw the map like the canvas: derived from the
// type, so they are not read back as properties of a file Kizuna wrote. Those it wrote from an
// element's own look are listed in the element's kz_style and read back as its style overrides.
const std::set<QString> kPresentation = {
    QStringLiteral("style"),     QStringLiteral("fillcolor"), QStringLiteral("color"),
    QStringLiteral("shape"),     QStringLiteral("fontname"),  QStringLiteral("dir"),
    QStringLiteral("fontcolor"), QStringLiteral("penwidth"),  QStringLiteral("fontsize"),
    QStringLiteral("width"),     QStringLiteral("height")};
// The look of a node or an edge: read as style overrides, never as properties.
const std::set<QString> kNodeLook = {QStringLiteral("fillcolor"), QStringLiteral("color"),
                                     QStringLiteral("shape"), QStringLiteral("width"),
                                     QStringLiteral("height")};
const std::set<QString> kEdgeLook = {QStringLiteral("color"), QStringLiteral("penwidth")};

// Limits (README, Interchange formats, Limits). The parser recurses once per subgraph level, so
// the depth bounds its stack; {a b …} -> {c d …} makes |left| × |right| edges from a few bytes, so
// one statement and one file are bounded too, and the attribute values copied onto elements.
constexpr int kMaxDepth = 200;
constexpr qint64 kMaxStatementEdges = 100'000;
constexpr qint64 kAttributeValuesPerElement = 10; // attribute values: ten per node or edge

// Graphviz's defaults: a node is 0.75 × 0.5 inches, a line 1 point wide.
constexpr double kDefaultWidth = 0.75, kDefaultHeight = 0.5;

std::optional<double> positiveNumber(const QString& text) {
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    return ok && value > 0 ? std::optional<double>(value) : std::nullopt;
}

class DotParser {
public:
    DotParser(const QString& text, const QString& path)
        : m_lexer(text, path), m_maxElements(maxImportElements()) {
        constexpr qint64 kMost = std::numeric_limits<qint64>::max();
        m_maxValues = m_maxElements > kMost / kAttributeValuesPerElement
                          ? kMost
                          : m_maxElements * kAttributeValuesPerElement;
        advance();
    }

    ImportedGraph parse() {
        if (keyword(m_token, "strict"))
            advance();
        if (keyword(m_token, "digraph"))
            m_graph.directed = true;
        else if (keyword(m_token, "graph"))
            m_graph.directed = false;
        else
            m_lexer.fail(m_token, QStringLiteral("expected \"graph\" or \"digraph\""));
        advance();
        if (m_token.kind == Token::Id)
            advance();
        Scope scope;
        scope.collect = false; // the graph's own members are never an edge's end
        expect("{");
        statements(scope);
        expect("}");
        if (m_token.kind != Token::End)
            m_lexer.fail(
                m_token,
                QStringLiteral("unexpected text after the end of the graph (one graph per file)"));
        finish();
        return std::move(m_graph);
    }

private:
    struct Scope {
        Attributes nodeDefaults, edgeDefaults;
        // Nodes mentioned in this (sub)graph, each once (a subgraph is a set, as in Graphviz:
        // a -> {b c b} makes two edges).
        std::vector<QString> members;
        std::unordered_set<QString> seen;
        bool collect = true;
        void add(const QString& id) {
            if (collect && seen.insert(id).second)
                members.push_back(id);
        }
    };

    void advance() { m_token = m_lexer.next(); }
    bool at(const char* punct) const {
        return m_token.kind == Token::Punct && m_token.text == QLatin1String(punct);
    }
    void expect(const char* punct) {
        if (!at(punct))
            m_lexer.fail(m_token, QStringLiteral("expected '%1'%2")
                                      .arg(QLatin1String(punct),
                                           m_token.kind == Token::End
                                               ? QStringLiteral(" before the end of the file")
                                               : QStringLiteral(", found '%1'").arg(m_token.text)));
        advance();
    }

    void statements(Scope& scope) {
        while (!at("}") && m_token.kind != Token::End) {
            statement(scope);
            if (at(";") || at(","))
                advance();
        }
    }

    Attributes attributeLists() {
        Attributes attributes;
        while (at("[")) {
            advance();
            while (!at("]")) {
                if (m_token.kind != Token::Id)
                    m_lexer.fail(m_token, QStringLiteral("expected an attribute name"));
                const QString name = m_token.text;
                advance();
                QString value = QStringLiteral("true");
                if (at("=")) {
                    advance();
                    if (m_token.kind != Token::Id)
                        m_lexer.fail(m_token,
                                     QStringLiteral("expected a value for \"%1\"").arg(name));
                    value = m_token.text;
                    advance();
                }
                attributes.emplace_back(name, value);
                countValues(1);
                if (at(",") || at(";"))
                    advance();
                if (m_token.kind == Token::End)
                    m_lexer.fail(m_token, QStringLiteral("an attribute list [ is not closed"));
            }
            advance();
        }
        return attributes;
    }

    // One endpoint group: a node id or a subgraph; returns the node ids it stands for.
    std::vector<QString> operand(Scope& scope) {
        if (keyword(m_token, "subgraph") || at("{"))
            return subgraph(scope);
        if (m_token.kind != Token::Id)
            m_lexer.fail(m_token, QStringLiteral("expected a node"));
        const QString id = m_token.text;
        const Token where = m_token;
        advance();
        if (at(":")) { // ports are about drawing; the edge joins the node
            advance();
            advance();
            if (at(":")) {
                advance();
                advance();
            }
        }
        touch(id, scope, where);
        return {id};
    }

    std::vector<QString> subgraph(Scope& parent) {
        if (keyword(m_token, "subgraph")) {
            advance();
            if (m_token.kind == Token::Id)
                advance();
        }
        if (at("{") && m_depth >= kMaxDepth)
            m_lexer.fail(m_token, QStringLiteral("subgraphs nested deeper than %1 levels (the "
                                                 "limit; a deeper file could exhaust the stack)")
                                      .arg(kMaxDepth));
        Scope scope{parent.nodeDefaults, parent.edgeDefaults, {}, {}, true};
        countValues(qint64(scope.nodeDefaults.size()) + qint64(scope.edgeDefaults.size()));
        expect("{");
        ++m_depth;
        statements(scope);
        --m_depth;
        expect("}");
        for (const QString& id : scope.members)
            parent.add(id);
        return std::move(scope.members);
    }

    void statement(Scope& scope) {
        const Token start = m_token;
        if (keyword(m_token, "graph") && !m_token.quoted) {
            advance();
            attributeLists(); // graph attributes describe the drawing
            return;
        }
        if (keyword(m_token, "node") || keyword(m_token, "edge")) {
            const bool isNode = keyword(m_token, "node");
            advance();
            for (auto& attribute : attributeLists())
                (isNode ? scope.nodeDefaults : scope.edgeDefaults).push_back(attribute);
            return;
        }
        if (m_token.kind == Token::Id && !keyword(m_token, "subgraph")) {
            // ID '=' ID at statement level: a graph attribute.
            const Token first = m_token;
            advance();
            if (at("=")) {
                advance();
                if (first.text == QLatin1String("kz_generator") &&
                    m_token.text == QLatin1String("kizuna"))
                    m_kizunaFile = true;
                advance();
                return;
            }
            m_pushedBack = first;
            m_hasPushedBack = true;
        }
        std::vector<QString> left = m_hasPushedBack ? pushedBackOperand(scope) : operand(scope);
        if (m_token.kind != Token::EdgeOp) {
            const Attributes attributes = attributeLists();
            countValues(qint64(left.size()) * qint64(attributes.size()));
            for (const QString& id : left)
                for (const auto& attribute : attributes)
                    m_nodeAttributes[id].push_back(attribute);
            return;
        }
        std::vector<std::pair<std::vector<QString>, std::vector<QString>>> links;
        const Token where = m_token;
        while (m_token.kind == Token::EdgeOp) {
            if (m_token.text == QLatin1String("->") && !m_graph.directed)
                m_lexer.fail(m_token, QStringLiteral("'->' in an undirected graph (use '--')"));
            if (m_token.text == QLatin1String("--") && m_graph.directed)
                m_lexer.fail(m_token, QStringLiteral("'--' in a directed graph (use '->')"));
            advance();
            std::vector<QString> right = operand(scope);
            links.emplace_back(left, right);
            left = right;
        }
        auto attributes = std::make_shared<Attributes>(scope.edgeDefaults);
        for (auto& attribute : attributeLists())
            attributes->push_back(attribute);
        // Every node of one side joined to every node of the other: count before making any.
        qint64 count = 0;
        for (const auto& [from, to] : links) {
            const qint64 product = qint64(from.size()) * qint64(to.size()); // each < 2^31
            count = count > std::numeric_limits<qint64>::max() - product
                        ? std::numeric_limits<qint64>::max()
                        : count + product;
        }
        if (count > kMaxStatementEdges)
            m_lexer.fail(start, QStringLiteral("this edge statement makes %1 edges, more than the "
                                               "%2 one statement may make (each node on one side "
                                               "of an edge operator is joined to each on the "
                                               "other)")
                                    .arg(groupedNumber(count), groupedNumber(kMaxStatementEdges)));
        countElements(count, start);
        countValues(count * qint64(attributes->size()), start);
        for (const auto& [from, to] : links)
            for (const QString& a : from)
                for (const QString& b : to)
                    m_edges.push_back({a, b, attributes, where.line});
    }

    std::vector<QString> pushedBackOperand(Scope& scope) {
        m_hasPushedBack = false;
        const QString id = m_pushedBack.text;
        if (at(":")) {
            advance();
            advance();
            if (at(":")) {
                advance();
                advance();
            }
        }
        touch(id, scope, m_pushedBack);
        return {id};
    }

    // A node exists from its first mention; defaults in force then apply to it.
    void touch(const QString& id, Scope& scope, const Token& where) {
        scope.add(id);
        if (m_index.count(id))
            return;
        countElements(1, where);
        countValues(qint64(scope.nodeDefaults.size()), where);
        m_index[id] = m_order.size();
        m_order.push_back(id);
        m_nodeAttributes[id] = scope.nodeDefaults;
    }

    // Nodes and edges made so far plus `more`, against the file's limit.
    void countElements(qint64 more, const Token& where) {
        const qint64 made = qint64(m_order.size()) + qint64(m_edges.size());
        if (more > m_maxElements - made)
            m_lexer.fail(where, QStringLiteral("more than %1 nodes and edges in one file (the "
                                               "import limit; set KIZUNA_MAX_IMPORT_ELEMENTS to "
                                               "raise it)")
                                    .arg(groupedNumber(m_maxElements)));
    }
    // Attribute values read or copied onto nodes and edges (a default list or a long attribute
    // list on a large edge statement multiplies them), against the file's limit.
    void countValues(qint64 more, const Token& where) {
        if (more > m_maxValues - m_values)
            m_lexer.fail(where, QStringLiteral("more than %1 attribute values in one file (the "
                                               "import limit, %2 per node or edge allowed by "
                                               "KIZUNA_MAX_IMPORT_ELEMENTS; set it to raise both)")
                                    .arg(groupedNumber(m_maxValues))
                                    .arg(kAttributeValuesPerElement));
        m_values += more;
    }
    void countValues(qint64 more) { countValues(more, m_token); }

    void finish() {
        for (const QString& id : m_order) {
            NodeData node;
            node.id = NodeId(qint64(m_graph.contents.nodes.size()) + 1);
            QString label;
            const Attributes& attributes = m_nodeAttributes[id];
            const Look look = lookOf(attributes, kNodeLook);
            for (const auto& [name, value] : attributes) {
                if (kNodeLook.count(name) || name == QLatin1String("kz_style") ||
                    (m_kizunaFile && kPresentation.count(name)))
                    continue;
                if (name == QLatin1String("label")) {
                    label = value;
                } else if (name == QLatin1String("pos")) {
                    const QStringList xy =
                        QString(value).remove(QLatin1Char('!')).split(QLatin1Char(','));
                    bool okX = false, okY = false;
                    const double x = xy.value(0).toDouble(&okX), y = xy.value(1).toDouble(&okY);
                    if (xy.size() < 2 || !okX || !okY)
                        throw ReadError{QStringLiteral("node \"%1\": pos \"%2\" is not \"x,y\"")
                                            .arg(id, value)};
                    node.position = QPointF(x, -y); // Graphviz's y axis points up
                } else {
                    applyNodeAttribute(node, name, value, QStringLiteral("node \"%1\"").arg(id));
                }
            }
            applyNodeLook(node, look, attributes);
            // The drawing label is the node's label only where the file gives no better one.
            if (node.labels.isEmpty() && !label.isEmpty() && label != QLatin1String("\\N"))
                node.labels.en = label;
            ensureLabel(node, id);
            m_graph.contents.nodes.push_back(std::move(node));
            m_graph.nodeKeys.push_back(id);
        }
        for (const PendingEdge& pending : m_edges) {
            const Attributes& attributes = *pending.attributes;
            EdgeData edge;
            edge.id = EdgeId(1000000000000LL + qint64(m_graph.contents.edges.size()));
            edge.source = NodeId(qint64(m_index.at(pending.source)) + 1);
            edge.target = NodeId(qint64(m_index.at(pending.target)) + 1);
            const Look look = lookOf(attributes, kEdgeLook);
            if (auto colour = look.value(QStringLiteral("color")))
                if (auto style = styleColor(*colour, ColorSyntax::Graphviz))
                    edge.properties.insert(kStyleColor, *style);
            if (auto width = look.value(QStringLiteral("penwidth")))
                if (auto points = positiveNumber(*width))
                    edge.properties.insert(kStyleWidth, styleScale(*points));
            for (const auto& [name, value] : attributes) {
                if (kEdgeLook.count(name) || name == QLatin1String("kz_style") ||
                    (m_kizunaFile && kPresentation.count(name)) || name == QLatin1String("pos") ||
                    name == QLatin1String("lp"))
                    continue; // spline geometry belongs to one drawing
                applyEdgeAttribute(edge, name, value,
                                   QStringLiteral("edge %1 -> %2 (%3)")
                                       .arg(pending.source, pending.target,
                                            QStringLiteral("line %1").arg(pending.line)));
            }
            m_graph.contents.edges.push_back(std::move(edge));
        }
    }

    // An element's look attributes (the last value of each), keeping only those that are its own:
    // in a file Kizuna wrote, those its kz_style names; in any other file, all of them.
    struct Look {
        std::map<QString, QString> values;
        std::optional<QString> value(const QString& name) const {
            auto it = values.find(name);
            return it == values.end() ? std::nullopt : std::optional<QString>(it->second);
        }
    };
    Look lookOf(const Attributes& attributes, const std::set<QString>& names) const {
        QStringList own;
        for (const auto& [name, value] : attributes)
            if (name == QLatin1String("kz_style"))
                own = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        Look look;
        for (const auto& [name, value] : attributes)
            if (names.count(name) && (!m_kizunaFile || own.contains(name)))
                look.values[name] = value;
        return look;
    }

    // A node's fill is its fillcolor, else its color; a box with style "rounded" is a rounded
    // rectangle; its size is its width (else height) over Graphviz's default.
    void applyNodeLook(NodeData& node, const Look& look, const Attributes& attributes) const {
        std::optional<QString> colour = look.value(QStringLiteral("fillcolor"));
        if (!colour || !parseColor(*colour, ColorSyntax::Graphviz))
            colour = look.value(QStringLiteral("color"));
        if (colour)
            if (auto style = styleColor(*colour, ColorSyntax::Graphviz))
                node.properties.insert(kStyleColor, *style);
        if (auto name = look.value(QStringLiteral("shape"))) {
            QString style;
            for (const auto& [key, value] : attributes)
                if (key == QLatin1String("style"))
                    style = value;
            std::optional<NodeShape> shape = shapeFromName(*name);
            if (shape == NodeShape::Rectangle && style.contains(QLatin1String("rounded")))
                shape = NodeShape::RoundedRectangle;
            if (shape)
                node.properties.insert(kStyleShape, shapeKey(*shape));
        }
        if (auto width = look.value(QStringLiteral("width")); width && positiveNumber(*width))
            node.properties.insert(kStyleSize, styleScale(*positiveNumber(*width) / kDefaultWidth));
        else if (auto height = look.value(QStringLiteral("height"));
                 height && positiveNumber(*height))
            node.properties.insert(kStyleSize,
                                   styleScale(*positiveNumber(*height) / kDefaultHeight));
    }

    struct PendingEdge {
        QString source, target;
        std::shared_ptr<const Attributes> attributes; // shared by the edges of one statement
        int line = 0;
    };

    Lexer m_lexer;
    Token m_token;
    Token m_pushedBack;
    bool m_hasPushedBack = false;
    bool m_kizunaFile = false;
    qint64 m_maxElements = 0, m_maxValues = 0, m_values = 0;
    int m_depth = 0; // subgraphs open around the current statement
    ImportedGraph m_graph;
    std::vector<QString> m_order;
    std::unordered_map<QString, size_t> m_index;
    std::unordered_map<QString, Attributes> m_nodeAttributes;
    std::vector<PendingEdge> m_edges;
};

} // namespace

Result<ImportedGraph> readDot(const QString& path, const ProgressCallback&) {
    try {
        const QByteArray data = readTextFile(path);
        return DotParser(QString::fromUtf8(data), path).parse();
    } catch (const ReadError& error) {
        return Error{error.message.startsWith(path)
                         ? error.message
                         : QStringLiteral("%1: %2").arg(path, error.message)};
    }
}

} // namespace kizuna
