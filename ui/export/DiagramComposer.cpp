#include "export/DiagramComposer.h"

#include "canvas/MetricStyling.h"

#include "canvas/GraphPainter.h"
#include "canvas/NodeShapes.h"
#include "document/GraphDocument.h"

#include <QFontMetricsF>
#include <cmath>
#include <map>
#include <set>

namespace kizuna {
namespace {

constexpr double kGap = 14; // between blocks
constexpr double kLegendItemWidth = 190;
constexpr double kLegendRow = 18;
constexpr double kMinWidth = 640; // room for title, legend and sources on small maps

QFont exportFont(int pixelSize, bool bold = false) {
    QFont font;
    // The same single font as the graph's labels in exports (see CanvasScene::rebuild).
    font.setFamilies({QStringLiteral("IPAPGothic"), QStringLiteral("IPAGothic"),
                      QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("DejaVu Sans")});
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.02); // no ligatures: text extracts as typed
    return font;
}

double wrappedHeight(const QFont& font, double width, const QString& text) {
    return QFontMetricsF(font)
        .boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text)
        .height();
}

} // namespace

DiagramComposer::DiagramComposer(const GraphDocument& document, const DiagramOptions& options,
                                 const QSet<qint64>& only)
    : m_options(options), m_titleFont(exportFont(20, true)), m_subtitleFont(exportFont(13)),
      m_smallFont(exportFont(9)), m_legendFont(exportFont(11)) {
    SceneOptions sceneOptions = options.presentation;
    sceneOptions.language = options.language;
    sceneOptions.colours = options.colours;
    sceneOptions.only = only;
    sceneOptions.exportFonts = true;
    m_scene.rebuild(document, sceneOptions);

    // The legend lists the types that are shown, in schema order.
    std::set<QString> nodeTypes, relations;
    for (const NodeVisual& node : m_scene.nodes())
        nodeTypes.insert(document.graph().node(node.id)->type);
    for (const EdgeVisual& edge : m_scene.edges())
        relations.insert(document.graph().edge(edge.id)->relation);
    const Schema& schema = document.schema();
    // Nodes coloured by a metric: the legend's type entries keep only their shape.
    const bool metricColours = !options.presentation.fills.empty();
    for (const NodeType& type : schema.nodeTypes())
        if (nodeTypes.count(type.key))
            m_legend.push_back(
                {true, typeName(type.nameEn, type.nameJa, type.key, options.language),
                 metricColours
                     ? QColor(0xDD, 0xDD, 0xDD)
                     : sceneColour(options.colours, schema, type.key, QColor(type.color), true),
                 type.shape});
    if (!options.presentation.colourBy.isEmpty())
        m_styling
            << QStringLiteral("Node colour: %1").arg(metricName(options.presentation.colourBy));
    if (!options.presentation.sizeBy.isEmpty())
        m_styling << QStringLiteral("Node size: %1").arg(metricName(options.presentation.sizeBy));
    for (const RelationType& type : schema.relationTypes())
        if (relations.count(type.key)) {
            LegendItem item{
                false, typeName(type.nameEn, type.nameJa, type.key, options.language),
                sceneColour(options.colours, schema, type.key, QColor(type.color), false)};
            item.line = type.lineStyle;
            item.directed = type.directed;
            m_legend.push_back(item);
        }

    // Sources cited by what is shown, numbered in order of first use; edges carry the numbers.
    if (options.sources) {
        std::map<qint64, int> numbers;
        auto numberOf = [&](SourceId id) {
            auto [it, added] = numbers.emplace(id.value, int(numbers.size()) + 1);
            if (added) {
                const Source* source = document.provenance().source(id);
                QStringList parts{source->title};
                if (!source->publisher.isEmpty())
                    parts << source->publisher;
                if (!source->date.isEmpty())
                    parts << source->date;
                if (!source->url.isEmpty())
                    parts << source->url;
                else if (!source->document.isEmpty())
                    parts << source->document;
                m_sourceLines << QStringLiteral("[%1] %2")
                                     .arg(it->second)
                                     .arg(parts.join(QStringLiteral(". ")));
            }
            return it->second;
        };
        for (const NodeVisual& node : m_scene.nodes())
            for (const Citation& citation : document.provenance().citationsOf(node.id.value))
                numberOf(citation.source);
        for (const EdgeVisual& edge : m_scene.edges()) {
            std::set<int> cited;
            for (const Citation& citation : document.provenance().citationsOf(edge.id.value))
                cited.insert(numberOf(citation.source));
            QStringList marks;
            for (int n : cited)
                marks << QString::number(n);
            if (!marks.isEmpty())
                m_scene.appendToEdgeLabel(
                    edge.id, QStringLiteral(" [%1]").arg(marks.join(QLatin1Char(','))));
        }
    }
}

double DiagramComposer::headerHeight() const {
    double height = 0;
    if (!m_options.title.isEmpty())
        height += QFontMetricsF(m_titleFont).height() + 4;
    if (!m_options.subtitle.isEmpty())
        height += QFontMetricsF(m_subtitleFont).height() + 2;
    return height > 0 ? height + kGap : 0;
}

double DiagramComposer::legendHeight(double width) const {
    if (!m_options.legend || m_legend.empty())
        return 0;
    const int columns = std::max(1, int(width / kLegendItemWidth));
    int nodes = 0, edges = 0;
    for (const LegendItem& item : m_legend)
        (item.node ? nodes : edges)++;
    const int rows = (nodes + columns - 1) / columns + (edges + columns - 1) / columns;
    return rows * kLegendRow + kGap + 4;
}

double DiagramComposer::footerHeight(double width) const {
    // The stamp line is always there; the sources list when asked for and non-empty.
    double height = QFontMetricsF(m_smallFont).height() + 4;
    if (!m_sourceLines.isEmpty())
        height +=
            wrappedHeight(m_smallFont, width,
                          QStringLiteral("Sources\n") + m_sourceLines.join(QLatin1Char('\n'))) +
            6;
    return height;
}

QSizeF DiagramComposer::naturalSize() const {
    const QRectF bounds = m_scene.bounds();
    const double width = std::max(bounds.width(), kMinWidth);
    const double height =
        headerHeight() + bounds.height() + kGap + legendHeight(width) + footerHeight(width);
    // Whole pixels, so a PNG at N times 96 dpi is exactly N times as large.
    return QSizeF(std::ceil(width + 2 * kGap), std::ceil(height + 2 * kGap));
}

void DiagramComposer::paint(QPainter& painter, const QRectF& target) const {
    const QRectF area = target.adjusted(kGap, kGap, -kGap, -kGap);
    double y = area.top();
    painter.setPen(QColor(20, 20, 20));
    if (!m_options.title.isEmpty()) {
        painter.setFont(m_titleFont);
        const double h = QFontMetricsF(m_titleFont).height();
        painter.drawText(QRectF(area.left(), y, area.width(), h), Qt::AlignLeft | Qt::AlignVCenter,
                         m_options.title);
        y += h + 4;
    }
    if (!m_options.subtitle.isEmpty()) {
        painter.setFont(m_subtitleFont);
        painter.setPen(QColor(90, 90, 90));
        const double h = QFontMetricsF(m_subtitleFont).height();
        painter.drawText(QRectF(area.left(), y, area.width(), h), Qt::AlignLeft | Qt::AlignVCenter,
                         m_options.subtitle);
        y += h + 2;
    }
    if (y > area.top())
        y += kGap;

    // The graph gets what the other blocks leave, scaled to fit but never enlarged.
    const QRectF bounds = m_scene.bounds();
    const double below = legendHeight(area.width()) + footerHeight(area.width()) + kGap;
    const QRectF available(area.left(), y, area.width(), std::max(10.0, area.bottom() - y - below));
    double scale = 1.0;
    if (!bounds.isEmpty())
        scale = std::min(
            {1.0, available.width() / bounds.width(), available.height() / bounds.height()});
    const QSizeF drawn = bounds.size() * scale;
    const QPointF origin(available.left() + (available.width() - drawn.width()) / 2,
                         available.top());
    if (!isEmpty()) {
        painter.save();
        painter.translate(origin);
        painter.scale(scale, scale);
        painter.translate(-bounds.topLeft());
        PaintRequest request;
        request.visibleWorld = bounds;
        request.scale = scale;
        request.fullDetail = true;
        paintGraph(painter, m_scene, request);
        painter.restore();
    }
    y = origin.y() + drawn.height() + kGap;
    y += paintLegend(painter, QRectF(area.left(), y, area.width(), legendHeight(area.width())));
    paintFooter(painter, QRectF(area.left(), y, area.width(), area.bottom() - y));
}

double DiagramComposer::paintLegend(QPainter& painter, const QRectF& area) const {
    if (!m_options.legend || m_legend.empty())
        return 0;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(m_legendFont);
    painter.setPen(QPen(QColor(200, 200, 200), 0.8));
    painter.drawLine(QPointF(area.left(), area.top()), QPointF(area.right(), area.top()));
    const int columns = std::max(1, int(area.width() / kLegendItemWidth));
    double y = area.top() + 6;
    for (int pass = 0; pass < 2; ++pass) { // node types, then relation types
        int column = 0;
        for (const LegendItem& item : m_legend) {
            if (item.node != (pass == 0))
                continue;
            const double x = area.left() + column * kLegendItemWidth;
            const QPointF centre(x + 9, y + kLegendRow / 2);
            if (item.node) {
                painter.setPen(QPen(item.colour.darker(150), 1));
                painter.setBrush(item.colour);
                painter.drawPath(nodeShapePath(item.shape, 6).translated(centre));
            } else {
                painter.setPen(QPen(item.colour, 1.6, penStyle(item.line)));
                painter.drawLine(QPointF(x, centre.y()), QPointF(x + 20, centre.y()));
                if (item.directed) {
                    painter.setPen(Qt::NoPen);
                    painter.setBrush(item.colour);
                    const QPointF tip(x + 22, centre.y());
                    const QPointF points[] = {tip, tip + QPointF(-6, -3.5), tip + QPointF(-6, 3.5)};
                    painter.drawPolygon(points, 3);
                }
            }
            painter.setPen(QColor(40, 40, 40));
            painter.drawText(QRectF(x + 28, y, kLegendItemWidth - 32, kLegendRow),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             QFontMetricsF(m_legendFont)
                                 .elidedText(item.name, Qt::ElideRight, kLegendItemWidth - 32));
            if (++column == columns) {
                column = 0;
                y += kLegendRow;
            }
        }
        if (column != 0)
            y += kLegendRow;
    }
    painter.restore();
    return legendHeight(area.width());
}

double DiagramComposer::paintFooter(QPainter& painter, const QRectF& area) const {
    painter.save();
    painter.setFont(m_smallFont);
    painter.setPen(QColor(60, 60, 60));
    double y = area.top();
    if (!m_sourceLines.isEmpty()) {
        const QString text = QStringLiteral("Sources\n") + m_sourceLines.join(QLatin1Char('\n'));
        const double h = wrappedHeight(m_smallFont, area.width(), text);
        painter.drawText(QRectF(area.left(), y, area.width(), h), Qt::TextWordWrap, text);
        y += h + 6;
    }
    painter.setPen(QColor(120, 120, 120));
    painter.drawText(
        QRectF(area.left(), y, area.width(), QFontMetricsF(m_smallFont).height()), Qt::AlignRight,
        (m_styling.isEmpty() ? QString()
                             : m_styling.join(QStringLiteral(" · ")) + QStringLiteral(" · ")) +
            QStringLiteral("As of %1 · Kizuna").arg(m_options.asOfOrToday()));
    painter.restore();
    return y;
}

} // namespace kizuna
