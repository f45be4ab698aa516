#pragma once
// Runs long work (metrics, layouts) on a worker thread behind a modal progress dialog with
// Cancel, and returns its result. The dialog is modal, so the map cannot change meanwhile.

#include "model/Progress.h"

#include <QApplication>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QThread>
#include <QtConcurrent>
#include <atomic>

namespace kizuna {

// `work` gets a progress callback to call now and then; it returns false once Cancel is pressed.
template <typename Work>
auto runWithProgress(QWidget* parent, const QString& label, Work work)
    -> decltype(work(ProgressCallback{})) {
    std::atomic<qint64> done{0}, total{1};
    std::atomic<bool> cancelled{false}, reported{false};
    // Busy (no percentage) until the work says how far it is: a map being read cannot tell.
    QProgressDialog progress(label, QObject::tr("Cancel"), 0, 0, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setValue(0); // starts the clock: the dialog shows after the minimum duration
    QObject::connect(&progress, &QProgressDialog::canceled, [&] { cancelled = true; });
    QFutureWatcher<decltype(work(ProgressCallback{}))> watcher;
    watcher.setFuture(QtConcurrent::run([&] {
        return work([&](qint64 d, qint64 t) {
            done = d;
            total = std::max<qint64>(t, 1);
            reported = true;
            return !cancelled.load();
        });
    }));
    while (!watcher.isFinished()) {
        if (reported && progress.maximum() == 0)
            progress.setRange(0, 1000);
        if (reported)
            progress.setValue(int(1000 * done / total));
        QApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    progress.reset();
    return watcher.result();
}

} // namespace kizuna
