// MapStore's search index: which nodes need their entry rewritten, and queries.

#include "store/MapStore.h"

#include "model/Elements.h"
#include "store/Database.h"
#include "store/PreparedSearchIndex.h"
#include "store/SqlError.h"
#include "store/Statement.h"

#include <sqlite3.h>

#include <algorithm>

namespace kizuna {

QString searchText(const QString& text) {
    return text.normalized(QString::NormalizationForm_KC).toCaseFolded();
}

void MapStore::markForSearch(qint64 elementId) {
    if (m_dirtyAll)
        return;
    m_dirty.insert(elementId);
    if (m_dirty.size() > 5000) { // past this, one rebuild is cheaper than many small rewrites
        m_dirty.clear();
        m_dirtyAll = true;
    }
}

// The text a node is found by: labels, description, properties and its sources' titles.
QString MapStore::indexTextOf(qint64 nodeId) {
    Statement& pieces =
        statement("SELECT coalesce(label_en, '') || ' ' || coalesce(label_ja, '') || ' ' || "
                  "coalesce(label_zh, '') || ' ' || "
                  "coalesce(description, '') FROM node WHERE id = ?1 "
                  "UNION ALL SELECT key || ' ' || value FROM property WHERE element_id = ?1 "
                  "UNION ALL SELECT s.title FROM citation c JOIN source s ON s.id = c.source_id "
                  "WHERE c.element_id = ?1");
    pieces.bind(1, nodeId);
    QStringList parts;
    while (pieces.step())
        parts << pieces.text(0);
    pieces.reset();
    return searchText(parts.join(QLatin1Char(' ')));
}

// An entry's rowid is its node's id (from map format 5 on), so rewriting one entry is a lookup,
// not a scan of the whole index (element_id is UNINDEXED).
void MapStore::writeIndexEntry(qint64 elementId) {
    m_searchIndexUsed = true;
    statement("DELETE FROM search_index WHERE rowid = ?").bind(1, elementId).run();
    Statement& exists = statement("SELECT 1 FROM node WHERE id = ?");
    exists.bind(1, elementId);
    const bool isNode = exists.step();
    exists.reset();
    if (isNode)
        statement("INSERT INTO search_index(rowid, element_id, text) VALUES(?1, ?1, ?2)")
            .bind(1, elementId)
            .bind(2, indexTextOf(elementId))
            .run();
}

namespace {

// searchText as an SQL function, so a rebuild is one statement inside SQLite.
void searchTextFunction(sqlite3_context* context, int, sqlite3_value** arguments) {
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(arguments[0]));
    // ASCII (most labels of most maps) is its own NFKC form and folds to lower case: no trip
    // through QString for it (a fifth of filling the index of a 100,000-node import).
    const int size = text ? sqlite3_value_bytes(arguments[0]) : 0;
    if (std::all_of(text, text + size, [](char c) { return (c & 0x80) == 0; })) {
        auto* folded = static_cast<char*>(sqlite3_malloc(size + 1));
        if (!folded) {
            sqlite3_result_error_nomem(context);
            return;
        }
        std::transform(text, text + size, folded,
                       [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; });
        sqlite3_result_text(context, folded, size, sqlite3_free);
        return;
    }
    const QByteArray folded =
        searchText(QString::fromUtf8(text, text ? sqlite3_value_bytes(arguments[0]) : 0)).toUtf8();
    sqlite3_result_text(context, folded.constData(), int(folded.size()), SQLITE_TRANSIENT);
}

} // namespace

void MapStore::registerSearchFunction() {
    sqlite3_create_function_v2(m_db->handle(), "kizuna_search_text", 1,
                               SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, searchTextFunction,
                               nullptr, nullptr, nullptr);
}

// The whole index in one pass: the same text as indexTextOf gives each node (labels and
// description, then "key value" of each property, then its sources' titles).
void MapStore::rebuildSearchIndex() {
    m_searchIndexUsed = true;
    m_db->exec("DELETE FROM search_index");
    m_db->exec(
        "INSERT INTO search_index(rowid, element_id, text) SELECT n.id, n.id, "
        "kizuna_search_text(coalesce(n.label_en, '') || ' ' || coalesce(n.label_ja, '') || ' ' || "
        "coalesce(n.label_zh, '') || ' ' || coalesce(n.description, '') || "
        "coalesce((SELECT ' ' || group_concat(p.key || ' ' || p.value, ' ') FROM property p "
        "WHERE p.element_id = n.id), '') || "
        "coalesce((SELECT ' ' || group_concat(s.title, ' ') FROM citation c JOIN source s ON "
        "s.id = c.source_id WHERE c.element_id = n.id), '')) FROM node n ORDER BY n.id");
}

// rebuildSearchIndex's text of a node without citations, from memory (PreparedSearchIndex).
// Empty labels are stored as NULL, which coalesce turns back into ''; the file orders a node's
// properties by their UTF-8 bytes, which is QMap's order unless a key holds a character beyond
// U+FFFF (a surrogate pair in UTF-16).
QString searchEntryText(const NodeData& node) {
    QString text = node.labels.en + QLatin1Char(' ') + node.labels.ja + QLatin1Char(' ') +
                   node.labels.zh + QLatin1Char(' ') + node.description;
    std::vector<std::pair<QByteArray, QString>> byBytes;
    bool wide = false;
    for (auto it = node.properties.begin(); it != node.properties.end(); ++it) {
        wide = wide || std::any_of(it.key().begin(), it.key().end(),
                                   [](QChar c) { return c.isSurrogate(); });
        byBytes.emplace_back(storableUtf8(it.key()), it.key() + QLatin1Char(' ') + it.value());
    }
    if (wide)
        std::sort(byBytes.begin(), byBytes.end(),
                  [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [bytes, keyAndValue] : byBytes)
        text += QLatin1Char(' ') + keyAndValue;
    return text;
}

// An import's index built on another core (see PreparedSearchIndex) replaces the rebuild when
// the map's index is empty and this connection has never read it.
bool MapStore::adoptPreparedSearchIndex() {
    if (!m_preparedSearch || !m_preparedSearch->valid() || m_searchIndexUsed)
        return false;
    std::unique_ptr<PreparedSearchIndex> prepared;
    try {
        prepared = m_preparedSearch->get();
    } catch (const std::exception&) { // out of memory, say: the rebuild makes it instead
        return false;
    }
    if (!prepared ||
        m_db->queryText("SELECT sql FROM sqlite_master WHERE name = 'search_index'") !=
            QLatin1String(PreparedSearchIndex::definition()) ||
        m_db->queryInt("SELECT EXISTS (SELECT 1 FROM search_index_content)") != 0 ||
        m_db->queryInt("SELECT count(*) FROM node") != prepared->entries())
        return false;
    prepared->copyInto(*m_db);
    m_adoptedSearchIndex = true;
    return true;
}

void MapStore::flushSearchIndex() {
    if (m_dirtyAll && adoptPreparedSearchIndex()) {
        m_dirty.clear();
        m_dirtyAll = false;
        return;
    }
    if (m_dirtyAll)
        rebuildSearchIndex();
    else
        for (qint64 id : m_dirty)
            writeIndexEntry(id);
    m_dirty.clear();
    m_dirtyAll = false;
}

int searchRank(const Labels& labels, const QString& wanted) {
    int best = 2;
    for (const QString* label : {&labels.en, &labels.ja, &labels.zh}) {
        const QString text = searchText(*label);
        if (text == wanted)
            return 0;
        if (text.contains(wanted))
            best = 1;
    }
    return best;
}

Result<std::vector<NodeId>> MapStore::search(const QString& query, int limit) {
    const QString text = searchText(query).trimmed();
    m_searchIndexUsed = true;
    std::vector<NodeId> hits;
    if (text.isEmpty())
        return hits;
    try {
        // Trigrams need 3 characters; shorter queries (中国 is 2) scan the indexed text instead.
        // The query is one quoted phrase, so "GPT-5" is text, not FTS syntax.
        // Characters, not UTF-16 units: 𠮷田 is two characters (three units).
        const bool trigrams = text.toUcs4().size() >= 3;
        Statement& find = trigrams
                              ? statement("SELECT element_id FROM search_index WHERE search_index "
                                          "MATCH ? ORDER BY rank LIMIT ?")
                              : statement("SELECT element_id FROM search_index WHERE instr(text, "
                                          "?) > 0 ORDER BY element_id LIMIT ?");
        QString phrase = text;
        if (trigrams)
            phrase = QLatin1Char('"') +
                     QString(text).replace(QLatin1Char('"'), QLatin1String("\"\"")) +
                     QLatin1Char('"');
        find.bind(1, phrase).bind(2, qint64(limit));
        while (find.step())
            hits.push_back(NodeId(find.int64(0)));
        find.reset();
    } catch (const SqlError& error) {
        return Error{QStringLiteral("search: %1").arg(QString::fromUtf8(error.what()))};
    }
    return hits;
}

} // namespace kizuna
