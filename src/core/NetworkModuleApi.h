#pragma once

#include "HttpTransport.h"

class QNetworkAccessManager;

// What the network module (NetworkModule.cpp: HttpTransport over Qt Network) exports, as HttpTransport.cpp
// resolves it. Both sides are built together, by the same compiler, against the same Qt.
namespace LeadRails::NetworkModuleApi {

// network: the QNetworkAccessManager to use, or null for one of the backend's own. The caller owns the
// result.
using CreateBackend = HttpTransport::Backend *(*)(QNetworkAccessManager *network);
// host is a loopback address (127.0.0.0/8, ::1).
using IsLoopback = bool (*)(const QString &host);

inline constexpr char kCreateBackend[] = "leadrails_network_create_backend";
inline constexpr char kIsLoopback[] = "leadrails_network_is_loopback";

} // namespace LeadRails::NetworkModuleApi
