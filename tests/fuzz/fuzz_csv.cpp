#include "FuzzTargets.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

// libFuzzer entry point for assetreg::fuzz::csv(); see FuzzTargets.h.

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    // Qt's SQL drivers and translators want an application object; it lives for the process.
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QString problem = assetreg::fuzz::csv(bytes);
    if (!problem.isEmpty()) {
        // A broken contract is a finding like a crash: libFuzzer saves the input on abort.
        std::fprintf(stderr, "fuzz_csv: %s\n", qPrintable(problem));
        std::abort();
    }
    return 0;
}
