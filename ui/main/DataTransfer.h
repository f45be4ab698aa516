#pragma once
// File > Import and File > Export Data: ask for files, read on a worker thread with a progress
// dialog that can cancel, preview, and apply as one undoable edit.

#include <QString>

class QWidget;

namespace kizuna {

class EditController;
class GraphDocument;

// Imports `path` into the controller's map; returns false if the user cancelled or it failed
// (the reason was shown). With `error` given, nothing is asked or shown: no preview, errors
// go to `*error` (tests, scripted use).
bool importFile(QWidget* parent, EditController& edits, const QString& path,
                QString* error = nullptr);
// Asks for a file to import, then imports it.
// True when something was imported.
bool importInteractively(QWidget* parent, EditController& edits);
// After an export: which elements' text was written with visible markers (control characters
// in XML formats), if any.
void showReplacedText(QWidget* parent, const QStringList& warnings);
// Asks where and in which format, and writes.
void exportInteractively(QWidget* parent, const GraphDocument& document);

} // namespace kizuna
