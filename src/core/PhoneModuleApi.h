#pragma once

#include "PhoneNumbers.h"

#include <QtGlobal>

// What the phone module (PhoneModule.cpp, the part of PhoneNumbers that uses libphonenumber) exports, as
// PhoneNumbers.cpp resolves it. Both sides are built together, by the same compiler, against the same Qt.
namespace LeadRails::PhoneModuleApi {

// Gives the geocoder module's function (GeocoderModule.cpp: where a number is), or null while it is deferred
// or when it is missing. Called only for a valid number, so the geocoder loads only when it has work.
using Geocoder = QFunctionPointer (*)();

using Analyze = void (*)(const QString &input, const QString &defaultRegion, Geocoder geocoder,
                         PhoneAnalysis &result);
using IsKnownRegion = bool (*)(const QString &region);
using WarmUp = void (*)();

inline constexpr char kAnalyze[] = "leadrails_phone_analyze";
inline constexpr char kIsKnownRegion[] = "leadrails_phone_is_known_region";
inline constexpr char kWarmUp[] = "leadrails_phone_warm_up";

} // namespace LeadRails::PhoneModuleApi
