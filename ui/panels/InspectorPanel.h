#pragma once
// The side panel that shows the selected node or edge: its fields, properties and sources.
// (Read-only for now; editing arrives with the hand-editing issue.)

#include <QWidget>

class QTextBrowser;

namespace kizuna {

class GraphModelAdapter;

class InspectorPanel : public QWidget {
    Q_OBJECT
public:
    explicit InspectorPanel(QWidget* parent = nullptr);

    void setModel(GraphModelAdapter* model);
    qint64 shownElement() const { return m_element; }
    // The panel's text as a user reads it (for tests and accessibility).
    QString plainText() const;

public Q_SLOTS:
    void showElement(qint64 elementId); // 0: nothing selected

private:
    void refresh();
    QString nodeHtml(qint64 id) const;
    QString edgeHtml(qint64 id) const;
    QString citationsHtml(qint64 id) const;

    GraphModelAdapter* m_model = nullptr;
    QTextBrowser* m_browser;
    qint64 m_element = 0;
};

} // namespace kizuna
