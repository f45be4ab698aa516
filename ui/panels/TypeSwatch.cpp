#include "panels/TypeSwatch.h"

#include "canvas/GraphPainter.h"

#include <QPainter>
#include <QPixmap>

namespace kizuna {

QIcon nodeTypeIcon(const QString& colour) {
    QPixmap swatch(12, 12);
    swatch.fill(Qt::transparent);
    QPainter painter(&swatch);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(QColor(colour.isEmpty() ? QStringLiteral("#888888") : colour));
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(1, 1, 10, 10);
    return QIcon(swatch);
}

QIcon relationTypeIcon(const QString& colour, LineStyle style) {
    QPixmap swatch(20, 12);
    swatch.fill(Qt::transparent);
    QPainter painter(&swatch);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(
        QPen(QColor(colour.isEmpty() ? QStringLiteral("#666666") : colour), 2, penStyle(style)));
    painter.drawLine(1, 6, 19, 6);
    return QIcon(swatch);
}

} // namespace kizuna
