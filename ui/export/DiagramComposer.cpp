#include "export/DiagramComposer.h"

#include "canvas/MetricStyling.h"
#include "canvas/NodeStyling.h"

#include "canvas/GraphPainter.h"
#include "canvas/NodeShapes.h"
#include "document/GraphDocument.h"

#include <QFileInfo>
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
constexpr double kMaxScale = 1.6; // a small map fills the page, but nodes stay node-sized

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
    for (const NodeVisual& node : m_scene.nodes()) {
        const double r = node.radius * 1.3;
        const QRectF box(node.position - QPointF(r, r), QSizeF(2 * r, 2 * r));
        m_shapes = m_shapes.isNull() ? box : m_shapes.united(box);
    }
    for (const EdgeVisual& edge : m_scene.edges())
        m_shapes = m_shapes.united(edge.controlRect());
    if (options.changes) {
        m_marks = changeMarksOf(*options.changes, document.schema(), options.language,
                                options.colours, options.changesTitle);
        for (const ChangeMarks::GhostNode& ghost : m_marks->ghostNodes) { // on the page too
            const double r = CanvasScene::kNodeRadius * 1.3;
            const QRectF box(ghost.position - QPointF(r, r), QSizeF(2 * r, 2 * r));
            m_shapes = m_shapes.isNull() ? box : m_shapes.united(box);
        }
    }

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
            << QStringLiteral("Node colour: %1").arg(styleKeyName(options.presentation.colourBy));
    if (!options.presentation.sizeBy.isEmpty())
        m_styling << QStringLiteral("Node size: %1").arg(styleKeyName(options.presentation.sizeBy));
    // Coloured by a property: each colour with the value it stands for (never colour alone).
    for (const auto& [value, colour] : options.presentation.fillLegend)
        m_legend.push_back({true, value, colour, NodeShape::Ellipse});
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
                else if (!source->document.isEmpty()) // its name, never a path on a disk
                    parts << QFileInfo(source->document).fileName();
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
    if (!m_options.legend || (m_legend.empty() && !m_marks))
        return 0;
    const int columns = std::max(1, int(width / kLegendItemWidth));
    int nodes = 0, edges = 0;
    for (const LegendItem& item : m_legend)
        (item.node ? nodes : edges)++;
    const int rows = (nodes + columns - 1) / columns + (edges + columns - 1) / columns;
    QPainter none;
    const double changes =
        m_marks ? paintChangeLegend(none, {}, *m_marks, m_legendFont, false).height() + 4 : 0;
    return rows * kLegendRow + changes + kGap + 4;
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

LabelSizing DiagramComposer::labelSizing() const {
    // Page units are 1/96 inch, 0.75 pt: the minimum in points, rounded up to whole units.
    LabelSizing sizing;
    sizing.minNodePx = int(std::ceil(m_options.minFontPt / 0.75 - 1e-6));
    sizing.minEdgePx = int(std::ceil(std::max(m_options.minFontPt - 1, 4.0) / 0.75 - 1e-6));
    sizing.exact = true;
    return sizing;
}

QRectF DiagramComposer::shapesBounds() const {
    return m_shapes;
}

DiagramComposer::Fit DiagramComposer::fitAt(double scale) const {
    Fit fit;
    fit.scale = scale;
    const NodeLabels& labels = m_scene.nodeLabels(scale, labelSizing());
    QRectF extent;
    auto add = [&](const QRectF& r) { extent = extent.isNull() ? r : extent.united(r); };
    for (size_t i = 0; i < m_scene.nodes().size(); ++i) {
        const NodeVisual& node = m_scene.nodes()[i];
        const double r = node.radius * 1.3 * scale;
        add(QRectF(node.position * scale - QPointF(r, r), QSizeF(2 * r, 2 * r)));
        if (node.label.isEmpty())
            continue;
        ++fit.labelled;
        if (labels.sides[i] == LabelSide::Hidden)
            continue;
        ++fit.shown;
        add(m_scene.labelDeviceRect(i, labels.sides[i], scale, labels.nodePx)
                .adjusted(-3, -1, 3, 1));
    }
    for (const EdgeVisual& edge : m_scene.edges()) {
        const QRectF box = edge.controlRect();
        add(QRectF(box.topLeft() * scale, box.bottomRight() * scale));
    }
    for (const AnnotationVisual& note : m_scene.annotations())
        add(QRectF(note.rect.topLeft() * scale, note.rect.bottomRight() * scale));
    if (m_marks)
        for (const ChangeMarks::GhostNode& ghost : m_marks->ghostNodes) {
            const double r = CanvasScene::kNodeRadius * 1.3 * scale;
            add(QRectF(ghost.position * scale - QPointF(r, r), QSizeF(2 * r, 2 * r + 20)));
        }
    fit.extent = extent;
    return fit;
}

DiagramComposer::Fit DiagramComposer::fitGraph(QSizeF area) const {
    const QRectF shapes = shapesBounds();
    if (shapes.isEmpty() || area.isEmpty())
        return fitAt(1.0);
    // Start from the shapes alone, then shrink until the labels fit too: their size is fixed in
    // page units, so each round brings the extent closer to the area.
    double scale = std::min({kMaxScale, area.width() / std::max(shapes.width(), 1.0),
                             area.height() / std::max(shapes.height(), 1.0)});
    Fit fit = fitAt(scale);
    for (int round = 0; round < 8; ++round) {
        const double ratio =
            std::min(area.width() / fit.extent.width(), area.height() / fit.extent.height());
        if (ratio >= 0.999)
            break;
        scale *= ratio * 0.995;
        fit = fitAt(scale);
    }
    return fit;
}

namespace {

// The smallest scale from `start` up at which every node label fits; if none up to the cap
// does, the one that shows the most.
DiagramComposer::Fit readableFit(const DiagramComposer& composer, double start) {
    DiagramComposer::Fit best = composer.fitAt(start);
    for (double scale = start * 1.2; !best.allLabels() && scale <= 4.0; scale *= 1.2) {
        DiagramComposer::Fit fit = composer.fitAt(scale);
        if (fit.shown > best.shown)
            best = fit;
    }
    return best;
}

} // namespace

QSizeF DiagramComposer::naturalSize() const {
    const Fit fit = fitAt(1.0);
    const double width = std::max(fit.extent.width(), kMinWidth);
    const double height =
        headerHeight() + fit.extent.height() + kGap + legendHeight(width) + footerHeight(width);
    // Whole pixels, so a PNG at N times 96 dpi is exactly N times as large.
    return QSizeF(std::ceil(width + 2 * kGap), std::ceil(height + 2 * kGap));
}

QSizeF DiagramComposer::readableSize() const {
    const Fit fit = readableFit(*this, 1.0);
    const double width = std::max(fit.extent.width(), kMinWidth);
    const double height =
        headerHeight() + fit.extent.height() + kGap + legendHeight(width) + footerHeight(width);
    return QSizeF(std::ceil(width + 2 * kGap + 2), std::ceil(height + 2 * kGap + 2));
}

QSizeF DiagramComposer::graphArea(QSizeF page) const {
    const double width = page.width() - 2 * kGap;
    const double height = page.height() - 2 * kGap - headerHeight() - legendHeight(width) -
                          footerHeight(width) - kGap;
    return QSizeF(width, std::max(10.0, height));
}

void DiagramComposer::paintGraphAt(QPainter& painter, QPointF origin, const Fit& fit,
                                   const QRectF& visibleWorld) const {
    painter.save();
    painter.translate(origin - fit.extent.topLeft());
    painter.scale(fit.scale, fit.scale);
    PaintRequest request;
    request.visibleWorld = visibleWorld;
    if (painter.hasClipping()) {
        // A band of a PNG (PngStream.h): only what reaches into it. The margin covers pens and
        // node shapes; labels of nodes outside reach in by themselves (paintLabels).
        const double margin = 60;
        request.part = painter.clipBoundingRect().adjusted(-margin, -margin, margin, margin);
        request.visibleWorld &= request.part;
    }
    request.scale = fit.scale;
    request.fullDetail = true;
    request.labels = labelSizing();
    request.changes = m_marks ? &*m_marks : nullptr;
    request.stop = m_stop;
    paintGraph(painter, m_scene, request);
    painter.restore();
}

void DiagramComposer::paint(QPainter& painter, const QRectF& target, const Tiles* tiles) const {
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

    // The graph fills what the other blocks leave, labels at their minimum size or larger.
    const double below = legendHeight(area.width()) + footerHeight(area.width()) + kGap;
    const QRectF available(area.left(), y, area.width(), std::max(10.0, area.bottom() - y - below));
    const Fit fit = fitGraph(available.size());
    const QPointF origin(available.left() + (available.width() - fit.extent.width()) / 2,
                         available.top() +
                             std::max(0.0, (available.height() - fit.extent.height()) / 2));
    if (!isEmpty()) {
        const QRectF world(fit.extent.topLeft() / fit.scale, fit.extent.bottomRight() / fit.scale);
        paintGraphAt(painter, origin, fit, world.adjusted(-50, -50, 50, 50));
        if (tiles) { // the overview: where each tile page is
            painter.save();
            const double k = fit.scale / tiles->scale;
            const QPointF start = origin + (tiles->extent.topLeft() * k - fit.extent.topLeft());
            const QSizeF cell = tiles->tileSize * k;
            const QSizeF step = tiles->step * k;
            painter.setPen(QPen(QColor(21, 101, 192, 170), 1.0, Qt::DashLine));
            painter.setBrush(Qt::NoBrush);
            QFont font = m_legendFont;
            font.setBold(true);
            painter.setFont(font);
            for (int row = 0; row < tiles->rows; ++row)
                for (int column = 0; column < tiles->columns; ++column) {
                    const QRectF r(start + QPointF(column * step.width(), row * step.height()),
                                   cell);
                    painter.drawRect(r);
                    painter.setPen(QColor(21, 101, 192));
                    painter.drawText(r.adjusted(4, 2, -4, -2), Qt::AlignLeft | Qt::AlignTop,
                                     QStringLiteral("%1 · p. %2")
                                         .arg(tiles->name(column, row))
                                         .arg(2 + row * tiles->columns + column));
                    painter.setPen(QPen(QColor(21, 101, 192, 170), 1.0, Qt::DashLine));
                }
            painter.restore();
        }
    }
    y = origin.y() + fit.extent.height() + kGap;
    y += paintLegend(painter, QRectF(area.left(), y, area.width(), legendHeight(area.width())));
    paintFooter(painter, QRectF(area.left(), y, area.width(), area.bottom() - y));
}

QString DiagramComposer::Tiles::name(int column, int row) const {
    QString letters;
    for (int c = column; c >= 0; c = c / 26 - 1)
        letters.prepend(QChar(u'A' + c % 26));
    return letters + QString::number(row + 1);
}

DiagramComposer::Tiles DiagramComposer::tilesFor(QSizeF page) const {
    Tiles tiles;
    const double header = QFontMetricsF(m_subtitleFont).height() + kGap;
    tiles.tileSize = QSizeF(page.width() - 2 * kGap, page.height() - 2 * kGap - header -
                                                         QFontMetricsF(m_smallFont).height());
    // The scale at which the whole drawing fits one page's graph area, grown until every label
    // fits: tiles exist to show them all.
    const Fit whole = fitGraph(graphArea(page));
    Fit fit = readableFit(*this, whole.scale);
    if (!fit.allLabels()) { // the steps from 1:1 may find a scale the others missed
        const Fit natural = readableFit(*this, 1.0);
        if (natural.shown > fit.shown)
            fit = natural;
    }
    tiles.scale = fit.scale;
    tiles.extent = fit.extent;
    // Neighbouring tiles share a strip as wide as the longest label: a label cut at one tile's
    // edge is whole on the next.
    const NodeLabels& labels = m_scene.nodeLabels(fit.scale, labelSizing());
    double longest = 0;
    for (const NodeVisual& node : m_scene.nodes())
        longest =
            std::max(longest, node.labelWidth * labels.nodePx / m_scene.labelFont().pixelSize());
    const QSizeF overlap(std::min(longest + 40, tiles.tileSize.width() * 0.4),
                         std::min(80.0, tiles.tileSize.height() * 0.3));
    tiles.step = tiles.tileSize - overlap;
    auto count = [](double length, double tile, double step) {
        return length <= tile ? 1 : 1 + int(std::ceil((length - tile) / step - 1e-6));
    };
    tiles.columns = count(fit.extent.width(), tiles.tileSize.width(), tiles.step.width());
    tiles.rows = count(fit.extent.height(), tiles.tileSize.height(), tiles.step.height());
    // Centre the drawing in the tiles' grid.
    const QSizeF grid((tiles.columns - 1) * tiles.step.width() + tiles.tileSize.width(),
                      (tiles.rows - 1) * tiles.step.height() + tiles.tileSize.height());
    tiles.extent.adjust(
        -(grid.width() - fit.extent.width()) / 2, -(grid.height() - fit.extent.height()) / 2,
        (grid.width() - fit.extent.width()) / 2, (grid.height() - fit.extent.height()) / 2);
    return tiles;
}

void DiagramComposer::paintTile(QPainter& painter, const QRectF& target, const Tiles& tiles,
                                int column, int row, int firstTilePage) const {
    const QRectF area = target.adjusted(kGap, kGap, -kGap, -kGap);
    auto pageOf = [&](int c, int r) { return firstTilePage + r * tiles.columns + c; };
    QStringList around;
    const std::tuple<int, int, const char*> neighbours[] = {
        {-1, 0, "\u2190"}, {1, 0, "\u2192"}, {0, -1, "\u2191"}, {0, 1, "\u2193"}};
    for (const auto& [dc, dr, arrow] : neighbours) {
        const int c = column + dc, r = row + dr;
        if (c >= 0 && r >= 0 && c < tiles.columns && r < tiles.rows)
            around << QStringLiteral("%1 %2 p. %3")
                          .arg(QString::fromUtf8(arrow), tiles.name(c, r))
                          .arg(pageOf(c, r));
    }
    painter.setFont(m_subtitleFont);
    painter.setPen(QColor(40, 40, 40));
    const double h = QFontMetricsF(m_subtitleFont).height();
    const QString title =
        m_options.title.isEmpty() ? QString() : m_options.title + QStringLiteral(" · ");
    painter.drawText(QRectF(area.left(), area.top(), area.width(), h),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     QStringLiteral("%1%2 (page %3; overview p. 1)")
                         .arg(title, tiles.name(column, row))
                         .arg(pageOf(column, row)));
    painter.setFont(m_smallFont);
    painter.setPen(QColor(90, 90, 90));
    painter.drawText(QRectF(area.left(), area.top(), area.width(), h),
                     Qt::AlignRight | Qt::AlignVCenter, around.join(QStringLiteral("   ")));
    const QRectF cell(area.left(), area.top() + h + kGap, tiles.tileSize.width(),
                      tiles.tileSize.height());
    const QPointF tileOrigin =
        tiles.extent.topLeft() + QPointF(column * tiles.step.width(), row * tiles.step.height());
    Fit fit = fitAt(tiles.scale);
    fit.extent = QRectF(tileOrigin, tiles.tileSize);
    painter.save();
    painter.setClipRect(cell);
    const QRectF world(fit.extent.topLeft() / fit.scale, fit.extent.bottomRight() / fit.scale);
    paintGraphAt(painter, cell.topLeft(), fit, world.adjusted(-60, -60, 60, 60));
    painter.restore();
    painter.setPen(QPen(QColor(200, 200, 200), 0.8));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(cell);
    painter.setFont(m_smallFont);
    painter.setPen(QColor(120, 120, 120));
    painter.drawText(
        QRectF(area.left(), cell.bottom() + 2, area.width(), QFontMetricsF(m_smallFont).height()),
        Qt::AlignRight, QStringLiteral("As of %1 · Kizuna").arg(m_options.asOfOrToday()));
}

double DiagramComposer::paintLegend(QPainter& painter, const QRectF& area) const {
    if (!m_options.legend || (m_legend.empty() && !m_marks))
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
    if (m_marks)
        paintChangeLegend(painter, QPointF(area.left(), y + 2), *m_marks, m_legendFont);
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
