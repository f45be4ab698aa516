#pragma once
// PNG exports painted a band of rows at a time and encoded as they come (libpng), so a
// 20,000-pixel-wide picture of a 100,000-node map needs a band's memory, not the whole image's.

#include "model/Result.h"

#include <QtGlobal>

class QIODevice;

namespace kizuna {

class DiagramComposer;
struct DiagramOptions;

// Pixels painted at once: 64 MiB (a band of 16,000 rows at 1,000 pixels wide, of 800 at 20,000).
constexpr qint64 kPngBandBytes = 64ll << 20;

// `composer`'s drawing at options.dpi (white or, with options.transparent, transparent) as a PNG
// on `out`, painted in bands of at most `bandBytes` of pixels. The caller checks the size fits.
Status writeDiagramPng(const DiagramComposer& composer, const DiagramOptions& options,
                       QIODevice& out, qint64 bandBytes = kPngBandBytes);

} // namespace kizuna
