#pragma once
// A set of ids kept as runs of consecutive ids. Ids are handed out one after another, so an
// import's half a million provisional ids are one run here instead of a hash-table entry each
// (an allocation to make and another to free).

#include <QtGlobal>
#include <iterator>
#include <map>

namespace kizuna {

class IdRanges {
public:
    bool contains(qint64 id) const {
        auto it = m_runs.upper_bound(id);
        return it != m_runs.begin() && std::prev(it)->second >= id;
    }
    size_t count(qint64 id) const { return contains(id) ? 1 : 0; }
    bool empty() const { return m_runs.empty(); }

    void insert(qint64 id) {
        auto next = m_runs.upper_bound(id);
        auto prev = next == m_runs.begin() ? m_runs.end() : std::prev(next);
        if (prev != m_runs.end() && prev->second >= id)
            return; // there already
        const bool joinsPrev = prev != m_runs.end() && prev->second == id - 1;
        const bool joinsNext = next != m_runs.end() && next->first == id + 1;
        if (joinsPrev && joinsNext) {
            prev->second = next->second;
            m_runs.erase(next);
        } else if (joinsPrev) {
            prev->second = id;
        } else if (joinsNext) {
            startAt(next, id);
        } else {
            m_runs.emplace(id, id);
        }
    }

    void erase(qint64 id) {
        auto it = m_runs.upper_bound(id);
        if (it == m_runs.begin() || (--it)->second < id)
            return;
        const qint64 first = it->first;
        const qint64 last = it->second;
        if (first == last) {
            m_runs.erase(it);
        } else if (id == first) {
            startAt(it, id + 1);
        } else if (id == last) {
            it->second = id - 1;
        } else {
            it->second = id - 1;
            m_runs.emplace(id + 1, last);
        }
    }

private:
    // Moves a run's start without freeing and allocating its entry.
    void startAt(std::map<qint64, qint64>::iterator run, qint64 first) {
        auto entry = m_runs.extract(run);
        entry.key() = first;
        m_runs.insert(std::move(entry));
    }

    std::map<qint64, qint64> m_runs; // first id of a run -> its last id
};

} // namespace kizuna
