#pragma once

#include "core/demo/DemoRandom.h"

namespace palisade {

struct DemoContext;

// Retention: a legal hold on the incident a lawsuit is about, one placed on
// the agreements during a contract dispute and released when it settled,
// and one still active on the phishing simulations an insurer asked about.
// Records past their six years are left for the officer to dispose of.
class DemoRetentionGenerator
{
public:
    explicit DemoRetentionGenerator(DemoContext& context);

    void plan();

private:
    DemoContext& m_context;
    DemoRandom m_random;
};

} // namespace palisade
