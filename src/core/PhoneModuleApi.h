#pragma once

#include "PhoneNumbers.h"

#include <QtGlobal>

// What the phone module (PhoneModule.cpp, the part of PhoneNumbers that uses libphonenumber) gives
// PhoneNumbers.cpp (Modules::functions). Both sides are built together, by the same compiler, against the
// same Qt.
namespace LeadRails::PhoneModuleApi {

// Gives the geocoder module's function (GeocoderModule.cpp: where a number is), or null while it is deferred
// or when it is missing. Called only for a valid number, so the geocoder loads only when it has work.
using Geocoder = QFunctionPointer (*)();

struct Functions
{
    void (*analyze)(const QString &input, const QString &defaultRegion, Geocoder geocoder,
                    PhoneAnalysis &result);
    bool (*isKnownRegion)(const QString &region);
    void (*warmUp)(); // loads what a first analysis would (Modules::functions loads the module itself)
};

// The module's one export: `const Functions *leadrails_phone_functions()`.
inline constexpr char kFunctions[] = "leadrails_phone_functions";

} // namespace LeadRails::PhoneModuleApi
