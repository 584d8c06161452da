#pragma once

#include "core/demo/DemoRandom.h"
#include "core/training/Completion.h"
#include "core/training/Course.h"

#include <QDate>
#include <map>
#include <vector>

namespace palisade {

struct DemoContext;
struct DemoPerson;

// Workforce training: the courses, a monthly import of the learning
// system's completions (with some people late, a few never trained, and
// completions older than six years brought over from the previous system),
// and the phishing simulations.
class DemoTrainingGenerator
{
public:
    explicit DemoTrainingGenerator(DemoContext& context);

    void plan();
    // A person is on file; their training starts being tracked.
    void personHired(const DemoPerson& person);
    // A policy the briefing course covers changed on `day`.
    void briefingPolicyChanged(const QDate& day);
    // The policies the briefing course is about; set before the courses are added.
    void setBriefingPolicies(const QList<qint64>& ids) { m_briefingPolicies = ids; }

private:
    struct Track
    {
        std::size_t person; // index into DemoRecords::people
        std::size_t course; // index into m_courses
        QDate next;         // the next completion, invalid when none is coming
    };

    void addCourses();
    void importMonth(const QDate& to, const QString& fileName);
    void importLegacy();
    void addCompletion(std::vector<Completion>& rows, const Track& track, const QDate& on);
    QDate nextAfter(const Course& course, const QDate& completed);
    void runCampaign(const QDate& day, int index);
    bool applies(const Course& course, const DemoPerson& person) const;

    DemoContext& m_context;
    DemoRandom m_random;
    std::vector<Course> m_courses;
    std::vector<Track> m_tracks;
    std::vector<QDate> m_briefingChanges;
    QList<qint64> m_briefingPolicies;
    std::vector<std::size_t> m_waitingPeople; // hired before the courses existed
};

} // namespace palisade
