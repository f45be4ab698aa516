#include "panels/ChangesList.h"

#include "canvas/ChangeMarks.h"
#include "history/ElementText.h"

#include <QHeaderView>

namespace kizuna {
namespace {

constexpr int kKeyRole = Qt::UserRole;
constexpr int kIdRole = Qt::UserRole + 1;

} // namespace

ChangesList::ChangesList(QWidget* parent) : QTreeWidget(parent) {
    setColumnCount(2);
    setHeaderLabels({tr("Change"), tr("Who, when")});
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(false);
    setUniformRowHeights(true);
    setAccessibleName(tr("Changes"));
    connect(this, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
        while (item->parent())
            item = item->parent();
        if (const qint64 id = item->data(0, kIdRole).toLongLong(); id > 0)
            Q_EMIT elementActivated(id);
    });
}

void ChangesList::clearChanges() {
    clear();
}

void ChangesList::showChanges(const MapChanges& changes, bool checkable) {
    setUpdatesEnabled(false);
    clear();
    QList<QTreeWidgetItem*> rows;
    const int shownAtMost = 5000; // a 100k import is summarised by its counts above the list
    for (const ElementChange& change : changes.changes) {
        if (rows.size() >= shownAtMost)
            break;
        auto* row = new QTreeWidgetItem;
        const QString what = change.element == ElementKind::Node ? tr("node") : tr("relation");
        row->setText(0, QStringLiteral("%1 %2  %3 [%4]")
                            .arg(changeBadge(change.kind), changeName(change.kind), change.label,
                                 change.type.isEmpty() ? what : change.type));
        row->setForeground(0, changeColour(change.kind).darker(125));
        QString who = change.authors.join(QStringLiteral(", "));
        if (!change.time.isEmpty())
            who += QStringLiteral(" · ") +
                   change.time.left(16).replace(QLatin1Char('T'), QLatin1Char(' '));
        row->setText(1, who);
        row->setData(0, kKeyRole, change.key());
        const bool inMap = change.id > 0 && !change.ghostNode && !change.ghostEdge;
        row->setData(0, kIdRole, inMap ? change.id : 0);
        row->setToolTip(0, row->text(0));
        if (checkable) {
            row->setFlags(row->flags() | Qt::ItemIsUserCheckable);
            row->setCheckState(0, Qt::Unchecked);
        }
        if (!change.detailed)
            new QTreeWidgetItem(row, {tr("(no details: the change log kept only counts for a "
                                         "bulk change)")});
        if (change.kind != ChangeKind::Removed || checkable)
            for (const FieldChange& field : change.fields)
                for (const QString& line :
                     describeFieldChange(field.field, field.before, field.after,
                                         change.kind != ChangeKind::Changed)) {
                    auto* child = new QTreeWidgetItem(row, {line});
                    child->setToolTip(0, line);
                }
        rows << row;
    }
    for (const QString& other : changes.otherChanges)
        rows << new QTreeWidgetItem({tr("Other: %1").arg(other)});
    addTopLevelItems(rows);
    setUpdatesEnabled(true);
}

QStringList ChangesList::checkedKeys() const {
    QStringList keys;
    for (int i = 0; i < topLevelItemCount(); ++i)
        if (topLevelItem(i)->checkState(0) == Qt::Checked)
            keys << topLevelItem(i)->data(0, kKeyRole).toString();
    return keys;
}

void ChangesList::setChecked(const QStringList& keys) {
    for (int i = 0; i < topLevelItemCount(); ++i)
        if (topLevelItem(i)->flags() & Qt::ItemIsUserCheckable)
            topLevelItem(i)->setCheckState(
                0, keys.contains(topLevelItem(i)->data(0, kKeyRole).toString()) ? Qt::Checked
                                                                                : Qt::Unchecked);
}

void ChangesList::setAllChecked(bool checked) {
    for (int i = 0; i < topLevelItemCount(); ++i)
        if (topLevelItem(i)->flags() & Qt::ItemIsUserCheckable)
            topLevelItem(i)->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
}

} // namespace kizuna
