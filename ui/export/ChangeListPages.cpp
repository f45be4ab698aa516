#include "export/ChangeListPages.h"

#include "canvas/ChangeMarks.h"
#include "history/ElementText.h"

#include <QCoreApplication>
#include <QFontMetricsF>

namespace kizuna {
namespace {

constexpr double kMargin = 14;

} // namespace

void paintChangeListPages(QPainter& painter, QPagedPaintDevice& device, const QRectF& page,
                          const QString& title, const MapChanges& changes, const QFont& font) {
    const QRectF area = page.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    QFont bold = font;
    bold.setBold(true);
    QFont heading = font;
    heading.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() * 1.4 : 12);
    heading.setPixelSize(font.pixelSize() > 0 ? int(font.pixelSize() * 1.4) : -1);
    heading.setBold(true);
    double y = area.bottom(); // forces the first page
    auto newPage = [&] {
        device.newPage();
        y = area.top();
        painter.setFont(heading);
        painter.setPen(QColor(20, 20, 20));
        const double h = QFontMetricsF(heading).height();
        painter.drawText(QRectF(area.left(), y, area.width(), h), Qt::AlignLeft, title);
        y += h + 8;
    };
    // A paragraph, wrapped; a new page first when it does not fit.
    auto paragraph = [&](const QString& text, const QFont& f, const QColor& colour, double indent) {
        const QRectF box(area.left() + indent, 0, area.width() - indent, 1e6);
        const double h =
            QFontMetricsF(f).boundingRect(box, Qt::TextWordWrap | Qt::AlignLeft, text).height();
        if (y + h > area.bottom())
            newPage();
        painter.setFont(f);
        painter.setPen(colour);
        painter.drawText(QRectF(area.left() + indent, y, area.width() - indent, h + 2),
                         Qt::TextWordWrap | Qt::AlignLeft, text);
        y += h + 2;
    };
    newPage();
    if (changes.changes.empty())
        paragraph(QCoreApplication::translate("ChangeListPages", "No nodes or relations changed."),
                  font, QColor(60, 60, 60), 0);
    for (const ElementChange& change : changes.changes) {
        QString who = change.authors.join(QStringLiteral(", "));
        if (!change.time.isEmpty())
            who += QStringLiteral(", ") +
                   change.time.left(16).replace(QLatin1Char('T'), QLatin1Char(' '));
        const QString kind = change.element == ElementKind::Node
                                 ? QCoreApplication::translate("ChangeListPages", "node")
                                 : QCoreApplication::translate("ChangeListPages", "relation");
        y += 3;
        paragraph(QStringLiteral("%1 %2 %3: %4 [%5]%6")
                      .arg(changeBadge(change.kind), changeName(change.kind), kind, change.label,
                           change.type, who.isEmpty() ? QString() : QStringLiteral(" — ") + who),
                  bold, changeColour(change.kind).darker(140), 0);
        if (!change.detailed)
            paragraph(QCoreApplication::translate(
                          "ChangeListPages",
                          "(no details: the change log kept only counts for a bulk change)"),
                      font, QColor(60, 60, 60), 16);
        for (const FieldChange& field : change.fields)
            for (const QString& line : describeFieldChange(field.field, field.before, field.after,
                                                           change.kind != ChangeKind::Changed))
                paragraph(line, font, QColor(40, 40, 40), 16);
    }
    if (!changes.otherChanges.isEmpty()) {
        y += 6;
        paragraph(QCoreApplication::translate("ChangeListPages", "Other changes"), bold,
                  QColor(20, 20, 20), 0);
        for (const QString& other : changes.otherChanges)
            paragraph(other, font, QColor(40, 40, 40), 16);
    }
}

} // namespace kizuna
