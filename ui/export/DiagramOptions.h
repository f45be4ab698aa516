#pragma once
// The choices for an exported diagram, shared by File > Export Diagram and kizuna-cli export.

#include "canvas/CanvasScene.h"

#include <QString>

class QSettings;

namespace kizuna {

enum class PageSize { A4 = 0, Letter = 1 };

struct DiagramOptions {
    QString title;
    QString subtitle;
    bool legend = true;
    bool sources = true;          // numbered "Sources" footer; edges carry the numbers
    QString asOf;                 // the "as of" stamp (YYYY-MM-DD); empty: today
    PageSize page = PageSize::A4; // PDF
    bool landscape = true;        // PDF
    ColourScheme colours = ColourScheme::Schema;
    double dpi = 96;          // PNG: 96 is 1:1 with the canvas, 192 twice as sharp
    bool transparent = false; // PNG background
    Language language = Language::En;
    // What the picture shows beyond the elements asked for, and how: filtered and faded
    // elements, metric styling, a view's own layout. Not remembered.
    SceneOptions presentation;

    // Remembered between exports in the app.
    void save(QSettings& settings) const;
    static DiagramOptions load(const QSettings& settings);
    QString asOfOrToday() const;
};

} // namespace kizuna
