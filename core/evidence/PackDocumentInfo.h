#pragma once

#include <QString>
#include <QStringList>

namespace palisade {

// What an evidence pack says about itself: the PDF's metadata, and the
// running header and footer of every page.
struct PackDocumentInfo
{
    QString title;  // also the left of the running header
    QString author; // who prepared it
    QString subject;
    QStringList keywords;
    QString creator;         // the program and its version
    QString packId;          // in every footer
    QString confidentiality; // the footer's notice
};

} // namespace palisade
