#pragma once
// Sources and the citations that link facts (nodes, edges) to them, held in memory.

#include "model/Elements.h"

#include <map>
#include <vector>

namespace kizuna {

class Provenance {
public:
    const Source* source(SourceId id) const;
    std::vector<Source> sources() const; // by id
    const Citation* citation(CitationId id) const;
    std::vector<Citation> citationsOf(qint64 elementId) const;
    std::vector<CitationId> citationsOfSource(SourceId id) const;
    size_t citationCount() const { return m_citations.size(); }

    void putSource(const Source& source);
    void removeSource(SourceId id); // its citations must be gone
    void putCitation(const Citation& citation);
    void removeCitation(CitationId id);
    void removeCitationsOf(qint64 elementId);
    void clear();

private:
    std::map<SourceId, Source> m_sources;
    std::map<CitationId, Citation> m_citations;
    std::multimap<qint64, CitationId> m_byElement;
};

} // namespace kizuna
