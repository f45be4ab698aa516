#pragma once
// The sources a node or edge cites, with the quoted excerpts: cite an existing or a new source,
// or remove a citation.

#include "model/Elements.h"

#include <QWidget>
#include <vector>

class QLabel;
class QListWidget;

namespace kizuna {

class EditController;

class CitationsEditor : public QWidget {
    Q_OBJECT
public:
    explicit CitationsEditor(QWidget* parent = nullptr);

    void setController(EditController* edits) { m_edits = edits; }
    void showElement(qint64 elementId); // reloads the list
    QListWidget* list() const { return m_list; }
    QString plainText() const;

public Q_SLOTS:
    void citeExisting();
    void citeNew();
    void removeSelected();

private:
    void cite(bool newSource);

    EditController* m_edits = nullptr;
    qint64 m_element = 0;
    QListWidget* m_list;
    QLabel* m_empty;
    std::vector<Citation> m_citations;
};

} // namespace kizuna
