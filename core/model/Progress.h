#pragma once
// Progress reports from long work (layouts, imports, exports).

#include <QtGlobal>
#include <functional>

namespace kizuna {

// Called now and then with (done, total); return false to cancel.
using ProgressCallback = std::function<bool(qint64 done, qint64 total)>;

} // namespace kizuna
