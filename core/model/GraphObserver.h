#pragma once
// Listens to a GraphDocument: one id-keyed notice per committed change set, whether this
// document made it or caught up with it from another program.

#include "model/ChangeNotice.h"

namespace kizuna {

class GraphObserver {
public:
    virtual ~GraphObserver() = default;
    virtual void changed(const ChangeNotice& notice) = 0;
};

} // namespace kizuna
