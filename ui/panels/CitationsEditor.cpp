#include "panels/CitationsEditor.h"

#include "commands/EditController.h"
#include "document/Edits.h"
#include "document/GraphDocument.h"
#include "panels/CitationDialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace kizuna {

CitationsEditor::CitationsEditor(QWidget* parent)
    : QWidget(parent), m_list(new QListWidget(this)),
      m_empty(new QLabel(tr("No source cited for this fact."), this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list->setAccessibleName(tr("Sources cited"));
    m_list->setWordWrap(true);
    m_list->setMinimumHeight(120);
    m_list->setAlternatingRowColors(true);
    m_empty->setStyleSheet(QStringLiteral("color: #b3261e;"));
    layout->addWidget(m_empty);
    layout->addWidget(m_list);
    auto* buttons = new QHBoxLayout;
    auto* existing = new QPushButton(tr("Cite…"), this);
    auto* fresh = new QPushButton(tr("New source…"), this);
    auto* remove = new QPushButton(tr("Remove"), this);
    existing->setObjectName(QStringLiteral("citeExisting"));
    fresh->setObjectName(QStringLiteral("citeNew"));
    remove->setObjectName(QStringLiteral("removeCitation"));
    existing->setToolTip(tr("Cite a source that is already in the map"));
    buttons->addWidget(existing);
    buttons->addWidget(fresh);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(existing, &QPushButton::clicked, this, &CitationsEditor::citeExisting);
    connect(fresh, &QPushButton::clicked, this, &CitationsEditor::citeNew);
    connect(remove, &QPushButton::clicked, this, &CitationsEditor::removeSelected);
}

void CitationsEditor::showElement(qint64 elementId) {
    m_element = elementId;
    m_list->clear();
    m_citations.clear();
    if (m_edits && elementId)
        m_citations = m_edits->document().provenance().citationsOf(elementId);
    for (const Citation& citation : m_citations) {
        const Source* source = m_edits->document().provenance().source(citation.source);
        QString text = source ? source->title : tr("(missing source)");
        if (source && !source->date.isEmpty())
            text += QStringLiteral(" (%1)").arg(source->date);
        if (!citation.excerpt.isEmpty())
            text += QStringLiteral("\n“%1”").arg(citation.excerpt);
        if (!citation.locator.isEmpty())
            text += QStringLiteral("\n— %1").arg(citation.locator);
        auto* item = new QListWidgetItem(text, m_list);
        if (source && !source->url.isEmpty())
            item->setToolTip(source->url);
    }
    m_empty->setVisible(m_citations.empty());
}

QString CitationsEditor::plainText() const {
    QStringList lines;
    for (int i = 0; i < m_list->count(); ++i)
        lines << m_list->item(i)->text();
    return lines.join(QLatin1Char('\n'));
}

void CitationsEditor::citeExisting() {
    cite(false);
}

void CitationsEditor::citeNew() {
    cite(true);
}

void CitationsEditor::cite(bool newSource) {
    if (!m_edits || !m_element)
        return;
    CitationDialog dialog(m_edits->document(), newSource, this);
    dialog.setObjectName(QStringLiteral("citationDialog"));
    while (dialog.exec() == QDialog::Accepted) {
        // A refused citation (say, a bad date) keeps the dialog open with the message.
        const QString error = m_edits->perform(dialog.change(m_edits->document(), m_element));
        if (error.isEmpty())
            return;
        QMessageBox::warning(this, tr("Cannot add the citation"), error);
    }
}

void CitationsEditor::removeSelected() {
    const int row = m_list->currentRow();
    if (!m_edits || row < 0 || row >= int(m_citations.size()))
        return;
    m_edits->perform(removeCitationChange(m_edits->document(), m_citations[size_t(row)].id));
}

} // namespace kizuna
