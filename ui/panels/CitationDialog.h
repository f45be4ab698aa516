#pragma once
// Asks for a citation: an existing source or a new one (title, publisher, date, URL, document),
// and the excerpt and locator the fact rests on.

#include "document/ChangeSet.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace kizuna {

class GraphDocument;

class CitationDialog : public QDialog {
    Q_OBJECT
public:
    CitationDialog(const GraphDocument& document, bool newSource, QWidget* parent = nullptr);

    // The change that adds the citation (and the new source) to `elementId`.
    ChangeSet change(GraphDocument& document, qint64 elementId) const;

    QLineEdit* titleEdit() const { return m_title; }
    QPlainTextEdit* excerptEdit() const { return m_excerpt; }
    QComboBox* sourceCombo() const { return m_sources; }

private:
    QRadioButton* m_useExisting;
    QComboBox* m_sources;
    QLineEdit* m_title;
    QLineEdit* m_publisher;
    QLineEdit* m_date;
    QLineEdit* m_url;
    QLineEdit* m_document;
    QPlainTextEdit* m_excerpt;
    QLineEdit* m_locator;
};

} // namespace kizuna
