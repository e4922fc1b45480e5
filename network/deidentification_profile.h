// The attributes PS3.15 Table E.1-1 names, with what the Basic Application Level
// Confidentiality Profile does to each (see deidentification_profile.cpp).
#pragma once

#include <cstddef>
#include <cstdint>

namespace dicomnet::network {

enum class ProfileAction : char {
    Remove,  // X
    Empty,   // Z (and X/Z, Z/D, X/Z/D)
    Dummy,   // D: a value that says nothing
    Clean,   // a sequence whose items are cleaned by the same rules
};

// The option under which the attribute is kept as it is.
enum class ProfileOption : char { None, Device, Descriptor, Dates };

struct ProfileRule {
    std::uint32_t tag;
    ProfileAction action;
    ProfileOption option;
};

// The rule for (group, element), or null when the table does not name it.
const ProfileRule* profileRule(std::uint16_t group, std::uint16_t element);
std::size_t profileRuleCount();

}  // namespace dicomnet::network
