#include "data/ElementTableModel.h"

#include "canvas/GraphModelAdapter.h"
#include "commands/EditController.h"
#include "document/FieldEdit.h"
#include "document/GraphDocument.h"

#include <QCoreApplication>
#include <QSet>
#include <boost/graph/adjacency_list.hpp>
#include <limits>
#include <numeric>
#include <set>

namespace kizuna {
namespace {

// The columns before the property columns, with the field each edits.
struct Column {
    const char* header;
    const char* field; // empty: read-only
};
constexpr Column kNodeColumns[] = {
    {QT_TRANSLATE_NOOP("ElementTableModel", "Id"), ""},
    {QT_TRANSLATE_NOOP("ElementTableModel", "English"), "label.en"},
    {QT_TRANSLATE_NOOP("ElementTableModel", "Japanese"), "label.ja"},
    {QT_TRANSLATE_NOOP("ElementTableModel", "Chinese"), "label.zh"},
    {QT_TRANSLATE_NOOP("ElementTableModel", "Type"), "type"},
    {QT_TRANSLATE_NOOP("ElementTableModel", "Valid from"), "valid_from"},
    {QT_TRANSLATE_NOOP("ElementTableModel", "Valid to"), "valid_to"},
    {QT_TRANSLATE_NOOP("ElementTableModel", "Degree"), ""},
    {QT_TRANSLATE_NOOP("ElementTableModel", "Description"), "description"},
};
constexpr Column kEdgeColumns[] = {
    {QT_TRANSLATE_NOOP("ElementTableModel", "Id"), ""},
    {QT_TRANSLATE_NOOP("ElementTableModel", "Relation"), "relation"},
    {QT_TRANSLATE_NOOP("ElementTableModel", "From"), ""},
    {QT_TRANSLATE_NOOP("ElementTableModel", "To"), ""},
    {QT_TRANSLATE_NOOP("ElementTableModel", "Label"), "label"},
    {QT_TRANSLATE_NOOP("ElementTableModel", "Valid from"), "valid_from"},
    {QT_TRANSLATE_NOOP("ElementTableModel", "Valid to"), "valid_to"},
    {QT_TRANSLATE_NOOP("ElementTableModel", "Confidence"), "confidence"},
};
enum NodeColumn { NId, NEnglish, NJapanese, NChinese, NType, NFrom, NTo, NDegree, NDescription };
enum EdgeColumn { EId, ERelation, ESource, ETarget, ELabel, EFrom, ETo, EConfidence };

const QString kPropertyPrefix = QStringLiteral("prop.");

} // namespace

ElementTableModel::ElementTableModel(Kind kind, QObject* parent)
    : QAbstractTableModel(parent), m_kind(kind) {}

void ElementTableModel::setModel(GraphModelAdapter* model, EditController* edits) {
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_edits = edits;
    if (m_model)
        connect(m_model, &GraphModelAdapter::documentChanged, this, &ElementTableModel::follow);
    reload();
}

const GraphDocument* ElementTableModel::document() const {
    return m_model ? &m_model->document() : nullptr;
}

void ElementTableModel::setLabelLanguage(Language language) {
    if (language == m_language)
        return;
    m_language = language;
    m_matchedText.clear();
    if (!m_ids.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

int ElementTableModel::fixedColumns() const {
    return m_kind == Kind::Nodes ? int(std::size(kNodeColumns)) : int(std::size(kEdgeColumns));
}

QString ElementTableModel::fieldOf(int column) const {
    if (column < 0 || column >= columnCount())
        return {};
    if (column >= fixedColumns())
        return kPropertyPrefix + m_propertyKeys.at(column - fixedColumns());
    return QString::fromLatin1(m_kind == Kind::Nodes ? kNodeColumns[column].field
                                                     : kEdgeColumns[column].field);
}

int ElementTableModel::columnOf(const QString& field) const {
    for (int column = 0; column < columnCount(); ++column)
        if (fieldOf(column) == field)
            return column;
    return -1;
}

void ElementTableModel::reload() {
    beginResetModel();
    m_ids.clear();
    m_rows.clear();
    m_propertyKeys.clear();
    if (m_model) {
        const KnowledgeGraph& graph = m_model->document().graph();
        std::set<QString> keys;
        if (m_kind == Kind::Nodes) {
            for (NodeId id : graph.nodeIds())
                m_ids.push_back(id.value);
            for (auto it = graph.nodePropertyKeyCounts().begin();
                 it != graph.nodePropertyKeyCounts().end(); ++it)
                if (it.value() > 0)
                    keys.insert(it.key());
        } else {
            for (EdgeId id : graph.edgeIds())
                m_ids.push_back(id.value);
            graph.forEachEdge([&](const EdgeData& edge) {
                for (auto it = edge.properties.begin(); it != edge.properties.end(); ++it)
                    keys.insert(it.key());
            });
        }
        m_propertyKeys = QStringList(keys.begin(), keys.end());
        if (m_sortColumn >= columnCount())
            m_sortColumn = -1;
        orderRows();
    }
    endResetModel();
}

void ElementTableModel::orderRows() {
    if (m_sortColumn < 0) {
        std::sort(m_ids.begin(), m_ids.end());
    } else {
        // Each row's key read once. A column whose values are all numbers (blanks aside) sorts
        // as numbers; text is ranked once among its distinct values (a type column has a
        // handful); blanks go last either way.
        const bool typeColumn =
            m_sortColumn == (m_kind == Kind::Nodes ? int(NType) : int(ERelation));
        std::vector<QVariant> keys;
        keys.reserve(m_ids.size());
        bool numeric = true;
        for (size_t row = 0; row < m_ids.size(); ++row) {
            keys.push_back(typeColumn ? QVariant(typeOf(int(row)))
                                      : sortValue(m_ids[row], m_sortColumn));
            if (keys.back().typeId() == QMetaType::QString && !keys.back().toString().isEmpty())
                numeric = false;
        }
        std::vector<double> ranks(keys.size());
        constexpr double kBlank = std::numeric_limits<double>::infinity();
        if (numeric) {
            for (size_t i = 0; i < keys.size(); ++i)
                ranks[i] = keys[i].typeId() == QMetaType::QString ? kBlank : keys[i].toDouble();
        } else {
            QHash<QString, QString> shown; // a type's key -> its name; text -> itself
            for (const QVariant& key : keys)
                shown.insert(key.toString(), QString());
            for (auto it = shown.begin(); it != shown.end(); ++it)
                it.value() = !typeColumn ? it.key()
                             : m_kind == Kind::Nodes
                                 ? m_model->document().schema().nodeTypeName(it.key(), m_language)
                                 : m_model->document().schema().relationName(it.key(), m_language);
            QStringList distinct = shown.keys();
            std::sort(distinct.begin(), distinct.end(), [&](const QString& a, const QString& b) {
                return QString::compare(shown[a], shown[b], Qt::CaseInsensitive) < 0;
            });
            QHash<QString, double> rankOf;
            for (qsizetype i = 0; i < distinct.size(); ++i)
                rankOf.insert(distinct[i], shown[distinct[i]].isEmpty() ? kBlank : double(i));
            for (size_t i = 0; i < keys.size(); ++i)
                ranks[i] = rankOf.value(keys[i].toString());
        }
        std::vector<size_t> order(m_ids.size());
        std::iota(order.begin(), order.end(), size_t(0));
        const bool descending = m_sortOrder == Qt::DescendingOrder;
        std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
            if (ranks[a] == kBlank || ranks[b] == kBlank)
                return ranks[a] != kBlank && ranks[b] == kBlank; // blanks last
            return descending ? ranks[a] > ranks[b] : ranks[a] < ranks[b];
        });
        std::vector<qint64> sorted;
        sorted.reserve(m_ids.size());
        for (size_t i : order)
            sorted.push_back(m_ids[i]);
        m_ids = std::move(sorted);
    }
    m_rows.clear();
    m_rows.reserve(qsizetype(m_ids.size()));
    for (size_t row = 0; row < m_ids.size(); ++row)
        m_rows.insert(m_ids[row], int(row));
}

void ElementTableModel::sort(int column, Qt::SortOrder order) {
    m_sortColumn = column < columnCount() ? column : -1;
    m_sortOrder = order;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<qint64> ids;
    ids.reserve(size_t(before.size()));
    for (const QModelIndex& index : before)
        ids.push_back(m_ids[size_t(index.row())]);
    orderRows();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        after << index(rowOf(ids[size_t(i)]), before[i].column());
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

bool ElementTableModel::rowContains(int row, const QString& text) const {
    const qint64 id = m_ids[size_t(row)];
    const GraphDocument& document = m_model->document();
    auto has = [&](const QString& value) { return value.contains(text, Qt::CaseInsensitive); };
    // Type names are few: each is matched once per filter text.
    if (text != m_matchedText) {
        m_matchedText = text;
        m_typeMatches.clear();
        m_endMatches.clear();
        m_digits = !text.isEmpty() &&
                   std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
    }
    auto typeHas = [&](const QString& key) {
        auto it = m_typeMatches.constFind(key);
        if (it == m_typeMatches.constEnd())
            it = m_typeMatches.insert(
                key, has(m_kind == Kind::Nodes
                             ? m_model->document().schema().nodeTypeName(key, m_language)
                             : m_model->document().schema().relationName(key, m_language)));
        return it.value();
    };
    auto anyProperty = [&](const Properties& properties) {
        for (auto it = properties.begin(); it != properties.end(); ++it)
            if (has(it.value()))
                return true;
        return false;
    };
    if (m_digits && has(QString::number(id)))
        return true;
    if (m_kind == Kind::Nodes) {
        const NodeData* node = document.graph().node(NodeId(id));
        return node && (has(node->labels.en) || has(node->labels.ja) || has(node->labels.zh) ||
                        typeHas(node->type) || has(node->validFrom) || has(node->validTo) ||
                        has(node->description) || anyProperty(node->properties));
    }
    const EdgeData* edge = document.graph().edge(EdgeId(id));
    if (!edge)
        return false;
    auto endHas = [&](NodeId end) { // a node ends many relations: matched once
        auto it = m_endMatches.constFind(end.value);
        if (it == m_endMatches.constEnd()) {
            const NodeData* node = document.graph().node(end);
            it = m_endMatches.insert(end.value, node && has(node->labels.display(m_language)));
        }
        return it.value();
    };
    return typeHas(edge->relation) || endHas(edge->source) || endHas(edge->target) ||
           has(bilingualPart(edge->label, m_language)) || has(edge->validFrom) ||
           has(edge->validTo) || anyProperty(edge->properties);
}

// Changed cells are repainted in place; elements that came or went, or a new property key,
// reread the table (a sorted view keeps its order through the proxy).
void ElementTableModel::follow(const ChangeNotice& notice) {
    m_matchedText.clear(); // names may have changed: match afresh

    const bool nodes = m_kind == Kind::Nodes;
    const bool structural =
        notice.reset || (nodes ? !notice.nodesAdded.empty() || !notice.nodesRemoved.empty()
                               : !notice.edgesAdded.empty() || !notice.edgesRemoved.empty());
    bool newKey = false;
    for (const QString& field : notice.fields)
        if (field.startsWith(kPropertyPrefix) &&
            !m_propertyKeys.contains(field.mid(kPropertyPrefix.size())))
            newKey = true;
    if (structural || newKey) {
        reload();
        return;
    }
    const int lastColumn = columnCount() - 1;
    auto repaint = [&](qint64 id) {
        if (const int row = rowOf(id); row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, lastColumn));
    };
    if (nodes) {
        for (NodeId id : notice.nodesChanged)
            repaint(id.value);
        if (!notice.edgesAdded.empty() || !notice.edgesRemoved.empty() || notice.schema)
            if (!m_ids.empty()) // degrees or type names
                Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, lastColumn));
    } else {
        for (EdgeId id : notice.edgesChanged)
            repaint(id.value);
        if (!notice.nodesChanged.empty() || notice.schema) // the ends' names
            if (!m_ids.empty())
                Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, lastColumn));
    }
}

QString ElementTableModel::typeOf(int row) const {
    const KnowledgeGraph& graph = m_model->document().graph();
    const qint64 id = m_ids[size_t(row)];
    if (m_kind == Kind::Nodes) {
        const NodeData* node = graph.node(NodeId(id));
        return node ? node->type : QString();
    }
    const EdgeData* edge = graph.edge(EdgeId(id));
    return edge ? edge->relation : QString();
}

QString ElementTableModel::propertyOf(int row, const QString& key) const {
    const KnowledgeGraph& graph = m_model->document().graph();
    const qint64 id = m_ids[size_t(row)];
    if (m_kind == Kind::Nodes) {
        const NodeData* node = graph.node(NodeId(id));
        return node ? node->properties.value(key) : QString();
    }
    const EdgeData* edge = graph.edge(EdgeId(id));
    return edge ? edge->properties.value(key) : QString();
}

int ElementTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_ids.size());
}

int ElementTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : fixedColumns() + int(m_propertyKeys.size());
}

int ElementTableModel::degreeOf(qint64 nodeId) const {
    const KnowledgeGraph& graph = m_model->document().graph();
    if (!graph.contains(NodeId(nodeId)))
        return 0;
    const auto vertex = graph.vertex(NodeId(nodeId));
    return int(boost::out_degree(vertex, graph.graph()) + boost::in_degree(vertex, graph.graph()));
}

QString ElementTableModel::nodeCell(qint64 id, int column, bool forEditing) const {
    const GraphDocument& document = m_model->document();
    const NodeData* node = document.graph().node(NodeId(id));
    if (!node)
        return {};
    switch (column) {
    case NId:
        return QString::number(id);
    case NEnglish:
        return node->labels.en;
    case NJapanese:
        return node->labels.ja;
    case NChinese:
        return node->labels.zh;
    case NType:
        return forEditing ? node->type : document.schema().nodeTypeName(node->type, m_language);
    case NFrom:
        return node->validFrom;
    case NTo:
        return node->validTo;
    case NDegree:
        return QString::number(degreeOf(id));
    case NDescription:
        return node->description;
    default:
        return node->properties.value(m_propertyKeys.value(column - fixedColumns()));
    }
}

QString ElementTableModel::edgeCell(qint64 id, int column, bool forEditing) const {
    const GraphDocument& document = m_model->document();
    const EdgeData* edge = document.graph().edge(EdgeId(id));
    if (!edge)
        return {};
    auto endName = [&](NodeId end) {
        const NodeData* node = document.graph().node(end);
        return node ? node->labels.display(m_language) : QString();
    };
    switch (column) {
    case EId:
        return QString::number(id);
    case ERelation:
        return forEditing ? edge->relation
                          : document.schema().relationName(edge->relation, m_language);
    case ESource:
        return endName(edge->source);
    case ETarget:
        return endName(edge->target);
    case ELabel:
        return forEditing ? edge->label : bilingualPart(edge->label, m_language);
    case EFrom:
        return edge->validFrom;
    case ETo:
        return edge->validTo;
    case EConfidence:
        return edge->confidence ? QString::number(*edge->confidence) : QString();
    default:
        return edge->properties.value(m_propertyKeys.value(column - fixedColumns()));
    }
}

QVariant ElementTableModel::sortValue(qint64 id, int column) const {
    const bool nodes = m_kind == Kind::Nodes;
    if (column == 0)
        return id;
    if (nodes && column == NDegree)
        return degreeOf(id);
    if (!nodes && column == EConfidence) {
        const EdgeData* edge = m_model->document().graph().edge(EdgeId(id));
        return edge && edge->confidence ? QVariant(*edge->confidence) : QVariant(-1.0);
    }
    const QString text = nodes ? nodeCell(id, column, false) : edgeCell(id, column, false);
    bool isNumber = false; // numeric properties sort as numbers
    const double number = text.toDouble(&isNumber);
    return isNumber ? QVariant(number) : QVariant(text);
}

QVariant ElementTableModel::data(const QModelIndex& index, int role) const {
    if (!m_model || !index.isValid() || index.row() >= rowCount())
        return {};
    const qint64 id = m_ids[size_t(index.row())];
    const bool nodes = m_kind == Kind::Nodes;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return nodes ? nodeCell(id, index.column(), false) : edgeCell(id, index.column(), false);
    case Qt::EditRole:
        return nodes ? nodeCell(id, index.column(), true) : edgeCell(id, index.column(), true);
    case FieldRole:
        return fieldOf(index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == 0 || (nodes && index.column() == NDegree) ||
            (!nodes && index.column() == EConfidence))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant ElementTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        if (section >= fixedColumns())
            return m_propertyKeys.at(section - fixedColumns());
        return QCoreApplication::translate("ElementTableModel", m_kind == Kind::Nodes
                                                                    ? kNodeColumns[section].header
                                                                    : kEdgeColumns[section].header);
    }
    if (role == Qt::ToolTipRole && section >= fixedColumns())
        return tr("Property “%1”").arg(m_propertyKeys.at(section - fixedColumns()));
    if (role == FieldRole)
        return fieldOf(section);
    return {};
}

Qt::ItemFlags ElementTableModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && m_edits && !fieldOf(index.column()).isEmpty())
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ElementTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !m_edits || !index.isValid())
        return false;
    const QString field = fieldOf(index.column());
    if (field.isEmpty())
        return false;
    const QString text = value.toString();
    if (text == data(index, Qt::EditRole).toString())
        return true; // nothing to change: no empty undo step
    auto change = setFieldChange(m_edits->document(), elementAt(index.row()), field, text);
    m_lastError = change ? m_edits->perform(change.value()) : change.error();
    if (!m_lastError.isEmpty()) {
        Q_EMIT editFailed(m_lastError);
        return false;
    }
    return true; // the document's notice repaints the row
}

} // namespace kizuna
