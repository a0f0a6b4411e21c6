#include "dateparser.h"

namespace kliping::text {

std::optional<ParsedDate> DateParser::parse(QStringView text)
{
    Q_UNUSED(text);
    return std::nullopt;
}

std::optional<ParsedDate> DateParser::find(QStringView text)
{
    Q_UNUSED(text);
    return std::nullopt;
}

} // namespace kliping::text
