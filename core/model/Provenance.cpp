#include "model/Provenance.h"

#include <algorithm>

namespace kizuna {

const Source* Provenance::source(SourceId id) const {
    auto it = m_sources.find(id);
    return it == m_sources.end() ? nullptr : &it->second;
}

const Citation* Provenance::citation(CitationId id) const {
    auto it = m_citations.find(id);
    return it == m_citations.end() ? nullptr : &it->second;
}

std::vector<Source> Provenance::sources() const {
    std::vector<Source> result;
    result.reserve(m_sources.size());
    for (const auto& [id, source] : m_sources)
        result.push_back(source);
    return result;
}

std::vector<Citation> Provenance::citationsOf(qint64 elementId) const {
    std::vector<Citation> result;
    auto [begin, end] = m_byElement.equal_range(elementId);
    for (auto it = begin; it != end; ++it)
        result.push_back(m_citations.at(it->second));
    std::sort(result.begin(), result.end(),
              [](const Citation& a, const Citation& b) { return a.id < b.id; });
    return result;
}

void Provenance::putSource(const Source& source) {
    m_sources[source.id] = source;
}

void Provenance::removeSource(SourceId id) {
    m_sources.erase(id);
}

void Provenance::putCitation(const Citation& citation) {
    removeCitation(citation.id);
    m_citations[citation.id] = citation;
    m_byElement.emplace(citation.elementId, citation.id);
}

void Provenance::removeCitation(CitationId id) {
    auto it = m_citations.find(id);
    if (it == m_citations.end())
        return;
    auto [begin, end] = m_byElement.equal_range(it->second.elementId);
    for (auto link = begin; link != end; ++link) {
        if (link->second == id) {
            m_byElement.erase(link);
            break;
        }
    }
    m_citations.erase(it);
}

void Provenance::removeCitationsOf(qint64 elementId) {
    auto [begin, end] = m_byElement.equal_range(elementId);
    for (auto link = begin; link != end; ++link)
        m_citations.erase(link->second);
    m_byElement.erase(begin, end);
}

void Provenance::clear() {
    m_sources.clear();
    m_citations.clear();
    m_byElement.clear();
}

std::vector<CitationId> Provenance::citationsOfSource(SourceId id) const {
    std::vector<CitationId> result;
    for (const auto& [citationId, citation] : m_citations)
        if (citation.source == id)
            result.push_back(citationId);
    return result;
}

} // namespace kizuna
