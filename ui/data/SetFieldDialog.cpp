#include "data/SetFieldDialog.h"

#include "data/TypeChoices.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace kizuna {
namespace {
const QString kProperty = QStringLiteral("prop.");
}

SetFieldDialog::SetFieldDialog(const Schema& schema, bool relations,
                               const QStringList& propertyKeys, int count, Language language,
                               QWidget* parent)
    : QDialog(parent), m_field(new QComboBox(this)), m_key(new QComboBox(this)),
      m_keyLabel(new QLabel(tr("&Key:"), this)), m_editors(new QStackedWidget(this)),
      m_type(new QComboBox(this)), m_value(new QLineEdit(this)) {
    setWindowTitle(relations ? tr("Set for %n Selected Relations", "", count)
                             : tr("Set for %n Selected Nodes", "", count));
    m_field->setAccessibleName(tr("Field"));
    if (relations)
        m_field->addItem(tr("Relation"), QStringLiteral("relation"));
    else
        m_field->addItem(tr("Type"), QStringLiteral("type"));
    m_field->addItem(tr("Valid from"), QStringLiteral("valid_from"));
    m_field->addItem(tr("Valid to"), QStringLiteral("valid_to"));
    if (relations)
        m_field->addItem(tr("Confidence"), QStringLiteral("confidence"));
    m_field->addItem(tr("Property"), kProperty);
    m_key->setEditable(true);
    m_key->addItems(propertyKeys);
    m_key->setAccessibleName(tr("Property key"));
    m_keyLabel->setBuddy(m_key);
    fillTypeChoices(*m_type, schema, relations, language);
    m_type->setAccessibleName(relations ? tr("Relation") : tr("Type"));
    m_value->setAccessibleName(tr("Value"));
    m_value->setPlaceholderText(tr("empty clears the field"));
    m_editors->addWidget(m_type);
    m_editors->addWidget(m_value);

    auto* form = new QFormLayout;
    auto* fieldLabel = new QLabel(tr("&Field:"), this);
    fieldLabel->setBuddy(m_field);
    form->addRow(fieldLabel, m_field);
    form->addRow(m_keyLabel, m_key);
    auto* valueLabel = new QLabel(tr("&Value:"), this);
    valueLabel->setBuddy(m_editors);
    form->addRow(valueLabel, m_editors);
    auto* hint = new QLabel(tr("Dates are written as 2024, 2024-05 or 2024-05-17."), this);
    hint->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Set"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    connect(m_field, &QComboBox::currentIndexChanged, this, &SetFieldDialog::showEditorForField);
    showEditorForField();
}

bool SetFieldDialog::choosesType() const {
    const QString field = m_field->currentData().toString();
    return field == QLatin1String("type") || field == QLatin1String("relation");
}

void SetFieldDialog::showEditorForField() {
    const bool property = m_field->currentData().toString() == kProperty;
    m_key->setVisible(property);
    m_keyLabel->setVisible(property);
    m_editors->setCurrentWidget(choosesType() ? static_cast<QWidget*>(m_type) : m_value);
}

QString SetFieldDialog::field() const {
    const QString field = m_field->currentData().toString();
    return field == kProperty ? kProperty + m_key->currentText().trimmed() : field;
}

QString SetFieldDialog::value() const {
    return choosesType() ? m_type->currentData().toString() : m_value->text().trimmed();
}

} // namespace kizuna
