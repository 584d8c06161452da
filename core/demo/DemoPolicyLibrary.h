#pragma once

#include "core/policies/PolicyCategory.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace palisade {

class DemoRandom;

// A subject the firm writes policies and procedures about, beyond the
// starter templates.
struct DemoPolicyTopic
{
    QString subject; // e.g. "Client EHR account management"
    PolicyCategory category;
    QString audience; // the department that must acknowledge it; empty: everyone
    QStringList citations;
};

class DemoPolicyLibrary
{
public:
    static const std::vector<DemoPolicyTopic>& topics();
    static const QStringList& documentKinds(); // "Procedure", "Standard"...
    static QString codePrefix(PolicyCategory category);
    // The Markdown of a first revision.
    static QString content(const QString& title, const QString& organization,
                           const QString& audience);
    // The words of a revised revision, and what changed.
    static QString revise(const QString& content, int number, DemoRandom& random,
                          QString& changeSummary);
};

} // namespace palisade
