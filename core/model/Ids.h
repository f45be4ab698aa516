#pragma once
// Strong int64 ids. Nodes and edges share one id space (the `element` table), so an id names
// exactly one thing; sources have their own. Only these ids cross the core API.

#include <QtGlobal>
#include <compare>
#include <functional>

namespace kizuna {

template <typename Tag> struct StrongId {
    qint64 value = 0;
    constexpr StrongId() = default;
    constexpr explicit StrongId(qint64 v) : value(v) {}
    constexpr bool isValid() const { return value > 0; }
    constexpr auto operator<=>(const StrongId&) const = default;
};

struct NodeTag {};
struct EdgeTag {};
struct SourceTag {};
struct CitationTag {};
struct AnnotationTag {};
struct ViewTag {};
using NodeId = StrongId<NodeTag>;
using EdgeId = StrongId<EdgeTag>;
using SourceId = StrongId<SourceTag>;
using CitationId = StrongId<CitationTag>;
using AnnotationId = StrongId<AnnotationTag>;
using ViewId = StrongId<ViewTag>;

} // namespace kizuna

template <typename Tag> struct std::hash<kizuna::StrongId<Tag>> {
    size_t operator()(const kizuna::StrongId<Tag>& id) const noexcept {
        return std::hash<qint64>()(id.value);
    }
};
