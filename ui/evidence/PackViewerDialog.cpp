#include "ui/evidence/PackViewerDialog.h"

#include "ui/pdf/PdfViewerWidget.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPushButton>
#include <QVBoxLayout>

namespace palisade::ui {

PackViewerDialog::PackViewerDialog(QWidget* parent)
    : QDialog(parent)
    , m_viewer(new PdfViewerWidget(this))
{
    setObjectName(QStringLiteral("packViewerDialog"));
    setWindowFlag(Qt::WindowMaximizeButtonHint, true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // Enter belongs to the viewer's find bar, not to the Close button.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_viewer, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &PackViewerDialog::reject);
    resize(900, 760);
}

QString PackViewerDialog::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    const QString name = QFileInfo(path).fileName();
    if (!m_viewer->setDocument(file.readAll(), name))
        return m_viewer->errorMessage();
    setWindowTitle(tr("%1 \u2014 Evidence Pack").arg(name));
    return {};
}

QString PackViewerDialog::openWindow(const QString& path, QWidget* parent)
{
    auto* dialog = new PackViewerDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (QString problem = dialog->load(path); !problem.isEmpty()) {
        delete dialog;
        return problem;
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return {};
}

} // namespace palisade::ui
