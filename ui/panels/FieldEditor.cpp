#include "panels/FieldEditor.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace kizuna {

FieldEditor::FieldEditor(const QString& placeholder, QWidget* parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_error(new QLabel(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    layout->addWidget(m_edit);
    layout->addWidget(m_error);
    m_edit->setPlaceholderText(placeholder);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->hide();
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        if (m_edit->text() != m_stored)
            Q_EMIT committed(m_edit->text().trimmed());
    });
}

void FieldEditor::setValue(const QString& value) {
    m_stored = value;
    if (m_edit->text() != value)
        m_edit->setText(value);
    m_error->hide();
    m_error->clear();
}

QString FieldEditor::value() const {
    return m_edit->text();
}

void FieldEditor::showError(const QString& message) {
    m_error->setText(message);
    m_error->show();
}

QString FieldEditor::error() const {
    return m_error->text();
}

} // namespace kizuna
