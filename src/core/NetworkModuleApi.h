#pragma once

#include "HttpTransport.h"

class QNetworkAccessManager;

// What the network module (NetworkModule.cpp: HttpTransport over Qt Network) gives HttpTransport.cpp
// (Modules::functions). Both sides are built together, by the same compiler, against the same Qt.
namespace LeadRails::NetworkModuleApi {

struct Functions
{
    // network: the QNetworkAccessManager to use, or null for one of the backend's own. The caller owns the
    // result.
    HttpTransport::Backend *(*createBackend)(QNetworkAccessManager *network);
    // host is a loopback address (127.0.0.0/8, ::1).
    bool (*isLoopback)(const QString &host);
};

// The module's one export: `const Functions *leadrails_network_functions()`.
inline constexpr char kFunctions[] = "leadrails_network_functions";

} // namespace LeadRails::NetworkModuleApi
