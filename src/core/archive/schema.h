// The archive's schema as numbered migrations. Migration N takes an archive from version N-1 to
// N; each runs in one transaction with PRAGMA user_version set inside it. Never edit a migration
// that has shipped: add the next one.
#pragma once

#include <QList>

namespace kliping::archive {

struct Migration {
    int version;
    const char *sql;
};

const QList<Migration> &migrations();

// PRAGMA application_id of a Kliping archive ("KLPG").
constexpr int kApplicationId = 0x4B4C5047;

} // namespace kliping::archive
