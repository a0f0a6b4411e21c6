// The reader's and the list's dates come from core (text/articledate.h), where the export uses
// the same formatting; this name stays for the GUI's code and tests.
#pragma once

#include "text/articledate.h"

namespace kliping::gui {

using ArticleDate = text::ArticleDate;

} // namespace kliping::gui
