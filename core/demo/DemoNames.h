#pragma once

#include <QString>
#include <QStringList>
#include <vector>

namespace palisade {

class DemoRandom;

// A department of the firm and the workforce roles its people hold.
struct DemoDepartment
{
    QString name;
    QStringList roles;      // WorkforceRole keys every member has
    int remoteCoderPercent; // of members who also code remotely
    int weight;             // relative headcount
};

// A kind of service a business associate of ours provides.
struct DemoVendorService
{
    QString noun;     // ends the vendor's name, e.g. "Cloud Hosting"
    QString services; // what they do for us
    QString phiTypes;
    bool sharesPhi;
};

// The name pools of the demonstration: people, the departments of a medical
// coding and billing firm, the clinics and hospitals it serves and the
// vendors it uses. Fixed lists, so a seed always gives the same names.
class DemoNames
{
public:
    static const QStringList& firstNames();
    static const QStringList& lastNames();
    static const std::vector<DemoDepartment>& departments();
    static const std::vector<DemoVendorService>& subcontractorServices();
    static const std::vector<DemoVendorService>& otherVendorServices();

    static QString personName(DemoRandom& random);
    // "jordan.reyes" style, for an e-mail address.
    static QString mailbox(const QString& name);
    // A covered entity: "Lakeside Family Clinic", "St. Brendan Regional Hospital"...
    static QString coveredEntityName(DemoRandom& random);
    static QString coveredEntityServices(DemoRandom& random);
    // A vendor: a made-up brand and the service's noun.
    static QString vendorName(DemoRandom& random, const DemoVendorService& service);
};

} // namespace palisade
