#pragma once
// The map's history for analysts: the change log newest first, from every program that edited
// the map, filterable by element, type, author and date, with checkpoints between the records;
// selecting a record marks what it touched on the canvas (ghosts for what is gone) and "Revert"
// takes it back as a new, undoable edit. "Changes since" a checkpoint or date, and "Compare
// With" another map, mark the canvas and list the changes field by field; a comparison's
// ticked changes can be taken into this map as one undoable edit.

#include "history/ChangeSummary.h"
#include "history/MapDiff.h"
#include "model/Checkpoint.h"
#include "model/JournalRecord.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace kizuna {

class ChangesList;
class EditController;
class GraphCanvas;
class GraphDocument;
class GraphModelAdapter;

class HistoryPanel : public QWidget {
    Q_OBJECT
public:
    explicit HistoryPanel(GraphCanvas& canvas, QWidget* parent = nullptr);
    ~HistoryPanel() override;
    void setModel(GraphModelAdapter* model, EditController* edits);

    // Each returns an error message, empty on success.
    QString addCheckpoint(const QString& name);
    // A checkpoint's name or a UTC date (2026-11-01); empty: stop showing changes.
    QString showChangesSince(const QString& checkpointOrDate);
    QString revertRecord(qint64 seq);
    // Compares the map with `other` (opened read-only), named `name` in the legend and list.
    void compareWith(std::shared_ptr<GraphDocument> other, const QString& name);
    // The same with the comparison already made (on a worker thread, with progress).
    void showComparison(std::shared_ptr<GraphDocument> other, MapDiff diff, const QString& name);
    // Takes the ticked changes of the comparison into this map (one undoable edit).
    QString applyCheckedChanges();
    void clearMarking();

    // What the canvas marks now (null: nothing), for exports and tests.
    const MapChanges* shownChanges() const { return m_shown ? &*m_shown : nullptr; }
    QString markingTitle() const { return m_title; }
    QTreeWidget* recordList() const { return m_records; }
    ChangesList* changesList() const { return m_changes; }
    QComboBox* sinceBox() const { return m_since; }
    QLineEdit* elementFilter() const { return m_filterText; }
    QComboBox* authorFilter() const { return m_filterAuthor; }

Q_SIGNALS:
    // The marking on the canvas changed (exports offer to include it).
    void markingChanged();

protected:
    void showEvent(QShowEvent* event) override;

private:
    enum class Mode { None, Record, Since, Compare };
    void reloadRecords();
    void applyFilters();
    void reloadCheckpoints();
    void recordSelected();
    // Recomputes the marking after the map changed (a big map's comparison only when `force`).
    void refreshMarking(bool force = false);
    void showMarking(const MapChanges& changes, const QString& title, bool checkable);
    void sinceChosen(int index);
    void askCheckpoint();
    void revertSelected();
    bool recordMatches(const JournalRecord& record) const;

    GraphCanvas& m_canvas;
    GraphModelAdapter* m_model = nullptr;
    EditController* m_edits = nullptr;
    std::vector<JournalRecord> m_journal;  // oldest first, without operations
    std::vector<Checkpoint> m_checkpoints; // as listed
    QTreeWidgetItem* recordRow(const JournalRecord& record);
    Mode m_mode = Mode::None;
    QString m_sinceText; // the baseline of "changes since"
    qint64 m_recordSeq = 0;
    std::shared_ptr<GraphDocument> m_other;
    QString m_otherName;
    std::optional<MapDiff> m_diff;
    std::optional<MapChanges> m_shown;
    QString m_title;

    QComboBox* m_since;
    QPushButton* m_checkpoint;
    QLineEdit* m_filterText;
    QComboBox* m_filterType;
    QComboBox* m_filterAuthor;
    QDateEdit* m_filterFrom;
    QTreeWidget* m_records;
    QPushButton* m_revert;
    QLabel* m_summary;
    ChangesList* m_changes;
    QPushButton* m_apply;
    QPushButton* m_clear;
    QTimer* m_refresh;
};

} // namespace kizuna
