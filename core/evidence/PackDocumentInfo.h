#pragma once

#include <QString>
#include <QStringList>

namespace palisade {

// What an evidence pack says about itself: the PDF's metadata, and the
// running header and footer of every page.
struct PackDocumentInfo
{
    QString title; // the PDF's title
    // The left of the running header, short enough to sit beside the
    // section's title: the organization and the period. The title when empty.
    QString runningHeader;
    QString author; // who prepared it
    QString subject;
    QStringList keywords;
    QString creator;         // the program and its version
    QString packId;          // in every footer
    QString confidentiality; // the footer's notice
};

} // namespace palisade
