#pragma once
// Finding a node from what a user typed: an id, or an exact label in any language (compared
// after Unicode NFKC normalisation, case-insensitively, so "ＯｐｅｎＡＩ" finds "OpenAI").

#include "model/Ids.h"
#include "model/Result.h"

namespace kizuna {

class GraphDocument;

QString normalizedLabel(const QString& text);
// An ambiguous label is an error that lists the candidates with their ids.
Result<NodeId> findNode(const GraphDocument& document, const QString& idOrLabel);

} // namespace kizuna
