#pragma once
// The ids an importer gives the keys it reads (a CSV id column, a GraphML node id), for the big
// tables of a big file: every relation looks up both its ends. A flat table of 8-byte slots with
// linear probing, a power of two in size: a lookup touches one slot (two million lookups fit in
// the cache that the std::unordered_map's buckets and nodes missed: a fifth of reading a big
// CSV went to that table's modulo and pointer chasing). Keys are compared only on equal hashes.

#include <QHash>
#include <QString>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace kizuna {

template <class Value> class KeyIndex {
public:
    // The value `key` has: the one given if it is new (second: true), else the earlier one.
    std::pair<Value, bool> emplace(const QString& key, Value value) {
        if ((m_entries.size() + 1) * 2 > m_slots.size())
            grow();
        const size_t hash = qHash(key);
        for (size_t slot = hash & m_mask;; slot = (slot + 1) & m_mask) {
            Slot& at = m_slots[slot];
            if (at.entry == 0) {
                m_entries.push_back(Entry(key, value, hash));
                at = {tagOf(hash), std::uint32_t(m_entries.size())};
                return {value, true};
            }
            const Entry& entry = m_entries[at.entry - 1];
            if (at.tag == tagOf(hash) && entry.matches(key))
                return {entry.value, false};
        }
    }

    // The value of `key`, or nullptr. Safe from several threads while nothing is added.
    const Value* find(const QString& key) const {
        if (m_entries.empty())
            return nullptr;
        const size_t hash = qHash(key);
        for (size_t slot = hash & m_mask;; slot = (slot + 1) & m_mask) {
            const Slot& at = m_slots[slot];
            if (at.entry == 0)
                return nullptr;
            const Entry& entry = m_entries[at.entry - 1];
            if (at.tag == tagOf(hash) && entry.matches(key))
                return &entry.value;
        }
    }

    size_t size() const { return m_entries.size(); }

private:
    // The hash's high bits: its low ones chose the slot.
    static std::uint32_t tagOf(size_t hash) { return std::uint32_t(hash >> 32); }
    struct Slot {
        std::uint32_t tag = 0;   // tagOf(the key's hash)
        std::uint32_t entry = 0; // 1 + the entry's index; 0: empty
    };
    // A short key (most ids: "12345", "n42") is compared with a copy kept in the entry, which
    // spares a lookup a read of the key's text elsewhere in memory.
    static constexpr qsizetype kShort = 8;
    struct Entry {
        Entry(const QString& text, Value v, size_t h) : key(text), value(v), hash(h) {
            if (text.size() <= kShort)
                std::copy_n(text.constData(), text.size(), shortKey);
        }
        bool matches(const QString& text) const {
            if (text.size() != key.size())
                return false;
            if (text.size() <= kShort)
                return std::equal(shortKey, shortKey + text.size(), text.constData());
            return text == key;
        }
        QString key;
        Value value;
        size_t hash;
        QChar shortKey[kShort];
    };

    void grow() {
        const size_t size = m_slots.empty() ? 1024 : m_slots.size() * 2;
        m_slots.assign(size, Slot{});
        m_mask = size - 1;
        for (size_t i = 0; i < m_entries.size(); ++i) {
            size_t slot = m_entries[i].hash & m_mask;
            while (m_slots[slot].entry != 0)
                slot = (slot + 1) & m_mask;
            m_slots[slot] = {tagOf(m_entries[i].hash), std::uint32_t(i + 1)};
        }
    }

    std::vector<Slot> m_slots;
    std::vector<Entry> m_entries;
    size_t m_mask = 0;
};

} // namespace kizuna
