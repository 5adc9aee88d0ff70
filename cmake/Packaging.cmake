# CPack: installable packages from the install rules in packaging/CMakeLists.txt.
#   Linux:   four .deb packages (cpack -G DEB), built and checked by scripts/package.sh
#   Windows: an NSIS installer (packaging/windows), macOS: a .dmg (packaging/macos)
# Include after every install rule.

set(CPACK_PACKAGE_NAME "leadrails")
set(CPACK_PACKAGE_VENDOR "LeadRails")
set(CPACK_PACKAGE_CONTACT "LeadRails <support@leadrails.example>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "LeadRails Desktop")
set(CPACK_PACKAGE_EXECUTABLES leadrails "LeadRails Desktop")
set(CPACK_STRIP_FILES ON)
set(CPACK_OUTPUT_FILE_PREFIX ${PROJECT_BINARY_DIR}/packages)
# Only the named components are packaged: an install rule without one must not become a package of its own.
set(CPACK_COMPONENTS_ALL common desktop cli faketwilio)

set(CPACK_COMPONENT_COMMON_DISPLAY_NAME "Shared files")
set(CPACK_COMPONENT_COMMON_DESCRIPTION "The phone number geocoder the programs load when they need it.")
set(CPACK_COMPONENT_COMMON_HIDDEN ON)
set(CPACK_COMPONENT_DESKTOP_DEPENDS common)
set(CPACK_COMPONENT_CLI_DEPENDS common)
set(CPACK_COMPONENT_DESKTOP_DISPLAY_NAME "LeadRails Desktop")
set(CPACK_COMPONENT_DESKTOP_DESCRIPTION "The desktop application.")
set(CPACK_COMPONENT_DESKTOP_REQUIRED ON)
set(CPACK_COMPONENT_CLI_DISPLAY_NAME "Command line (leadrails-cli)")
set(CPACK_COMPONENT_CLI_DESCRIPTION "leadrails-cli: the same work from a terminal or a script.")
set(CPACK_COMPONENT_FAKETWILIO_DISPLAY_NAME "Fake Twilio server")
set(CPACK_COMPONENT_FAKETWILIO_DESCRIPTION
    "leadrails-fake-twilio: try LeadRails without a Twilio account, on this computer only.")
set(CPACK_COMPONENT_FAKETWILIO_DISABLED ON)

# --- Debian -----------------------------------------------------------------------------------------------
# One .deb per component, named like Debian's own: leadrails-common, leadrails-desktop, leadrails-cli,
# leadrails-fake-twilio. The app and the CLI depend on leadrails-common of their own version.
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_ENABLE_COMPONENT_DEPENDS ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Each description below starts with its own package's synopsis. CPack puts CPACK_PACKAGE_DESCRIPTION_SUMMARY
# in front of every one of them unless it is CPack's default, so it keeps that default here (the Windows
# and macOS files set the real one).
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CMAKE_PROJECT_NAME} built using CMake")
set(CPACK_DEBIAN_DESKTOP_PACKAGE_NAME leadrails-desktop)
set(CPACK_DEBIAN_DESKTOP_PACKAGE_SECTION net)
# shlibdeps sees only linked libraries; Qt loads the SQLite driver as a plugin. QtKeychain needs a
# Secret Service on the session bus at run time: recommended, not required, since any provider will do
# (KeePassXC, KWallet's bridge), and without one LeadRails still runs and says why it cannot keep secrets.
# libqt6charts6 (the Jobs chart) is linked by the charts module, so shlibdeps would find it too; it is named
# so the list says it.
set(CPACK_DEBIAN_DESKTOP_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6charts6")
# The app runs without the other two (each executable is self-contained), so it depends on neither. The CLI
# is part of the product (the AppStream data lists it), so apt installs it by default; the fake server is for
# trying things out only.
set(CPACK_DEBIAN_DESKTOP_PACKAGE_RECOMMENDS "gnome-keyring | org.freedesktop.secrets, leadrails-cli")
set(CPACK_DEBIAN_DESKTOP_PACKAGE_SUGGESTS "leadrails-fake-twilio")
set(CPACK_DEBIAN_DESKTOP_DESCRIPTION "Route leads to SMS through your own Twilio account
LeadRails Desktop turns every marketing lead into a text message sent from
your own Twilio account: set up a destination, preview the message against a
sample lead, verify the connection and send a test; then every lead becomes a
durable, retried, audited SMS job whose delivery is followed up with Twilio.
Secrets are kept only in the system keychain (Secret Service).")

set(CPACK_DEBIAN_COMMON_PACKAGE_NAME leadrails-common)
set(CPACK_DEBIAN_COMMON_PACKAGE_SECTION net)
set(CPACK_DEBIAN_COMMON_DESCRIPTION "Route leads to SMS through your own Twilio account (shared files)
Files shared by LeadRails Desktop and leadrails-cli:
the phone number geocoder, which names the place of a number (\"San
Francisco, CA\"). The programs load it only when they need it, which keeps
their start-up fast.")

set(CPACK_DEBIAN_CLI_PACKAGE_NAME leadrails-cli)
set(CPACK_DEBIAN_CLI_PACKAGE_SECTION net)
set(CPACK_DEBIAN_CLI_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_CLI_PACKAGE_RECOMMENDS "gnome-keyring | org.freedesktop.secrets")
set(CPACK_DEBIAN_CLI_DESCRIPTION "Route leads to SMS through your own Twilio account (command line)
leadrails-cli does from a terminal or a script what LeadRails Desktop does:
manage Twilio destinations, preview messages, verify credentials, send test
messages and follow delivery status. It shares its profiles with the desktop
application and keeps secrets only in the system keychain.")

set(CPACK_DEBIAN_FAKETWILIO_PACKAGE_NAME leadrails-fake-twilio)
set(CPACK_DEBIAN_FAKETWILIO_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_FAKETWILIO_DESCRIPTION "Fake Twilio REST API for trying LeadRails without an account
leadrails-fake-twilio answers like Twilio's REST API on 127.0.0.1, with a
demo account, phone number and Messaging Service, and moves messages from
queued to delivered. Messages are kept in memory and never leave the
computer. For demos, training and manual tests of LeadRails Desktop.")

# --- Windows and macOS (not built here: see .github/workflows/packages.yml) ------------------------------
if(WIN32)
    include(${PROJECT_SOURCE_DIR}/packaging/windows/CPackWindows.cmake)
elseif(APPLE)
    include(${PROJECT_SOURCE_DIR}/packaging/macos/CPackMacOS.cmake)
endif()

include(CPack)
