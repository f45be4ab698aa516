#include "panels/HistoryPanel.h"

#include "canvas/ChangeMarks.h"
#include "canvas/GraphCanvas.h"
#include "canvas/GraphModelAdapter.h"
#include "commands/EditController.h"
#include "document/GraphDocument.h"
#include "history/ChangesSince.h"
#include "history/Revert.h"
#include "panels/ChangesList.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kizuna {
namespace {

constexpr int kSeqRole = Qt::UserRole; // a record's seq (0: a checkpoint row)
constexpr int kCheckpointRole = Qt::UserRole + 1;
const QString kDateItem = QStringLiteral("\x01date");

QString shortTime(const QString& iso) {
    return iso.left(16).replace(QLatin1Char('T'), QLatin1Char(' '));
}

} // namespace

HistoryPanel::HistoryPanel(GraphCanvas& canvas, QWidget* parent)
    : QWidget(parent), m_canvas(canvas), m_since(new QComboBox(this)),
      m_checkpoint(new QPushButton(tr("New Checkpoint…"), this)), m_filterText(new QLineEdit(this)),
      m_filterType(new QComboBox(this)), m_filterAuthor(new QComboBox(this)),
      m_filterFrom(new QDateEdit(this)), m_records(new QTreeWidget(this)),
      m_revert(new QPushButton(tr("Revert This Change"), this)), m_summary(new QLabel(this)),
      m_changes(new ChangesList(this)), m_apply(new QPushButton(tr("Take Ticked Changes"), this)),
      m_clear(new QPushButton(tr("Clear Marking"), this)), m_refresh(new QTimer(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* sinceRow = new QHBoxLayout;
    auto* sinceLabel = new QLabel(tr("Show changes since:"), this);
    sinceLabel->setBuddy(m_since);
    sinceRow->addWidget(sinceLabel);
    sinceRow->addWidget(m_since, 1);
    sinceRow->addWidget(m_checkpoint);
    layout->addLayout(sinceRow);
    m_since->setAccessibleName(tr("Show changes since"));
    m_checkpoint->setToolTip(tr("Name the map's present state (\"October brief\") to compare "
                                "with later"));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    auto* logPane = new QWidget(splitter);
    auto* logLayout = new QVBoxLayout(logPane);
    logLayout->setContentsMargins(0, 0, 0, 0);
    auto* filters = new QHBoxLayout;
    m_filterText->setPlaceholderText(tr("Element or change"));
    m_filterText->setClearButtonEnabled(true);
    m_filterText->setAccessibleName(tr("Filter the change log by element"));
    m_filterType->setAccessibleName(tr("Filter the change log by type"));
    m_filterAuthor->setAccessibleName(tr("Filter the change log by author"));
    m_filterFrom->setAccessibleName(tr("Show changes from this date"));
    m_filterFrom->setCalendarPopup(true);
    m_filterFrom->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_filterFrom->setMinimumDate(QDate(2000, 1, 1));
    m_filterFrom->setSpecialValueText(tr("Any date"));
    m_filterFrom->setDate(m_filterFrom->minimumDate());
    filters->addWidget(m_filterText, 2);
    filters->addWidget(m_filterType, 1);
    filters->addWidget(m_filterAuthor, 1);
    filters->addWidget(m_filterFrom);
    logLayout->addLayout(filters);
    m_records->setColumnCount(5);
    m_records->setHeaderLabels({tr("#"), tr("When (UTC)"), tr("Who"), tr("Program"), tr("Change")});
    m_records->setRootIsDecorated(false);
    m_records->setUniformRowHeights(true);
    m_records->setAccessibleName(tr("Change log"));
    m_records->header()->setStretchLastSection(true);
    logLayout->addWidget(m_records, 1);
    auto* recordButtons = new QHBoxLayout;
    recordButtons->addWidget(m_revert);
    recordButtons->addStretch(1);
    logLayout->addLayout(recordButtons);
    m_revert->setEnabled(false);
    m_revert->setToolTip(tr("Take this change back as a new edit (Undo takes the revert back)"));

    auto* changesPane = new QWidget(splitter);
    auto* changesLayout = new QVBoxLayout(changesPane);
    changesLayout->setContentsMargins(0, 0, 0, 0);
    m_summary->setWordWrap(true);
    changesLayout->addWidget(m_summary);
    changesLayout->addWidget(m_changes, 1);
    auto* changeButtons = new QHBoxLayout;
    changeButtons->addWidget(m_apply);
    changeButtons->addStretch(1);
    changeButtons->addWidget(m_clear);
    changesLayout->addLayout(changeButtons);
    m_apply->setVisible(false);
    m_apply->setToolTip(tr("Give this map the ticked changes from the other map (one undoable "
                           "edit)"));
    splitter->addWidget(logPane);
    splitter->addWidget(changesPane);
    layout->addWidget(splitter, 1);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(250);

    connect(m_refresh, &QTimer::timeout, this, [this] { refreshMarking(); });
    connect(m_since, &QComboBox::activated, this, &HistoryPanel::sinceChosen);
    connect(m_checkpoint, &QPushButton::clicked, this, &HistoryPanel::askCheckpoint);
    connect(m_revert, &QPushButton::clicked, this, &HistoryPanel::revertSelected);
    connect(m_clear, &QPushButton::clicked, this, &HistoryPanel::clearMarking);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (const QString error = applyCheckedChanges(); !error.isEmpty())
            QMessageBox::warning(this, tr("Changes not taken"), error);
    });
    connect(m_records, &QTreeWidget::itemSelectionChanged, this, &HistoryPanel::recordSelected);
    connect(m_filterText, &QLineEdit::textChanged, this, &HistoryPanel::applyFilters);
    connect(m_filterType, &QComboBox::currentIndexChanged, this, &HistoryPanel::applyFilters);
    connect(m_filterAuthor, &QComboBox::currentIndexChanged, this, &HistoryPanel::applyFilters);
    connect(m_filterFrom, &QDateEdit::dateChanged, this, &HistoryPanel::applyFilters);
    connect(m_changes, &ChangesList::elementActivated, this, [this](qint64 id) {
        const KnowledgeGraph& graph = m_model->document().graph();
        if (graph.contains(NodeId(id)) || graph.contains(EdgeId(id)))
            m_canvas.setSelection({id});
    });
    setModel(nullptr, nullptr);
}

HistoryPanel::~HistoryPanel() = default;

void HistoryPanel::setModel(GraphModelAdapter* model, EditController* edits) {
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_edits = edits;
    m_other.reset();
    m_diff.reset();
    m_mode = Mode::None;
    m_journal.clear();
    m_checkpoints.clear();
    m_shown.reset();
    m_title.clear();
    m_changes->clearChanges();
    m_summary->clear();
    m_apply->setVisible(false);
    setEnabled(model != nullptr);
    if (model)
        connect(model, &GraphModelAdapter::documentChanged, this, [this] { m_refresh->start(); });
    reloadCheckpoints();
    reloadRecords();
}

void HistoryPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    reloadCheckpoints(); // another program may have added one
}

void HistoryPanel::reloadCheckpoints() {
    const QString current = m_since->currentData().toString();
    m_since->clear();
    m_since->addItem(tr("(nothing marked)"));
    if (m_model)
        if (auto checkpoints = m_model->document().checkpoints())
            for (auto it = checkpoints.value().rbegin(); it != checkpoints.value().rend(); ++it)
                m_since->addItem(tr("Checkpoint \"%1\" (%2)").arg(it->name, shortTime(it->time)),
                                 it->name);
    m_since->addItem(tr("A date…"), kDateItem);
    if (m_mode == Mode::Since) {
        const int at = m_since->findData(m_sinceText);
        if (at >= 0)
            m_since->setCurrentIndex(at);
    } else if (const int at = m_since->findData(current); at > 0 && m_mode != Mode::None) {
        m_since->setCurrentIndex(at);
    }
}

QTreeWidgetItem* HistoryPanel::recordRow(const JournalRecord& record) {
    auto* row = new QTreeWidgetItem({QString::number(record.seq), shortTime(record.time),
                                     record.author, record.program, record.command});
    row->setData(0, kSeqRole, record.seq);
    row->setToolTip(4, record.summary.isEmpty() ? record.command : record.summary);
    return row;
}

void HistoryPanel::reloadRecords() {
    if (!m_model) {
        m_records->clear();
        m_journal.clear();
        m_checkpoints.clear();
        m_filterAuthor->clear();
        m_filterType->clear();
        return;
    }
    const GraphDocument& document = m_model->document();
    std::vector<Checkpoint> checkpoints;
    if (auto listed = document.checkpoints())
        checkpoints = std::move(listed).value();
    if (!m_journal.empty() && checkpoints == m_checkpoints) {
        // Only records were added (the usual case after an edit): put them on top.
        auto added = document.journal(m_journal.back().seq);
        if (!added || added.value().empty())
            return;
        for (JournalRecord& record : added.value()) {
            if (m_filterAuthor->findData(record.author) < 0) {
                const QSignalBlocker block(m_filterAuthor);
                m_filterAuthor->addItem(record.author, record.author);
            }
            m_records->insertTopLevelItem(0, recordRow(record));
            m_journal.push_back(std::move(record));
        }
        applyFilters();
        return;
    }
    // Rebuilt whole (a checkpoint came or went): keep the selected record selected, quietly.
    const QSignalBlocker blockRecords(m_records);
    const QList<QTreeWidgetItem*> selected = m_records->selectedItems();
    const qint64 selectedSeq =
        selected.isEmpty() ? -1 : selected.front()->data(0, kSeqRole).toLongLong();
    m_records->clear();
    m_journal.clear();
    m_checkpoints = checkpoints;
    if (auto journal = document.journal(0))
        m_journal = std::move(journal).value();
    QList<QTreeWidgetItem*> rows;
    auto checkpointRow = [&](const Checkpoint& checkpoint) {
        auto* row =
            new QTreeWidgetItem({QStringLiteral("◆"), shortTime(checkpoint.time), checkpoint.author,
                                 QString(), tr("Checkpoint \"%1\"").arg(checkpoint.name)});
        QFont bold = row->font(4);
        bold.setBold(true);
        row->setFont(4, bold);
        row->setData(0, kSeqRole, 0);
        row->setData(0, kCheckpointRole, checkpoint.name);
        rows << row;
    };
    auto nextCheckpoint = checkpoints.rbegin();
    QStringList authors;
    for (auto it = m_journal.rbegin(); it != m_journal.rend(); ++it) {
        while (nextCheckpoint != checkpoints.rend() && nextCheckpoint->seq >= it->seq)
            checkpointRow(*nextCheckpoint++);
        rows << recordRow(*it);
        if (!authors.contains(it->author))
            authors << it->author;
    }
    for (; nextCheckpoint != checkpoints.rend(); ++nextCheckpoint)
        checkpointRow(*nextCheckpoint);
    m_records->addTopLevelItems(rows);
    for (QTreeWidgetItem* row : rows)
        if (selectedSeq > 0 && row->data(0, kSeqRole).toLongLong() == selectedSeq)
            row->setSelected(true);
    for (int column = 0; column < 4; ++column)
        m_records->resizeColumnToContents(column);

    // Filter choices, keeping what was chosen.
    const QString author = m_filterAuthor->currentData().toString();
    const QString type = m_filterType->currentData().toString();
    const QSignalBlocker blockAuthor(m_filterAuthor), blockType(m_filterType);
    m_filterAuthor->clear();
    m_filterAuthor->addItem(tr("Anyone"), QString());
    authors.sort();
    for (const QString& name : authors)
        m_filterAuthor->addItem(name, name);
    m_filterAuthor->setCurrentIndex(std::max(0, m_filterAuthor->findData(author)));
    m_filterType->clear();
    m_filterType->addItem(tr("Any type"), QString());
    const Language language = m_canvas.labelLanguage();
    for (const NodeType& nodeType : document.schema().nodeTypes())
        m_filterType->addItem(document.schema().nodeTypeName(nodeType.key, language), nodeType.key);
    for (const RelationType& relation : document.schema().relationTypes())
        m_filterType->addItem(document.schema().relationName(relation.key, language), relation.key);
    m_filterType->setCurrentIndex(std::max(0, m_filterType->findData(type)));
    applyFilters();
}

bool HistoryPanel::recordMatches(const JournalRecord& record) const {
    const GraphDocument& document = m_model->document();
    const QString author = m_filterAuthor->currentData().toString();
    if (!author.isEmpty() && record.author != author)
        return false;
    if (m_filterFrom->date() > m_filterFrom->minimumDate() &&
        record.time < m_filterFrom->date().toString(Qt::ISODate))
        return false;
    constexpr size_t kLooked = 300; // ids looked at per record (an import touches thousands)
    const QString type = m_filterType->currentData().toString();
    if (!type.isEmpty()) {
        bool touches = false;
        for (size_t i = 0; i < std::min(kLooked, record.ids.nodes.size()) && !touches; ++i)
            if (const NodeData* node = document.graph().node(NodeId(record.ids.nodes[i])))
                touches = node->type == type;
        for (size_t i = 0; i < std::min(kLooked, record.ids.edges.size()) && !touches; ++i)
            if (const EdgeData* edge = document.graph().edge(EdgeId(record.ids.edges[i])))
                touches = edge->relation == type;
        if (!touches)
            return false;
    }
    const QString text = m_filterText->text().trimmed();
    if (text.isEmpty() || record.command.contains(text, Qt::CaseInsensitive))
        return true;
    bool isId = false;
    const qint64 id = text.toLongLong(&isId);
    auto labelled = [&](NodeId node) { // a label in any language
        const NodeData* data = document.graph().node(node);
        return data && (data->labels.en.contains(text, Qt::CaseInsensitive) ||
                        data->labels.ja.contains(text, Qt::CaseInsensitive) ||
                        data->labels.zh.contains(text, Qt::CaseInsensitive));
    };
    for (const std::vector<qint64>* ids : {&record.ids.nodes, &record.ids.edges})
        if (isId && std::find(ids->begin(), ids->end(), id) != ids->end())
            return true;
    for (size_t i = 0; i < std::min(kLooked, record.ids.nodes.size()); ++i)
        if (labelled(NodeId(record.ids.nodes[i])))
            return true;
    for (size_t i = 0; i < std::min(kLooked, record.ids.edges.size()); ++i)
        if (const EdgeData* edge = document.graph().edge(EdgeId(record.ids.edges[i])))
            if (labelled(edge->source) || labelled(edge->target))
                return true;
    return false;
}

void HistoryPanel::applyFilters() {
    if (!m_model)
        return;
    std::map<qint64, const JournalRecord*> bySeq;
    for (const JournalRecord& record : m_journal)
        bySeq[record.seq] = &record;
    for (int i = 0; i < m_records->topLevelItemCount(); ++i) {
        QTreeWidgetItem* row = m_records->topLevelItem(i);
        const qint64 seq = row->data(0, kSeqRole).toLongLong();
        row->setHidden(seq > 0 && !recordMatches(*bySeq[seq]));
    }
}

void HistoryPanel::showMarking(const MapChanges& changes, const QString& title, bool checkable) {
    m_shown = changes;
    m_title = title;
    const GraphDocument& document = m_model->document();
    m_canvas.setChangeMarks(std::make_shared<const ChangeMarks>(changeMarksOf(
        changes, document.schema(), m_canvas.labelLanguage(), m_canvas.colourScheme(), title)));
    m_changes->showChanges(changes, checkable);
    QStringList counts;
    for (ElementKind element : {ElementKind::Node, ElementKind::Edge})
        for (ChangeKind kind : {ChangeKind::Added, ChangeKind::Changed, ChangeKind::Removed})
            if (const size_t n = changes.count(element, kind))
                counts << (element == ElementKind::Node
                               ? (n == 1 ? tr("%1 %2 node") : tr("%1 %2 nodes"))
                               : (n == 1 ? tr("%1 %2 relation") : tr("%1 %2 relations")))
                              .arg(changeName(kind))
                              .arg(n);
    m_summary->setText(QStringLiteral("<b>%1</b><br>%2")
                           .arg(title.toHtmlEscaped(), counts.isEmpty()
                                                           ? tr("No changes to nodes or relations.")
                                                           : counts.join(QStringLiteral(" · "))));
    m_apply->setVisible(checkable);
    Q_EMIT markingChanged();
}

void HistoryPanel::clearMarking() {
    m_mode = Mode::None;
    m_shown.reset();
    m_title.clear();
    m_other.reset();
    m_diff.reset();
    m_canvas.setChangeMarks(nullptr);
    m_changes->clearChanges();
    m_summary->clear();
    m_apply->setVisible(false);
    const QSignalBlocker block(m_records);
    m_records->clearSelection();
    m_revert->setEnabled(false);
    m_since->setCurrentIndex(0);
    Q_EMIT markingChanged();
}

QString HistoryPanel::addCheckpoint(const QString& name) {
    if (!m_model)
        return tr("No map is open.");
    auto checkpoint = m_model->document().addCheckpoint(name);
    if (!checkpoint)
        return checkpoint.error();
    reloadCheckpoints();
    reloadRecords();
    return {};
}

void HistoryPanel::askCheckpoint() {
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("New Checkpoint"),
        tr("Name for the map as it is now (you can show what changed since it later):"),
        QLineEdit::Normal, tr("Brief of %1").arg(QDate::currentDate().toString(Qt::ISODate)), &ok);
    if (!ok)
        return;
    if (const QString error = addCheckpoint(name); !error.isEmpty())
        QMessageBox::warning(this, tr("No checkpoint added"), error);
}

QString HistoryPanel::showChangesSince(const QString& checkpointOrDate) {
    if (!m_model)
        return tr("No map is open.");
    if (checkpointOrDate.trimmed().isEmpty()) {
        clearMarking();
        return {};
    }
    const GraphDocument& document = m_model->document();
    auto baseline = resolveBaseline(document, checkpointOrDate);
    if (!baseline)
        return baseline.error();
    auto changes = changesSince(document, baseline.value());
    if (!changes)
        return changes.error();
    if (m_refresh->isActive()) { // the log is behind the map: catch it up now
        m_refresh->stop();
        reloadRecords();
    }
    m_other.reset();
    m_diff.reset();
    m_mode = Mode::Since;
    m_sinceText = checkpointOrDate.trimmed();
    showMarking(changes.value(), tr("Changes since %1").arg(baseline.value().description), false);
    const QSignalBlocker block(m_since);
    if (const int at = m_since->findData(m_sinceText); at > 0)
        m_since->setCurrentIndex(at);
    return {};
}

void HistoryPanel::sinceChosen(int index) {
    const QString data = m_since->itemData(index).toString();
    QString wanted = data;
    if (data == kDateItem) {
        bool ok = false;
        wanted = QInputDialog::getText(this, tr("Changes Since a Date"),
                                       tr("Show what changed since (UTC date, such as "
                                          "2026-11-01, or date and time 2026-11-01T09:30):"),
                                       QLineEdit::Normal,
                                       QDate::currentDate().addDays(-7).toString(Qt::ISODate), &ok);
        if (!ok) {
            m_since->setCurrentIndex(0);
            return;
        }
    }
    if (const QString error = showChangesSince(wanted); !error.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot show changes"), error);
        m_since->setCurrentIndex(0);
    }
}

void HistoryPanel::recordSelected() {
    const QList<QTreeWidgetItem*> selected = m_records->selectedItems();
    const qint64 seq = selected.isEmpty() ? 0 : selected.front()->data(0, kSeqRole).toLongLong();
    m_revert->setEnabled(seq > 0 && m_edits && !m_model->document().isReadOnly());
    if (seq <= 0) {
        if (!selected.isEmpty()) // a checkpoint row: what changed since it
            showChangesSince(selected.front()->data(0, kCheckpointRole).toString());
        return;
    }
    auto record = journalRecord(m_model->document(), seq);
    if (!record)
        return;
    m_mode = Mode::Record;
    m_recordSeq = seq;
    const QSignalBlocker block(m_since);
    m_since->setCurrentIndex(0);
    showMarking(
        changesOfRecord(m_model->document(), record.value()),
        tr("Change #%1: %2 (%3, %4)")
            .arg(seq)
            .arg(record.value().command, record.value().author, shortTime(record.value().time)),
        false);
}

QString HistoryPanel::revertRecord(qint64 seq) {
    if (!m_model || !m_edits)
        return tr("No map is open for editing.");
    GraphDocument& document = m_model->document();
    auto record = journalRecord(document, seq);
    if (!record)
        return record.error();
    auto change = revertChange(document, record.value());
    if (!change)
        return change.error();
    return m_edits->perform(change.value());
}

void HistoryPanel::revertSelected() {
    const QList<QTreeWidgetItem*> selected = m_records->selectedItems();
    if (selected.isEmpty())
        return;
    const qint64 seq = selected.front()->data(0, kSeqRole).toLongLong();
    if (const QString error = revertRecord(seq); !error.isEmpty())
        QMessageBox::warning(this, tr("Cannot revert"), error);
}

void HistoryPanel::compareWith(std::shared_ptr<GraphDocument> other, const QString& name) {
    if (!m_model)
        return;
    MapDiff diff = diffMaps(m_model->document(), *other, name);
    showComparison(std::move(other), std::move(diff), name);
}

void HistoryPanel::showComparison(std::shared_ptr<GraphDocument> other, MapDiff diff,
                                  const QString& name) {
    if (!m_model)
        return;
    if (m_refresh->isActive()) {
        m_refresh->stop();
        reloadRecords();
    }
    m_other = std::move(other);
    m_otherName = name;
    m_mode = Mode::Compare;
    m_diff = std::move(diff);
    const QSignalBlocker block(m_since);
    m_since->setCurrentIndex(0);
    showMarking(m_diff->changes, tr("Compared with %1").arg(name), true);
}

QString HistoryPanel::applyCheckedChanges() {
    if (!m_model || !m_edits || !m_other || !m_diff)
        return tr("Compare the map with another first (File > Compare With…).");
    const QStringList keys = m_changes->checkedKeys();
    if (keys.isEmpty())
        return tr("Tick the changes to take first.");
    auto change = applyDiffChange(m_model->document(), *m_other, *m_diff, keys);
    if (!change)
        return change.error();
    if (const QString error = m_edits->perform(change.value()); !error.isEmpty())
        return error;
    refreshMarking(true); // the list must never offer what was just taken
    return {};
}

void HistoryPanel::refreshMarking(bool force) {
    if (!m_model)
        return;
    reloadRecords();
    const GraphDocument& document = m_model->document();
    switch (m_mode) {
    case Mode::None:
        break;
    case Mode::Since:
        if (auto baseline = resolveBaseline(document, m_sinceText))
            if (auto changes = changesSince(document, baseline.value()))
                showMarking(changes.value(), m_title, false);
        break;
    case Mode::Record:
        if (auto record = journalRecord(document, m_recordSeq))
            showMarking(changesOfRecord(document, record.value()), m_title, false);
        break;
    case Mode::Compare: {
        // Comparing big maps takes seconds: not after every edit on the window's thread.
        if (!force && document.graph().nodeCount() + document.graph().edgeCount() > 100'000) {
            const QString stale = tr("<br><i>The map has changed since: compare again "
                                     "(File &gt; Compare With…) to update.</i>");
            if (!m_summary->text().endsWith(stale))
                m_summary->setText(m_summary->text() + stale);
            break;
        }
        const QStringList ticked = m_changes->checkedKeys();
        m_diff = diffMaps(document, *m_other, m_otherName);
        showMarking(m_diff->changes, m_title, true);
        m_changes->setChecked(ticked);
        break;
    }
    }
}

} // namespace kizuna
