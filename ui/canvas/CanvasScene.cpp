#include "canvas/CanvasScene.h"

#include "document/GraphDocument.h"
#include "model/StyleOverrides.h"

#include <QFontMetricsF>
#include <QHash>
#include <algorithm>
#include <atomic>
#include <boost/geometry.hpp>
#include <boost/geometry/index/rtree.hpp>
#include <cmath>
#include <iterator>
#include <limits>
#include <map>
#include <numeric>
#include <thread>

namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;

namespace kizuna {

using Point = bg::model::point<double, 2, bg::cs::cartesian>;
using Box = bg::model::box<Point>;
using Entry = std::pair<Box, int>;
using Segment = bg::model::segment<Point>;
using SegmentEntry = std::pair<Segment, int>;

struct CanvasScene::Index {
    bgi::rtree<Entry, bgi::rstar<16>> nodes;
    bgi::rtree<Entry, bgi::rstar<16>> edges;
    // Hit testing: every relation as line segments (a curve as a few), nearest first. Built at
    // the first hit test (not at open: most views of a big map never need it), then kept
    // current as nodes move.
    bgi::rtree<SegmentEntry, bgi::rstar<16>> segments;
    bool segmentsBuilt = false;
};

namespace {

constexpr double kSegmentPiece = 3000; // world units

// An edge's path as segments: a straight relation in pieces of up to kSegmentPiece (at most
// four), a curve in twelve.
void segmentsOf(const EdgeVisual& edge, int index, std::vector<SegmentEntry>& out) {
    if (edge.isStraight()) {
        // Long lines in pieces: small boxes keep the tree's nearest search short.
        const QPointF a = edge.start, b = edge.end;
        const int pieces = std::clamp(int(QLineF(a, b).length() / kSegmentPiece) + 1, 1, 4);
        for (int i = 0; i < pieces; ++i) {
            const QPointF p = a + (b - a) * (double(i) / pieces);
            const QPointF q = a + (b - a) * (double(i + 1) / pieces);
            out.emplace_back(Segment(Point(p.x(), p.y()), Point(q.x(), q.y())), index);
        }
        return;
    }
    constexpr int kPieces = 12;
    const QPainterPath path = edge.path();
    QPointF previous = path.pointAtPercent(0);
    for (int i = 1; i <= kPieces; ++i) {
        const QPointF next = path.pointAtPercent(double(i) / kPieces);
        out.emplace_back(Segment(Point(previous.x(), previous.y()), Point(next.x(), next.y())),
                         index);
        previous = next;
    }
}

constexpr size_t kWholeScenePlacementUpTo = 20000; // nodes; beyond, labels placed around the view
constexpr double kShapeExtent = 1.2; // how far past its radius a node's shape reaches (squares)
constexpr double kParallelSpacing = 40.0; // world units between parallel relations' curves

Box toBox(const QRectF& r) {
    return Box(Point(r.left(), r.top()), Point(r.right(), r.bottom()));
}

QPointF unit(QPointF v) {
    const double length = std::hypot(v.x(), v.y());
    return length > 1e-9 ? v / length : QPointF(1, 0);
}

QRectF nodeBox(const NodeVisual& node) {
    const QPointF p = node.position;
    const double r = node.radius;
    const QRectF shape(p.x() - r * 1.3, p.y() - r * 1.3, r * 2.6, r * 2.6);
    return shape.united(node.labelRect);
}

QRectF edgeBox(const EdgeVisual& edge) {
    return edge.controlRect().adjusted(-2, -2, 2, 2);
}

// Lays out one edge: straight, or bowed by `bend` world units so parallel edges stay apart.
void routeEdge(EdgeVisual& edge, QPointF from, QPointF to, double bend, double fromRadius,
               double toRadius) {
    const double r = fromRadius;
    edge.bend = bend;
    if (edge.source == edge.target) { // a self-loop: a small circle on top of the node
        const QPointF centre = from + QPointF(0, -r * 1.6);
        edge.route = EdgeVisual::Route::Loop;
        edge.control = centre;
        edge.start = edge.end = centre + QPointF(r * 0.9, 0);
        return;
    }
    const QPointF direction = unit(to - from);
    const QPointF normal(-direction.y(), direction.x());
    const QPointF control = (from + to) / 2 + normal * bend;
    edge.route = std::abs(bend) < 1e-6 ? EdgeVisual::Route::Line : EdgeVisual::Route::Curve;
    edge.start = from + unit(control - from) * (r + 2);
    edge.end = to + unit(control - to) * (toRadius + 3);
    edge.control = control;
}

// Okabe & Ito's palette: distinguishable with the common colour-vision deficiencies.
const QColor kColourBlindSafe[] = {QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9),
                                   QColor(0x00, 0x9E, 0x73), QColor(0xF0, 0xE4, 0x42),
                                   QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00),
                                   QColor(0xCC, 0x79, 0xA7), QColor(0x99, 0x99, 0x99)};

QColor schemeColour(ColourScheme scheme, const Schema& schema, const QString& key, QColor colour,
                    bool node) {
    switch (scheme) {
    case ColourScheme::Schema:
        return colour;
    case ColourScheme::Monochrome:
        return node ? QColor(0xE8, 0xE8, 0xE8) : QColor(0x33, 0x33, 0x33);
    case ColourScheme::ColourBlindSafe:
        break;
    }
    int index = 0;
    if (node) {
        for (const auto& type : schema.nodeTypes()) {
            if (type.key == key)
                break;
            ++index;
        }
    } else {
        for (const auto& type : schema.relationTypes()) {
            if (type.key == key)
                break;
            ++index;
        }
        index += 4; // relations start elsewhere in the palette than nodes
    }
    return kColourBlindSafe[index % 8];
}

} // namespace

QColor sceneColour(ColourScheme scheme, const Schema& schema, const QString& key,
                   const QColor& colour, bool node) {
    return schemeColour(scheme, schema, key, colour, node);
}

CanvasScene::CanvasScene() : m_index(std::make_unique<Index>()) {
    // Latin in DejaVu Sans, Japanese and Chinese from IPA Gothic / WenQuanYi: fonts that render
    // and, in PDF exports, extract cleanly.
    const QStringList families = {QStringLiteral("DejaVu Sans"), QStringLiteral("IPAPGothic"),
                                  QStringLiteral("IPAGothic"),
                                  QStringLiteral("WenQuanYi Micro Hei")};
    m_labelFont.setFamilies(families);
    m_labelFont.setPixelSize(12);
    m_edgeLabelFont.setFamilies(families);
    m_edgeLabelFont.setPixelSize(9);
    m_annotationFont.setFamilies(families);
    m_annotationFont.setPixelSize(11);
}

CanvasScene::~CanvasScene() = default;
CanvasScene::CanvasScene(CanvasScene&&) noexcept = default;
CanvasScene& CanvasScene::operator=(CanvasScene&&) noexcept = default;

void CanvasScene::clear() {
    ++m_generation;
    m_nodes.clear();
    m_edges.clear();
    m_annotations.clear();
    m_nodeIndex.clear();
    m_nodeBoxes.clear();
    m_edgeBoxes.clear();
    m_index = std::make_unique<Index>();
    m_bounds = QRectF();
    m_labelOrder.clear();
    forgetLabels();
}

void CanvasScene::orderLabels() {
    // Pinned by the user, then the most connected, then the shortest (more of them fit).
    m_labelOrder.resize(m_nodes.size());
    std::iota(m_labelOrder.begin(), m_labelOrder.end(), 0);
    std::stable_sort(m_labelOrder.begin(), m_labelOrder.end(), [this](int a, int b) {
        const NodeVisual &x = m_nodes[size_t(a)], &y = m_nodes[size_t(b)];
        if (x.pinned != y.pinned)
            return x.pinned;
        if (x.degree != y.degree)
            return x.degree > y.degree;
        return x.label.size() < y.label.size();
    });
}

void CanvasScene::forgetLabels() const {
    static std::atomic<quint64> epochs{0}; // unique across scenes: a scene may take another's place
    m_labelLevels.clear();
    m_exactLabels = NodeLabels();
    m_labelEpoch = ++epochs;
}

void CanvasScene::rebuild(const GraphDocument& document, Language language) {
    SceneOptions options;
    options.language = language;
    rebuild(document, options);
}

void CanvasScene::appendToEdgeLabel(EdgeId id, const QString& text) {
    ++m_generation;
    for (EdgeVisual& edge : m_edges)
        if (edge.id == id) {
            edge.label += text;
            edge.fullLabel += text;
        }
}

void CanvasScene::rebuild(const GraphDocument& document, const SceneOptions& options) {
    const Language language = options.language;
    if (options.exportFonts) {
        // One font for Latin and Japanese (IPA P Gothic covers both) keeps a PDF to one embedded
        // font, whose place in the file does not vary between runs; a tiny letter spacing makes
        // Qt skip shaping ligatures (ﬁ), which text extraction would return instead of letters.
        for (QFont* font : {&m_labelFont, &m_edgeLabelFont, &m_annotationFont}) {
            font->setFamilies({QStringLiteral("IPAPGothic"), QStringLiteral("IPAGothic"),
                               QStringLiteral("WenQuanYi Micro Hei"),
                               QStringLiteral("DejaVu Sans")});
            font->setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
        }
    }
    clear();
    const KnowledgeGraph& graph = document.graph();
    const Schema& schema = document.schema();

    // Each node type's colour and shape, worked out once.
    QHash<QString, std::pair<QColor, NodeShape>> typeLooks;
    auto typeLookOf = [&](const QString& key) -> const std::pair<QColor, NodeShape>& {
        auto it = typeLooks.find(key);
        if (it != typeLooks.end())
            return *it;
        const NodeType* type = schema.nodeType(key);
        return *typeLooks.insert(key,
                                 {schemeColour(options.colours, schema, key,
                                               type ? QColor(type->color) : QColor(Qt::gray), true),
                                  type ? type->shape : NodeShape::Ellipse});
    };
    m_nodes.reserve(graph.nodeCount());
    for (NodeId id : graph.nodeIds()) {
        if ((!options.only.isEmpty() && !options.only.contains(id.value)) ||
            options.hidden.count(id.value))
            continue;
        const NodeData& data = *graph.node(id);
        NodeVisual visual;
        visual.id = id;
        auto own = options.positions.find(id);
        visual.position =
            own != options.positions.end() ? own->second : data.position.value_or(QPointF());
        visual.faded = options.faded.count(id.value) > 0;
        if (auto size = options.sizes.find(id); size != options.sizes.end())
            visual.radius = kNodeRadius * size->second;
        const auto& [colour, shape] = typeLookOf(data.type);
        visual.color = colour;
        visual.shape = shape;
        visual.pinned = isLabelPinned(data.properties);
        // The node's own look (imported from Gephi, yEd, Graphviz or Cytoscape) over its type's.
        if (!data.properties.isEmpty()) {
            if (const auto own = colorOverride(data.properties);
                own && options.colours == ColourScheme::Schema)
                visual.color = QColor(own->r, own->g, own->b, own->a);
            if (const auto own = scaleOverride(data.properties, kStyleSize);
                own && !options.sizes.count(id))
                visual.radius = kNodeRadius * *own;
            if (const auto own = shapeOverride(data.properties))
                visual.shape = *own;
        }
        if (auto fill = options.fills.find(id); fill != options.fills.end())
            visual.color = fill->second;
        visual.label = data.labels.display(language);
        m_nodeIndex[id] = int(m_nodes.size());
        m_nodes.push_back(std::move(visual));
    }
    // Labels are measured (the longest part on a big map) while the relations are routed: the
    // measuring writes only labels' fields, the routing reads only positions and radii.
    std::thread labels;
    if (m_nodes.size() >= kMeasureAsideFrom)
        labels = std::thread([this, font = QFont(m_labelFont)] { // a QFont per thread
            const QFontMetricsF metrics(font);
            for (NodeVisual& node : m_nodes)
                placeLabel(node, metrics);
        });
    else
        measureLabels(0, m_nodes.size());
    struct Joiner {
        std::thread& thread;
        ~Joiner() {
            if (thread.joinable())
                thread.join();
        }
    } joiner{labels};

    // Each relation type's look, worked out once: a big map has a few types and many relations.
    struct RelationLook {
        QColor colour;
        LineStyle line = LineStyle::Solid;
        bool directed = true;
        QString name;
    };
    QHash<QString, RelationLook> looks;
    auto lookOf = [&](const QString& relation) -> const RelationLook& {
        auto it = looks.find(relation);
        if (it != looks.end())
            return *it;
        const RelationType* type = schema.relationType(relation);
        RelationLook look;
        look.colour = schemeColour(options.colours, schema, relation,
                                   type ? QColor(type->color) : QColor(Qt::darkGray), false);
        look.line = type ? type->lineStyle : LineStyle::Solid;
        look.directed = type ? type->directed : true;
        look.name = schema.relationName(relation, language);
        return *looks.insert(relation, look);
    };

    // Parallel edges (the same unordered pair of ends) each get their own bend: grouped by pair,
    // in the graph's order within a pair.
    struct Member {
        qint64 low, high;
        const EdgeData* data;
        int source, target; // indexes into m_nodes
        double bend = 0;
    };
    std::vector<Member> members;
    members.reserve(graph.edgeCount());
    const bool anyHidden = !options.hidden.empty();
    for (EdgeId id : graph.edgeIds()) {
        const EdgeData& data = *graph.edge(id);
        const auto source = m_nodeIndex.find(data.source);
        if (source == m_nodeIndex.end())
            continue; // filtered out, or an endpoint is
        const auto target = m_nodeIndex.find(data.target);
        if (target == m_nodeIndex.end() || (anyHidden && options.hidden.count(id.value)))
            continue;
        const auto [low, high] = std::minmax(data.source.value, data.target.value);
        members.push_back({low, high, &data, source->second, target->second});
    }
    std::stable_sort(members.begin(), members.end(), [](const Member& a, const Member& b) {
        return std::tie(a.low, a.high) < std::tie(b.low, b.high);
    });
    for (size_t first = 0; first < members.size();) {
        size_t last = first;
        while (last < members.size() && members[last].low == members[first].low &&
               members[last].high == members[first].high)
            ++last;
        const size_t count = last - first;
        for (size_t k = 0; k < count; ++k) {
            // Bends are relative to the pair's canonical direction, so A->B and B->A separate
            // too; far enough apart that the curves' labels (at their middles) do not touch.
            Member& member = members[first + k];
            double bend = (double(k) - double(count - 1) / 2.0) * kParallelSpacing;
            if (member.data->source.value != member.low)
                bend = -bend;
            member.bend = bend;
        }
        first = last;
    }
    // Visuals in id order (hit tests and exports expect it).
    std::sort(members.begin(), members.end(),
              [](const Member& a, const Member& b) { return a.data->id < b.data->id; });
    m_edges.reserve(members.size());
    const bool anyFaded = !options.faded.empty();
    for (const Member& member : members) {
        const EdgeData& data = *member.data;
        const RelationLook& look = lookOf(data.relation);
        EdgeVisual visual;
        visual.id = data.id;
        visual.source = member.source;
        visual.target = member.target;
        visual.color = look.colour;
        visual.lineStyle = look.line;
        if (!data.properties.isEmpty()) {
            if (const auto own = colorOverride(data.properties);
                own && options.colours == ColourScheme::Schema)
                visual.color = QColor(own->r, own->g, own->b, own->a);
            if (const auto own = scaleOverride(data.properties, kStyleWidth))
                visual.width = *own;
        }
        visual.directed = look.directed;
        visual.faded = anyFaded && options.faded.count(data.id.value) > 0;
        visual.label = look.name;
        visual.fullLabel = visual.label;
        if (!data.label.isEmpty()) { // the full label is in the inspector; keep the canvas calm
            const QString label = bilingualPart(data.label, language);
            visual.label +=
                QStringLiteral(": ") + (label.size() > 18 ? label.left(17) + QChar(0x2026) : label);
            visual.fullLabel += QStringLiteral(": ") + label;
        }
        const NodeVisual &from = m_nodes[size_t(visual.source)],
                         &to = m_nodes[size_t(visual.target)];
        routeEdge(visual, from.position, to.position, member.bend, from.radius, to.radius);
        if (visual.source != visual.target) {
            ++m_nodes[size_t(visual.source)].degree;
            ++m_nodes[size_t(visual.target)].degree;
        }
        m_edges.push_back(std::move(visual));
    }

    if (labels.joinable())
        labels.join();
    // Annotations belong to the map: text boxes appear in every view, a callout where its target
    // does.
    const QFontMetricsF noteMetrics(m_annotationFont);
    for (const auto& [id, annotation] : document.annotations()) {
        AnnotationVisual visual{id, annotation.text, {}, std::nullopt};
        if (annotation.target) {
            if (auto node = m_nodeIndex.find(NodeId(annotation.target)); node != m_nodeIndex.end())
                visual.target = m_nodes[size_t(node->second)].position;
            else if (auto edge = std::find_if(
                         m_edges.begin(), m_edges.end(),
                         [&](const EdgeVisual& e) { return e.id.value == annotation.target; });
                     edge != m_edges.end())
                visual.target = edge->labelAnchor();
            else if (!options.only.isEmpty())
                continue; // its target is not shown
        }
        const QRectF text = noteMetrics.boundingRect(QRectF(0, 0, annotation.width, 1e6),
                                                     Qt::TextWordWrap, annotation.text);
        visual.rect =
            QRectF(annotation.position, QSizeF(annotation.width + 12, text.height() + 10));
        m_annotations.push_back(visual);
    }

    std::vector<Entry> nodeEntries, edgeEntries;
    nodeEntries.reserve(m_nodes.size());
    m_nodeBoxes.resize(m_nodes.size());
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        const QRectF all = nodeBox(m_nodes[i]);
        m_nodeBoxes[i] = all;
        nodeEntries.emplace_back(toBox(all), int(i));
        m_bounds = m_bounds.isNull() ? all : m_bounds.united(all);
    }
    edgeEntries.reserve(m_edges.size());
    m_edgeBoxes.resize(m_edges.size());
    for (size_t i = 0; i < m_edges.size(); ++i) {
        const QRectF box = edgeBox(m_edges[i]);
        m_edgeBoxes[i] = box;
        edgeEntries.emplace_back(toBox(box), int(i));
        m_bounds = m_bounds.isNull() ? box : m_bounds.united(box);
    }
    for (const AnnotationVisual& note : m_annotations) {
        QRectF box = note.rect;
        if (note.target)
            box = box.united(QRectF(*note.target, QSizeF(1, 1)));
        m_bounds = m_bounds.isNull() ? box : m_bounds.united(box);
    }
    orderLabels();
    // Bulk loading (packing) builds a better tree than inserting one by one, and faster; the
    // two trees on two cores.
    std::thread nodeTree([&] {
        m_index->nodes = bgi::rtree<Entry, bgi::rstar<16>>(nodeEntries.begin(), nodeEntries.end());
    });
    m_index->edges = bgi::rtree<Entry, bgi::rstar<16>>(edgeEntries.begin(), edgeEntries.end());
    nodeTree.join();
}

void CanvasScene::measureLabels(size_t from, size_t to) {
    const QFontMetricsF metrics(m_labelFont);
    for (size_t i = from; i < to; ++i)
        placeLabel(m_nodes[i], metrics);
}

void CanvasScene::placeLabel(NodeVisual& node, const QFontMetricsF& metrics) const {
    const double width = metrics.horizontalAdvance(node.label);
    node.labelWidth = width;
    node.labelRect = QRectF(node.position.x() - width / 2, node.position.y() + node.radius + 3,
                            width, metrics.height());
}

void CanvasScene::moveNodes(const std::vector<NodeId>& ids, QPointF delta) {
    ++m_generation;
    std::vector<char> moved(m_nodes.size(), 0);
    const QFontMetricsF metrics(m_labelFont);
    for (NodeId id : ids) {
        auto it = m_nodeIndex.find(id);
        if (it == m_nodeIndex.end())
            continue;
        NodeVisual& node = m_nodes[size_t(it->second)];
        node.position += delta;
        placeLabel(node, metrics);
        moved[size_t(it->second)] = 1;
    }
    rerouteEdges(moved);
}

void CanvasScene::placeNodes(const std::unordered_map<NodeId, QPointF>& positions) {
    ++m_generation;
    std::vector<char> moved(m_nodes.size(), 0);
    const QFontMetricsF metrics(m_labelFont);
    for (const auto& [id, point] : positions) {
        auto it = m_nodeIndex.find(id);
        if (it == m_nodeIndex.end())
            continue;
        NodeVisual& node = m_nodes[size_t(it->second)];
        node.position = point;
        placeLabel(node, metrics);
        moved[size_t(it->second)] = 1;
    }
    rerouteEdges(moved);
}

void CanvasScene::commitPositions(const std::unordered_map<NodeId, QPointF>& positions) {
    ++m_generation;
    std::vector<size_t> changed;
    for (const auto& [id, point] : positions) {
        auto it = m_nodeIndex.find(id);
        if (it == m_nodeIndex.end())
            continue;
        m_nodes[size_t(it->second)].position = point;
        changed.push_back(size_t(it->second));
    }
    reindex(changed);
}

void CanvasScene::refreshNodes(const GraphDocument& document, const std::vector<NodeId>& ids,
                               Language language, const std::map<NodeId, QPointF>& ownPositions) {
    ++m_generation;
    std::vector<size_t> changed;
    for (NodeId id : ids) {
        auto it = m_nodeIndex.find(id);
        const NodeData* data = document.graph().node(id);
        if (it == m_nodeIndex.end() || !data)
            continue;
        NodeVisual& visual = m_nodes[size_t(it->second)];
        auto own = ownPositions.find(id);
        visual.position =
            own != ownPositions.end() ? own->second : data->position.value_or(QPointF());
        visual.label = data->labels.display(language);
        visual.pinned = isLabelPinned(data->properties);
        changed.push_back(size_t(it->second));
    }
    if (!changed.empty())
        orderLabels(); // a new label's length, a pin
    reindex(changed);
}

void CanvasScene::reindex(const std::vector<size_t>& changed) {
    if (changed.empty())
        return;
    forgetLabels();
    std::vector<char> moved(m_nodes.size(), 0);
    const QFontMetricsF metrics(m_labelFont);
    for (size_t i : changed) {
        m_index->nodes.remove(Entry(toBox(m_nodeBoxes[i]), int(i)));
        placeLabel(m_nodes[i], metrics);
        m_nodeBoxes[i] = nodeBox(m_nodes[i]);
        m_index->nodes.insert(Entry(toBox(m_nodeBoxes[i]), int(i)));
        m_bounds = m_bounds.united(m_nodeBoxes[i]);
        moved[i] = 1;
    }
    for (size_t i = 0; i < m_edges.size(); ++i) {
        EdgeVisual& edge = m_edges[i];
        if (!moved[size_t(edge.source)] && !moved[size_t(edge.target)])
            continue;
        m_index->edges.remove(Entry(toBox(m_edgeBoxes[i]), int(i)));
        const NodeVisual &from = m_nodes[size_t(edge.source)], &to = m_nodes[size_t(edge.target)];
        rerouteEdge(i, from, to);
        m_edgeBoxes[i] = edgeBox(edge);
        m_index->edges.insert(Entry(toBox(m_edgeBoxes[i]), int(i)));
        m_bounds = m_bounds.united(m_edgeBoxes[i]);
    }
}

void CanvasScene::rerouteEdges(const std::vector<char>& moved) {
    for (size_t i = 0; i < m_edges.size(); ++i) {
        const EdgeVisual& edge = m_edges[i];
        if (!moved[size_t(edge.source)] && !moved[size_t(edge.target)])
            continue;
        rerouteEdge(i, m_nodes[size_t(edge.source)], m_nodes[size_t(edge.target)]);
    }
}

void CanvasScene::rerouteEdge(size_t i, const NodeVisual& from, const NodeVisual& to) {
    EdgeVisual& edge = m_edges[i];
    std::vector<SegmentEntry> pieces;
    if (m_index->segmentsBuilt) {
        segmentsOf(edge, int(i), pieces);
        for (const SegmentEntry& piece : pieces)
            m_index->segments.remove(piece);
    }
    // A parallel edge keeps its bend.
    routeEdge(edge, from.position, to.position, edge.bend, from.radius, to.radius);
    if (m_index->segmentsBuilt) {
        pieces.clear();
        segmentsOf(edge, int(i), pieces);
        m_index->segments.insert(pieces.begin(), pieces.end());
    }
}

int CanvasScene::labelPixels(double scale, int naturalPx, int minimumPx) {
    return std::max(minimumPx, int(std::lround(naturalPx * scale)));
}

namespace {

// Zoom levels a quarter of a doubling apart: the placement is made for the level's lowest scale,
// so it holds (labels only get farther apart) until the next level.
int zoomLevel(double scale) {
    return int(std::floor(std::log2(std::max(scale, 1e-9)) * 4));
}

} // namespace

const NodeLabels* CanvasScene::placedLabels(double scale, const LabelSizing& sizing,
                                            const QSet<qint64>& first, const QRectF& view) const {
    if (first != m_labelFirst)
        return nullptr;
    if (sizing.exact)
        return m_exactLabels.scale == scale && !m_exactLabels.sides.empty() ? &m_exactLabels
                                                                            : nullptr;
    auto it = m_labelLevels.find(zoomLevel(scale));
    if (it == m_labelLevels.end())
        return nullptr;
    const QRectF& region = it->second.region;
    return region.isNull() || (!view.isNull() && region.contains(view)) ? &it->second : nullptr;
}

const NodeLabels& CanvasScene::nodeLabels(double scale, const LabelSizing& sizing,
                                          const QSet<qint64>& first, const QRectF& view) const {
    if (const NodeLabels* placed = placedLabels(scale, sizing, first, view))
        return *placed;
    LabelJob job = labelJob(scale, sizing, first, view);
    job.place();
    return *keepLabels(std::move(job)); // taken just now: not out of date
}

CanvasScene::LabelJob CanvasScene::labelJob(double scale, const LabelSizing& sizing,
                                            const QSet<qint64>& first, const QRectF& view) const {
    if (first != m_labelFirst) {
        forgetLabels();
        m_labelFirst = first;
    }
    LabelJob job;
    job.epoch = m_labelEpoch;
    job.exact = sizing.exact;
    const int level = job.level = zoomLevel(scale);
    const double placedScale = sizing.exact ? scale : std::exp2(level / 4.0);
    // A big map is placed around the view only (a whole 100,000-node placement takes a while),
    // again when the view leaves that region.
    const bool aroundView =
        !sizing.exact && !view.isNull() && m_nodes.size() > kWholeScenePlacementUpTo;
    // This level's placement of another region: its sides are kept.
    const NodeLabels* previousHere = nullptr;
    if (!sizing.exact)
        if (auto it = m_labelLevels.find(level); it != m_labelLevels.end())
            previousHere = &it->second;
    // Levels already placed: zooming in only adds labels, zooming out only takes some away, and
    // a label keeps its side. Labels shown at the next level out come first here (they fit:
    // nodes only get farther apart), labels hidden at the next level in stay hidden.
    const NodeLabels* coarser = nullptr;
    const NodeLabels* finer = nullptr;
    if (!sizing.exact && !m_labelLevels.empty()) {
        if (auto above = m_labelLevels.upper_bound(level); above != m_labelLevels.end())
            finer = &above->second;
        if (auto below = m_labelLevels.lower_bound(level); below != m_labelLevels.begin())
            coarser = &std::prev(below)->second;
    }
    NodeLabels& labels = job.labels;
    labels.scale = placedScale;
    if (aroundView)
        labels.region = view.adjusted(-view.width() / 2, -view.height() / 2, view.width() / 2,
                                      view.height() / 2);
    auto knownAt = [this](const NodeLabels* other, size_t i) {
        return other && !other->sides.empty() &&
               (other->region.isNull() || other->region.contains(m_nodes[i].position));
    };
    labels.nodePx = labelPixels(placedScale, m_labelFont.pixelSize(), sizing.minNodePx);
    labels.edgePx = labelPixels(placedScale, m_edgeLabelFont.pixelSize(), sizing.minEdgePx);
    const double fontScale = double(labels.nodePx) / m_labelFont.pixelSize();
    const double height = QFontMetricsF(m_labelFont).height() * fontScale;
    // The nodes placed: all, or those in the region.
    std::vector<size_t>& members = job.members;
    if (aroundView) {
        for (int i : nodesIn(labels.region))
            members.push_back(size_t(i));
    } else {
        members.resize(m_nodes.size());
        std::iota(members.begin(), members.end(), size_t(0));
    }
    std::vector<int> local(m_nodes.size(), -1); // a node's request
    job.requests.resize(members.size());
    for (size_t k = 0; k < members.size(); ++k) {
        const size_t i = members[k];
        local[i] = int(k);
        const NodeVisual& node = m_nodes[i];
        LabelRequest& r = job.requests[k];
        r.centre = node.position * placedScale;
        r.radius = std::max(node.radius * placedScale * kShapeExtent, 1.0);
        if (!node.label.isEmpty()) // a little spare width: small sizes hint wider
            r.size = QSizeF(node.labelWidth * fontScale * 1.04 + 2, height);
        if (knownAt(finer, i) && finer->sides[i] != LabelSide::Hidden) {
            // Shown closer in: here only on the same side, so zooming in never moves it.
            r.preferred = finer->sides[i];
            r.onlyPreferred = true;
        } else if (knownAt(previousHere, i) && previousHere->sides[i] != LabelSide::Hidden) {
            r.preferred = previousHere->sides[i];
        } else if (coarser && knownAt(coarser, i) && coarser->sides[i] != LabelSide::Hidden) {
            r.preferred = coarser->sides[i];
        }
    }
    std::vector<int>& order = job.order;
    order.reserve(members.size());
    std::vector<char> taken(m_nodes.size(), 0);
    auto add = [&](auto&& wanted) {
        for (int i : m_labelOrder)
            if (local[size_t(i)] >= 0 && !taken[size_t(i)] && wanted(size_t(i))) {
                taken[size_t(i)] = 1;
                if (!knownAt(finer, size_t(i)) || finer->sides[size_t(i)] != LabelSide::Hidden)
                    order.push_back(local[size_t(i)]);
            }
    };
    add([&](size_t i) { return first.contains(m_nodes[i].id.value); });
    add([&](size_t i) {
        return coarser && knownAt(coarser, i) && coarser->sides[i] != LabelSide::Hidden;
    });
    add([](size_t) { return true; });
    labels.sides.assign(m_nodes.size(), LabelSide::Hidden);
    return job;
}

void CanvasScene::LabelJob::place() {
    const std::vector<LabelSide> sides = placeLabels(requests, order);
    for (size_t k = 0; k < members.size(); ++k)
        labels.sides[members[k]] = sides[k];
}

const NodeLabels* CanvasScene::keepLabels(LabelJob&& job) const {
    if (job.epoch != m_labelEpoch || job.labels.sides.size() != m_nodes.size())
        return nullptr; // placed for labels forgotten since
    if (job.exact) {
        m_exactLabels = std::move(job.labels);
        return &m_exactLabels;
    }
    return &m_labelLevels.insert_or_assign(job.level, std::move(job.labels)).first->second;
}

QRectF CanvasScene::labelDeviceRect(size_t i, LabelSide side, double scale, int px) const {
    const NodeVisual& node = m_nodes[i];
    const double fontScale = double(px) / m_labelFont.pixelSize();
    LabelRequest r;
    r.centre = node.position * scale;
    r.radius = std::max(node.radius * scale * kShapeExtent, 1.0);
    r.size = QSizeF(node.labelWidth * fontScale * 1.04 + 2,
                    QFontMetricsF(m_labelFont).height() * fontScale);
    return labelRect(r, side);
}

std::optional<AnnotationId> CanvasScene::annotationAt(QPointF world) const {
    for (auto it = m_annotations.rbegin(); it != m_annotations.rend(); ++it) // topmost first
        if (it->rect.contains(world))
            return it->id;
    return std::nullopt;
}

void CanvasScene::moveAnnotation(AnnotationId id, QPointF delta) {
    ++m_generation;
    for (AnnotationVisual& note : m_annotations)
        if (note.id == id)
            note.rect.translate(delta);
}

std::optional<QPointF> CanvasScene::positionOf(NodeId id) const {
    auto it = m_nodeIndex.find(id);
    if (it == m_nodeIndex.end())
        return std::nullopt;
    return m_nodes[size_t(it->second)].position;
}

std::optional<int> CanvasScene::indexOf(NodeId id) const {
    auto it = m_nodeIndex.find(id);
    if (it == m_nodeIndex.end())
        return std::nullopt;
    return it->second;
}

std::vector<int> CanvasScene::nodesIn(const QRectF& world) const {
    std::vector<int> result;
    for (auto it = m_index->nodes.qbegin(bgi::intersects(toBox(world)));
         it != m_index->nodes.qend(); ++it)
        result.push_back(it->second);
    std::sort(result.begin(), result.end());
    return result;
}

std::vector<int> CanvasScene::edgesIn(const QRectF& world) const {
    std::vector<int> result;
    for (auto it = m_index->edges.qbegin(bgi::intersects(toBox(world)));
         it != m_index->edges.qend(); ++it)
        result.push_back(it->second);
    std::sort(result.begin(), result.end());
    return result;
}

std::optional<NodeId> CanvasScene::nodeAt(QPointF world) const {
    std::optional<NodeId> best;
    double bestDistance = 0;
    for (int i : nodesIn(QRectF(world, QSizeF(0.01, 0.01)))) {
        const NodeVisual& node = m_nodes[size_t(i)];
        const double distance =
            std::hypot(world.x() - node.position.x(), world.y() - node.position.y());
        if (distance > node.radius * 1.3)
            continue;
        if (!best || distance < bestDistance) {
            best = node.id;
            bestDistance = distance;
        }
    }
    return best;
}

int CanvasScene::labelsInside(double scale, const LabelSizing& sizing, const QRectF& world) const {
    if (scale <= 0 || m_nodes.empty())
        return 0;
    const NodeLabels& labels = nodeLabels(scale, sizing, m_labelFirst);
    const int px = labelPixels(scale, m_labelFont.pixelSize(), sizing.minNodePx);
    const QRectF device(world.topLeft() * scale, world.bottomRight() * scale);
    int inside = 0;
    for (size_t i = 0; i < m_nodes.size(); ++i)
        if (labels.sides[i] != LabelSide::Hidden &&
            device.contains(labelDeviceRect(i, labels.sides[i], scale, px)))
            ++inside;
    return inside;
}

QRectF CanvasScene::labelledBounds(double scale, const LabelSizing& sizing) const {
    if (scale <= 0 || m_nodes.empty())
        return m_bounds;
    const NodeLabels& labels = nodeLabels(scale, sizing, m_labelFirst);
    const int px = labelPixels(scale, m_labelFont.pixelSize(), sizing.minNodePx);
    QRectF device;
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        const NodeVisual& node = m_nodes[i];
        const double r = node.radius * 1.3;
        QRectF box(node.position - QPointF(r, r), QSizeF(2 * r, 2 * r));
        box = QRectF(box.topLeft() * scale, box.bottomRight() * scale);
        if (labels.sides[i] != LabelSide::Hidden)
            box = box.united(labelDeviceRect(i, labels.sides[i], scale, px).adjusted(-3, -1, 3, 1));
        device = device.isNull() ? box : device.united(box);
    }
    for (const QRectF& box : m_edgeBoxes)
        device = device.united(QRectF(box.topLeft() * scale, box.bottomRight() * scale));
    return QRectF(device.topLeft() / scale, device.bottomRight() / scale);
}

std::optional<NodeId> CanvasScene::labelAt(QPointF world, double scale,
                                           const LabelSizing& sizing) const {
    if (scale <= 0 || m_nodes.empty())
        return std::nullopt;
    const double reach = 400.0 / scale;
    const NodeLabels& labels =
        nodeLabels(scale, sizing, m_labelFirst,
                   QRectF(world - QPointF(reach, reach), QSizeF(2 * reach, 2 * reach)));
    const int px = labelPixels(scale, m_labelFont.pixelSize(), sizing.minNodePx);
    for (int i : nodesIn(QRectF(world - QPointF(reach, reach / 4), QSizeF(2 * reach, reach / 2)))) {
        const LabelSide side = labels.sides[size_t(i)];
        if (side != LabelSide::Hidden &&
            labelDeviceRect(size_t(i), side, scale, px).contains(world * scale))
            return m_nodes[size_t(i)].id;
    }
    return std::nullopt;
}

std::optional<EdgeId> CanvasScene::edgeAt(QPointF world, double tolerance) const {
    if (!m_index->segmentsBuilt) {
        std::vector<SegmentEntry> pieces;
        pieces.reserve(m_edges.size());
        for (size_t i = 0; i < m_edges.size(); ++i)
            segmentsOf(m_edges[i], int(i), pieces);
        m_index->segments = bgi::rtree<SegmentEntry, bgi::rstar<16>>(pieces.begin(), pieces.end());
        m_index->segmentsBuilt = true;
    }
    // The nearest piece of any relation, by its distance to the point (not to a bounding box).
    const Point point(world.x(), world.y());
    std::vector<SegmentEntry> nearest;
    m_index->segments.query(bgi::nearest(point, 4), std::back_inserter(nearest));
    int best = -1;
    double bestDistance = tolerance;
    for (const auto& [segment, index] : nearest) { // equally near: the one drawn on top (last)
        const double distance = bg::distance(point, segment);
        if (distance < bestDistance || (distance == bestDistance && index > best)) {
            bestDistance = distance;
            best = index;
        }
    }
    if (best < 0)
        return std::nullopt;
    return m_edges[size_t(best)].id;
}

QRectF EdgeVisual::controlRect() const {
    switch (route) {
    case Route::Line:
        return QRectF(start, end).normalized();
    case Route::Curve: { // QPainterPath keeps a quadratic curve as a cubic: its control points
        const QPointF c1 = start + (control - start) * (2.0 / 3.0);
        const QPointF c2 = end + (control - end) * (2.0 / 3.0);
        const double left = std::min({start.x(), c1.x(), c2.x(), end.x()});
        const double top = std::min({start.y(), c1.y(), c2.y(), end.y()});
        const double right = std::max({start.x(), c1.x(), c2.x(), end.x()});
        const double bottom = std::max({start.y(), c1.y(), c2.y(), end.y()});
        return QRectF(QPointF(left, top), QPointF(right, bottom));
    }
    case Route::Loop: {
        const double radius = start.x() - control.x();
        return QRectF(control.x() - radius, control.y() - radius, 2 * radius, 2 * radius);
    }
    }
    return {};
}

QPainterPath EdgeVisual::path() const {
    QPainterPath path;
    switch (route) {
    case Route::Line:
        path.moveTo(start);
        path.lineTo(end);
        break;
    case Route::Curve:
        path.moveTo(start);
        path.quadTo(control, end);
        break;
    case Route::Loop: {
        const double radius = start.x() - control.x();
        path.addEllipse(control, radius, radius);
        break;
    }
    }
    return path;
}

QPointF EdgeVisual::pointAt(double t) const {
    switch (route) {
    case Route::Line:
        return start + (end - start) * t;
    case Route::Curve: // one curve: its parameter is the path's percentage
        return start * ((1 - t) * (1 - t)) + control * (2 * t * (1 - t)) + end * (t * t);
    case Route::Loop:
        break;
    }
    return path().pointAtPercent(t);
}

// A self-loop's circle has 0.9 times its node's radius and sits 1.6 radii above the node.
QPointF EdgeVisual::labelAnchor() const {
    switch (route) {
    case Route::Line:
        return (start + end) / 2;
    case Route::Curve: // t = 0.5 of the quadratic curve, as path().pointAtPercent(0.5)
        return (start + 2 * control + end) / 4;
    case Route::Loop:
        return control + QPointF(0, -(start.x() - control.x()) / 0.9);
    }
    return start;
}

QPointF EdgeVisual::arrowTip() const {
    if (route != Route::Loop)
        return end;
    const double nodeRadius = (start.x() - control.x()) / 0.9;
    return control + QPointF(nodeRadius * 0.45, nodeRadius * 0.7);
}

double EdgeVisual::arrowAngle() const {
    if (route == Route::Loop)
        return M_PI / 2;
    const QPointF incoming = end - (route == Route::Line ? start : control);
    return std::atan2(incoming.y(), incoming.x());
}

} // namespace kizuna
