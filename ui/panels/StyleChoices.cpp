#include "panels/StyleChoices.h"

#include "canvas/MetricStyling.h"
#include "canvas/NodeStyling.h"
#include "document/GraphDocument.h"

#include <QComboBox>
#include <QCoreApplication>
#include <algorithm>

namespace kizuna {

void fillStyleChoices(QComboBox& combo, const GraphDocument* document, StyleChoice kind) {
    QStringList keys = kind == StyleChoice::Size ? sizeMetricKeys() : colourMetricKeys();
    QStringList properties;
    if (document)
        for (auto it = document->graph().nodePropertyKeyCounts().begin();
             it != document->graph().nodePropertyKeyCounts().end(); ++it)
            if (it.value() > 0)
                properties << it.key();
    std::sort(properties.begin(), properties.end());
    for (const QString& property : properties)
        keys << propertyStyleKey(property);

    QStringList current;
    for (int i = 1; i < combo.count(); ++i)
        current << combo.itemData(i).toString();
    if (current == keys && combo.count() > 0)
        return;
    const QString chosen = combo.currentData().toString();
    const bool blocked = combo.blockSignals(true);
    combo.clear();
    combo.addItem(kind == StyleChoice::Size
                      ? QCoreApplication::translate("StyleChoices", "(same size)")
                      : QCoreApplication::translate("StyleChoices", "(node type)"),
                  QString());
    for (const QString& key : keys) {
        if (auto property = styledProperty(key))
            combo.addItem(
                QCoreApplication::translate("StyleChoices", "Property: %1").arg(*property), key);
        else
            combo.addItem(metricName(key), key);
    }
    combo.setCurrentIndex(std::max(0, combo.findData(chosen)));
    combo.blockSignals(blocked);
}

} // namespace kizuna
