#pragma once
// A list of what changed (MapChanges): one row per node or relation with its kind (sign and
// colour), label, type, who and when; under it one row per field, before → after. For a
// comparison the rows can be ticked to choose which changes to take.

#include "history/ChangeSummary.h"

#include <QTreeWidget>

namespace kizuna {

class ChangesList : public QTreeWidget {
    Q_OBJECT
public:
    explicit ChangesList(QWidget* parent = nullptr);
    void showChanges(const MapChanges& changes, bool checkable);
    void clearChanges();
    // The keys (ElementChange::key()) of the ticked rows.
    QStringList checkedKeys() const;
    void setAllChecked(bool checked);
    void setChecked(const QStringList& keys); // ticks these rows (where listed), unticks the rest

Q_SIGNALS:
    // A row of an element that is in the map was clicked (its id).
    void elementActivated(qint64 id);
};

} // namespace kizuna
