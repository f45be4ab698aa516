#include "panels/CitationDialog.h"

#include "document/Edits.h"
#include "document/GraphDocument.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace kizuna {

CitationDialog::CitationDialog(const GraphDocument& document, bool newSource, QWidget* parent)
    : QDialog(parent), m_useExisting(new QRadioButton(tr("An existing source"), this)),
      m_sources(new QComboBox(this)), m_title(new QLineEdit(this)),
      m_publisher(new QLineEdit(this)), m_date(new QLineEdit(this)), m_url(new QLineEdit(this)),
      m_document(new QLineEdit(this)), m_excerpt(new QPlainTextEdit(this)),
      m_locator(new QLineEdit(this)) {
    setWindowTitle(tr("Cite a Source"));
    auto* layout = new QVBoxLayout(this);
    auto* useNew = new QRadioButton(tr("A new source"), this);
    layout->addWidget(m_useExisting);
    layout->addWidget(m_sources);
    for (const Source& source : document.provenance().sources())
        m_sources->addItem(source.title, source.id.value);
    layout->addWidget(useNew);
    auto* fresh = new QGroupBox(this);
    auto* form = new QFormLayout(fresh);
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Publisher"), m_publisher);
    form->addRow(tr("Date"), m_date);
    form->addRow(tr("URL"), m_url);
    form->addRow(tr("Document"), m_document);
    m_date->setPlaceholderText(tr("YYYY, YYYY-MM or YYYY-MM-DD"));
    layout->addWidget(fresh);
    auto* quote = new QFormLayout;
    quote->addRow(tr("Excerpt"), m_excerpt);
    quote->addRow(tr("Locator"), m_locator);
    m_locator->setPlaceholderText(tr("Section, page or paragraph"));
    layout->addLayout(quote);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const bool canUseExisting = m_sources->count() > 0 && !newSource;
    m_useExisting->setEnabled(m_sources->count() > 0);
    m_useExisting->setChecked(canUseExisting);
    useNew->setChecked(!canUseExisting);
    auto sync = [this, fresh] {
        m_sources->setEnabled(m_useExisting->isChecked());
        fresh->setEnabled(!m_useExisting->isChecked());
    };
    connect(m_useExisting, &QRadioButton::toggled, this, sync);
    sync();
}

ChangeSet CitationDialog::change(GraphDocument& document, qint64 elementId) const {
    ChangeSet result;
    Citation citation;
    citation.elementId = elementId;
    citation.excerpt = m_excerpt->toPlainText().trimmed();
    citation.locator = m_locator->text().trimmed();
    if (m_useExisting->isChecked()) {
        citation.source = SourceId(m_sources->currentData().toLongLong());
    } else {
        Source source;
        source.title = m_title->text().trimmed();
        source.publisher = m_publisher->text().trimmed();
        source.date = m_date->text().trimmed();
        source.url = m_url->text().trimmed();
        source.document = m_document->text().trimmed();
        result = addSourceChange(document, source);
        citation.source = std::get<SourceOp>(result.operations.front()).after->id;
    }
    result.append(addCitationChange(document, citation));
    result.description = tr("Cite source");
    return result;
}

} // namespace kizuna
