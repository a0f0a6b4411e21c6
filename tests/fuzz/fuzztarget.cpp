// One libFuzzer target: compiled once per entry of fuzzentries.h, with KLIPING_FUZZ_ENTRY naming
// it (html, pagetext, feed, jsonl, date, query, quotes). See tools/fuzz.sh and docs/reliability.md.
#include "fuzzentries.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

namespace {

#define KLIPING_STRINGIFY2(x) #x
#define KLIPING_STRINGIFY(x) KLIPING_STRINGIFY2(x)
constexpr const char *kEntry = KLIPING_STRINGIFY(KLIPING_FUZZ_ENTRY);

bool is(const char *name)
{
    return qstrcmp(kEntry, name) == 0;
}

// Kept for the whole run and never destroyed: libFuzzer leaves through exit(), after which
// Qt's own globals are gone and a QCoreApplication destructor would crash. Reachable from
// here, they are no leak to LeakSanitizer.
QCoreApplication *app = nullptr;
kliping::analysis::Analyzer *analyzer = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    app = new QCoreApplication(*argc, *argv);
    if (is("quotes"))
        analyzer = new kliping::analysis::Analyzer();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    using namespace kliping;
    if (is("html"))
        fuzz::html(bytes);
    else if (is("pagetext"))
        fuzz::pageText(bytes);
    else if (is("feed"))
        fuzz::feed(bytes);
    else if (is("jsonl"))
        fuzz::jsonLines(bytes);
    else if (is("date"))
        fuzz::date(bytes);
    else if (is("query"))
        fuzz::query(bytes);
    else if (is("quotes"))
        fuzz::quotes(*analyzer, bytes);
    return 0;
}
