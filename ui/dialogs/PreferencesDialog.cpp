#include "dialogs/PreferencesDialog.h"

#include "document/GraphDocument.h"
#include "main/UiLanguage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>

namespace kizuna {
namespace {
const QString kAuthorKey = QStringLiteral("edit/author");
}

QString preferredAuthor(const QSettings& settings) {
    const QString author = settings.value(kAuthorKey).toString().trimmed();
    return author.isEmpty() ? defaultAuthor() : author;
}

PreferencesDialog::PreferencesDialog(QSettings& settings, QWidget* parent)
    : QDialog(parent), m_settings(settings), m_language(new QComboBox(this)),
      m_author(new QLineEdit(this)) {
    setWindowTitle(tr("Preferences"));
    auto* form = new QFormLayout(this);
    m_language->addItem(tr("System language"), int(UiLanguage::System));
    m_language->addItem(QStringLiteral("English"), int(UiLanguage::English));
    m_language->addItem(QStringLiteral("日本語"), int(UiLanguage::Japanese));
    m_language->setCurrentIndex(m_language->findData(int(uiLanguageSetting(settings))));
    m_language->setAccessibleName(tr("Language of menus and dialogs"));
    form->addRow(tr("&Language:"), m_language);
    auto* languageNote = new QLabel(
        tr("Menus and dialogs change at the next start. Names of nodes and relations follow "
           "View > Labels In."),
        this);
    languageNote->setWordWrap(true);
    form->addRow(QString(), languageNote);
    m_author->setText(settings.value(kAuthorKey).toString());
    m_author->setPlaceholderText(defaultAuthor());
    m_author->setAccessibleName(tr("Author name"));
    form->addRow(tr("&Author name:"), m_author);
    auto* authorNote =
        new QLabel(tr("Written into the change log with every edit you make."), this);
    authorNote->setWordWrap(true);
    form->addRow(QString(), authorNote);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    resize(460, sizeHint().height());
}

bool PreferencesDialog::save() {
    const auto language = UiLanguage(m_language->currentData().toInt());
    const bool languageChanged = language != uiLanguageSetting(m_settings);
    setUiLanguageSetting(m_settings, language);
    const QString author = m_author->text().trimmed();
    if (author.isEmpty())
        m_settings.remove(kAuthorKey);
    else
        m_settings.setValue(kAuthorKey, author);
    return languageChanged;
}

} // namespace kizuna
