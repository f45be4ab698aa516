#pragma once
// Find (Ctrl+F): as-you-type search over labels in every language, descriptions, properties and
// source titles; choosing a result selects the node and centres the canvas on it. In the query
// box, Tab and Shift+Tab step through the results (each is selected and centred in turn).

#include <QWidget>

class QLineEdit;
class QListWidget;
class QTimer;

namespace kizuna {

class GraphCanvas;
class GraphModelAdapter;

class SearchPanel : public QWidget {
    Q_OBJECT
public:
    SearchPanel(GraphCanvas& canvas, QWidget* parent = nullptr);

    void setModel(GraphModelAdapter* model);
    QLineEdit* queryEdit() const { return m_query; }
    QListWidget* results() const { return m_results; }
    void runSearch(); // at once (typing waits a moment)
    void focusQuery();
    // The next (or previous) result after the current one, wrapping around; selects it.
    void chooseNext(bool backwards = false);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void choose(int row);

    GraphCanvas& m_canvas;
    GraphModelAdapter* m_model = nullptr;
    QLineEdit* m_query;
    QListWidget* m_results;
    QTimer* m_debounce;
};

} // namespace kizuna
