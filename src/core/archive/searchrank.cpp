#include "searchrank.h"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

namespace kliping::archive {

namespace {

// The constants of FTS5's bm25 (fts5_aux.c).
constexpr double kK1 = 1.2;
constexpr double kB = 0.75;

struct PerQuery {
    double averageLength = 1.0;
    std::vector<double> idf; // per phrase
};

struct Count {
    sqlite3_int64 hits = 0;
    sqlite3_int64 lastRowid = 0;
};

int countDocuments(const Fts5ExtensionApi *api, Fts5Context *fts, void *data)
{
    auto *count = static_cast<Count *>(data);
    ++count->hits;
    count->lastRowid = api->xRowid(fts);
    return count->hits >= kExactDocuments ? SQLITE_DONE : SQLITE_OK;
}

// How many documents hold the phrase: exact up to kExactDocuments, then extrapolated from the
// share of the ids the first ones took (never less than counted, never more than the rows).
int documentsWith(const Fts5ExtensionApi *api, Fts5Context *fts, int phrase, sqlite3_int64 rows,
                  double *out)
{
    Count count;
    const int rc = api->xQueryPhrase(fts, phrase, &count, countDocuments);
    if (rc != SQLITE_OK)
        return rc;
    double documents = double(count.hits);
    if (count.hits >= kExactDocuments && count.lastRowid > 0)
        documents = std::clamp(double(count.hits) * double(rows) / double(count.lastRowid),
                               double(count.hits), double(rows));
    *out = documents;
    return SQLITE_OK;
}

void deletePerQuery(void *data)
{
    delete static_cast<PerQuery *>(data);
}

int perQuery(const Fts5ExtensionApi *api, Fts5Context *fts, PerQuery **out)
{
    auto *data = static_cast<PerQuery *>(api->xGetAuxdata(fts, 0));
    if (data) {
        *out = data;
        return SQLITE_OK;
    }
    auto fresh = std::make_unique<PerQuery>();
    sqlite3_int64 rows = 0;
    sqlite3_int64 tokens = 0;
    int rc = api->xRowCount(fts, &rows);
    if (rc == SQLITE_OK)
        rc = api->xColumnTotalSize(fts, -1, &tokens);
    if (rc != SQLITE_OK)
        return rc;
    fresh->averageLength = rows > 0 ? double(tokens) / double(rows) : 1.0;
    const int phrases = api->xPhraseCount(fts);
    fresh->idf.resize(size_t(phrases));
    for (int i = 0; i < phrases; ++i) {
        double documents = 0;
        rc = documentsWith(api, fts, i, rows, &documents);
        if (rc != SQLITE_OK)
            return rc;
        double idf = std::log((double(rows) - documents + 0.5) / (documents + 0.5));
        if (idf <= 0.0)
            idf = 1e-6;
        fresh->idf[size_t(i)] = idf;
    }
    data = fresh.release();
    rc = api->xSetAuxdata(fts, data, deletePerQuery);
    if (rc != SQLITE_OK)
        return rc; // xSetAuxdata has freed it
    *out = data;
    return SQLITE_OK;
}

void rankFunction(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int nVal,
                  sqlite3_value **values)
{
    PerQuery *data = nullptr;
    int rc = perQuery(api, fts, &data);
    std::vector<double> frequency(data ? data->idf.size() : 0, 0.0);
    int instances = 0;
    if (rc == SQLITE_OK)
        rc = api->xInstCount(fts, &instances);
    for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
        int phrase = 0, column = 0, offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK && phrase >= 0 && size_t(phrase) < frequency.size())
            frequency[size_t(phrase)] += column < nVal ? sqlite3_value_double(values[column]) : 1.0;
    }
    int length = 0;
    if (rc == SQLITE_OK)
        rc = api->xColumnSize(fts, -1, &length);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(ctx, rc);
        return;
    }
    const double norm = kK1 * (1.0 - kB + kB * double(length) / data->averageLength);
    double score = 0.0;
    for (size_t i = 0; i < frequency.size(); ++i)
        score += data->idf[i] * (frequency[i] * (kK1 + 1.0)) / (frequency[i] + norm);
    sqlite3_result_double(ctx, -1.0 * score);
}

} // namespace

bool registerSearchRank(fts5_api *api)
{
    return api &&
           api->xCreateFunction(api, kSearchRankName, nullptr, rankFunction, nullptr) == SQLITE_OK;
}

} // namespace kliping::archive
