#pragma once
// Memory figures of this process for the benchmarks (Linux: /proc/self/status). Header-only:
// each benchmark is one translation unit.

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <qglobal.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace kizuna::bench {

// A field of /proc/self/status in KiB ("VmHWM", "VmRSS"); -1 when unavailable.
inline qint64 statusKiB(const char* field) {
    // stdio rather than QFile: /proc files report size 0, which QFile takes for end of file.
    std::FILE* status = std::fopen("/proc/self/status", "r");
    if (!status)
        return -1;
    const size_t length = std::strlen(field);
    char line[256];
    qint64 kib = -1;
    while (std::fgets(line, sizeof line, status))
        if (std::strncmp(line, field, length) == 0 && line[length] == ':') {
            kib = std::strtoll(line + length + 1, nullptr, 10);
            break;
        }
    std::fclose(status);
    return kib;
}

inline double mib(qint64 kib) {
    return kib < 0 ? -1.0 : kib / 1024.0;
}
inline double peakMiB() {
    return mib(statusKiB("VmHWM"));
}
inline double rssMiB() {
    return mib(statusKiB("VmRSS"));
}

// Returns freed heap to the system and resets VmHWM to the current RSS (Linux >= 4.0, writing 5
// to clear_refs), so each phase's peak is its own and not the previous one's.
inline bool resetPeak() {
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
    std::FILE* refs = std::fopen("/proc/self/clear_refs", "w");
    if (!refs)
        return false;
    const bool written = std::fputs("5", refs) >= 0;
    return std::fclose(refs) == 0 && written;
}

} // namespace kizuna::bench
