#pragma once

#include <QDialog>

namespace palisade::ui {

class PdfViewerWidget;

// An exported evidence pack shown inside the program, read from its file.
class PackViewerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PackViewerDialog(QWidget* parent = nullptr);

    // Reads and shows the PDF; on failure returns why, and shows nothing.
    QString load(const QString& path);
    // Opens a viewer window of its own for `path` that deletes itself when
    // closed, or returns why it could not.
    static QString openWindow(const QString& path, QWidget* parent);

    PdfViewerWidget* viewer() const { return m_viewer; }

private:
    PdfViewerWidget* m_viewer;
};

} // namespace palisade::ui
