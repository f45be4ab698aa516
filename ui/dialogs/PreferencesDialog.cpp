#include "dialogs/PreferencesDialog.h"

#include "document/GraphDocument.h"
#include "export/DiagramOptions.h"
#include "main/Theme.h"
#include "main/UiLanguage.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QGroupBox>

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
      m_author(new QLineEdit(this)), m_theme(new QComboBox(this)), m_nameSize(new QComboBox(this)),
      m_page(new QComboBox(this)), m_exportFont(new QDoubleSpinBox(this)),
      m_legend(new QCheckBox(tr("Legend of the types shown"), this)),
      m_sources(new QCheckBox(tr("Numbered list of sources"), this)) {
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

    m_theme->addItem(tr("System"), int(Theme::System));
    m_theme->addItem(tr("Light"), int(Theme::Light));
    m_theme->addItem(tr("Dark"), int(Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(int(themeSetting(settings))));
    m_theme->setAccessibleName(tr("Theme"));
    form->addRow(tr("&Theme:"), m_theme);
    const std::pair<int, QString> sizes[] = {
        {9, tr("Small")}, {10, tr("Normal")}, {12, tr("Large")}, {14, tr("Larger")}};
    for (const auto& [pixels, name] : sizes)
        m_nameSize->addItem(name, pixels);
    m_nameSize->setCurrentIndex(std::max(0, m_nameSize->findData(labelSizeSetting(settings))));
    m_nameSize->setAccessibleName(tr("Size of names on the map"));
    form->addRow(tr("&Names on the map:"), m_nameSize);

    // What File > Export Diagram starts with (it remembers the last export's choices too).
    const DiagramOptions exportDefaults = DiagramOptions::load(settings);
    auto* exports = new QGroupBox(tr("Diagram exports start with"), this);
    auto* exportForm = new QFormLayout(exports);
    for (PageSize page :
         {PageSize::A4, PageSize::Letter, PageSize::A3, PageSize::A2, PageSize::Fit})
        m_page->addItem(page == PageSize::Fit ? tr("Fitted to the drawing") : pageSizeKey(page),
                        int(page));
    m_page->setCurrentIndex(std::max(0, m_page->findData(int(exportDefaults.page))));
    m_page->setAccessibleName(tr("PDF page size"));
    exportForm->addRow(tr("PDF &page:"), m_page);
    m_exportFont->setRange(4, 24);
    m_exportFont->setDecimals(1);
    m_exportFont->setSuffix(tr(" pt"));
    m_exportFont->setValue(exportDefaults.minFontPt);
    m_exportFont->setAccessibleName(tr("Smallest name size in exports"));
    exportForm->addRow(tr("&Smallest names:"), m_exportFont);
    m_legend->setChecked(exportDefaults.legend);
    m_sources->setChecked(exportDefaults.sources);
    exportForm->addRow(m_legend);
    exportForm->addRow(m_sources);
    form->addRow(exports);
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
    setThemeSetting(m_settings, Theme(m_theme->currentData().toInt()));
    setLabelSizeSetting(m_settings, m_nameSize->currentData().toInt());
    DiagramOptions exportDefaults = DiagramOptions::load(m_settings);
    exportDefaults.page = PageSize(m_page->currentData().toInt());
    exportDefaults.minFontPt = m_exportFont->value();
    exportDefaults.legend = m_legend->isChecked();
    exportDefaults.sources = m_sources->isChecked();
    exportDefaults.save(m_settings);
    return languageChanged;
}

} // namespace kizuna
