#include "AppInfo.h"

#include <QCoreApplication>

namespace LeadRails::AppInfo {

void applyToApplication()
{
    QCoreApplication::setOrganizationName(organizationName());
    QCoreApplication::setApplicationName(applicationName());
    QCoreApplication::setApplicationVersion(version());
}

} // namespace LeadRails::AppInfo
