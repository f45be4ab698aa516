#include "panels/PropertiesEditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kizuna {

PropertiesEditor::PropertiesEditor(QWidget* parent)
    : QWidget(parent), m_table(new QTableWidget(0, 2, this)), m_error(new QLabel(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_table->setAccessibleName(tr("Properties"));
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setMinimumHeight(90);
    layout->addWidget(m_table);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add property"), this);
    auto* remove = new QPushButton(tr("Remove"), this);
    add->setObjectName(QStringLiteral("addProperty"));
    remove->setObjectName(QStringLiteral("removeProperty"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &PropertiesEditor::addProperty);
    connect(remove, &QPushButton::clicked, this, &PropertiesEditor::removeSelected);
    connect(m_table, &QTableWidget::itemChanged, this, &PropertiesEditor::itemEdited);
}

void PropertiesEditor::setProperties(const Properties& properties) {
    m_stored = properties;
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(it.key()));
        m_table->setItem(row, 1, new QTableWidgetItem(it.value()));
    }
    m_error->hide();
}

void PropertiesEditor::showError(const QString& message) {
    m_error->setText(message);
    m_error->show();
    setProperties(Properties(m_stored)); // back to what is stored
    m_error->show();
}

QString PropertiesEditor::error() const {
    return m_error->isVisible() ? m_error->text() : QString();
}

void PropertiesEditor::addProperty() {
    QString key = tr("property");
    for (int n = 2; m_stored.contains(key); ++n)
        key = tr("property %1").arg(n);
    Properties next = m_stored;
    next.insert(key, QString());
    Q_EMIT edited(next);
}

void PropertiesEditor::removeSelected() {
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, 0))
        return;
    Properties next = m_stored;
    next.remove(m_table->item(row, 0)->text());
    Q_EMIT edited(next);
}

void PropertiesEditor::itemEdited(QTableWidgetItem* item) {
    const int row = item->row();
    const QStringList keys = m_stored.keys();
    if (row >= keys.size())
        return;
    const QString oldKey = keys.at(row);
    const QString key = m_table->item(row, 0)->text().trimmed();
    const QString value = m_table->item(row, 1) ? m_table->item(row, 1)->text() : QString();
    if (key.isEmpty()) {
        showError(tr("properties: a property needs a non-empty key"));
        return;
    }
    if (key != oldKey && m_stored.contains(key)) {
        showError(tr("properties: there is already a property \"%1\"").arg(key));
        return;
    }
    Properties next = m_stored;
    next.remove(oldKey);
    next.insert(key, value);
    Q_EMIT edited(next);
}

} // namespace kizuna
