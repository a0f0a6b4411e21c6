// File > Export…: what to export (the article being read, the selected articles, or the
// dossier of a person named in the article), the format (PDF, HTML, Markdown, JSON, CSV of
// quotes), the paper and margins of a PDF, and what to include (quotes highlighted with their
// speakers, the box of people and institutions; for a dossier, only quotes with some words and
// grouping by year or month). The window then asks for the file and runs the export on its
// worker.
#pragma once

#include "export/exportcontent.h"
#include "export/exportoptions.h"

#include <QDialog>
#include <QList>
#include <QPair>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QRadioButton;

namespace kliping::gui {

struct ExportRequest {
    enum class What { Current, Selection, Person };
    What what = What::Current;
    qint64 personId = 0;
    QString personName;
    QStringList words;
    exporting::Period period = exporting::Period::Year;
    exporting::ExportOptions options;
};

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    // people: the people of the article being read that the archive knows (name, id).
    ExportDialog(bool hasCurrent, int selectedCount, const QList<QPair<QString, qint64>> &people,
                 QWidget *parent = nullptr);

    ExportRequest request() const;
    void setWhat(ExportRequest::What what, qint64 personId = 0);
    void setFormat(exporting::Format format);

    QComboBox *formatBox() const { return m_format; }

private:
    void updateEnabled();

    QRadioButton *m_current = nullptr;
    QRadioButton *m_selection = nullptr;
    QRadioButton *m_person = nullptr;
    QComboBox *m_people = nullptr;
    QLineEdit *m_words = nullptr;
    QComboBox *m_period = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_paper = nullptr;
    QDoubleSpinBox *m_margin = nullptr;
    QCheckBox *m_highlight = nullptr;
    QCheckBox *m_peopleBox = nullptr;
};

} // namespace kliping::gui
