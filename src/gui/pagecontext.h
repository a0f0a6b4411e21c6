// What a person or institution page works with: the window's reader connection, and for the
// corrections the runner on the worker and the window's undo stack.
#pragma once

#include "archive/archive.h"

class QUndoStack;

namespace kliping::gui {

class CorrectionRunner;

struct PageContext {
    const archive::Archive *archive = nullptr;
    CorrectionRunner *runner = nullptr;
    QUndoStack *undoStack = nullptr;
    // Another window holds the archive or the file cannot be written: no corrections.
    bool readOnly = false;
};

} // namespace kliping::gui
