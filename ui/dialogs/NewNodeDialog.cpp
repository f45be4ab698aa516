#include "dialogs/NewNodeDialog.h"

#include "model/Schema.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace kizuna {

NewNodeDialog::NewNodeDialog(const Schema& schema, Language language, QWidget* parent)
    : QDialog(parent), m_type(new QComboBox(this)), m_label(new QLineEdit(this)),
      m_language(new QComboBox(this)), m_error(new QLabel(this)) {
    setWindowTitle(tr("New Node"));
    auto* form = new QFormLayout(this);
    for (const NodeType& type : schema.nodeTypes())
        m_type->addItem(type.nameJa.isEmpty()
                            ? type.nameEn
                            : QStringLiteral("%1 / %2").arg(type.nameEn, type.nameJa),
                        type.key);
    m_language->addItem(QStringLiteral("English"), int(Language::En));
    m_language->addItem(QStringLiteral("日本語"), int(Language::Ja));
    m_language->addItem(QStringLiteral("中文"), int(Language::Zh));
    m_language->setCurrentIndex(m_language->findData(int(language)));
    form->addRow(tr("Type"), m_type);
    form->addRow(tr("Label"), m_label);
    form->addRow(tr("Language"), m_language);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->hide();
    form->addRow(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // An empty label is refused here already, next to the field.
    auto sync = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_label->text().trimmed().isEmpty());
    };
    connect(m_label, &QLineEdit::textChanged, this, sync);
    sync();
    m_label->setFocus();
}

NodeData NewNodeDialog::node() const {
    NodeData node;
    node.type = m_type->currentData().toString();
    node.labels.set(static_cast<Language>(m_language->currentData().toInt()),
                    m_label->text().trimmed());
    return node;
}

void NewNodeDialog::showError(const QString& message) {
    m_error->setText(message);
    m_error->show();
}

} // namespace kizuna
