# Windows: what the installer needs besides the executables (included from packaging/CMakeLists.txt).
# Not run on the Linux machines this project is developed on; .github/workflows/packages.yml builds it.

target_sources(leadrails PRIVATE ${CMAKE_CURRENT_LIST_DIR}/leadrails.rc)

# Qt's DLLs and plugins (platform, styles, SQLite driver, TLS backend, Qt's own translations) come from
# windeployqt. It reads the build tree's leadrails.exe (the GUI uses every Qt module the CLI and the fake
# server do) and writes into the staging folder of the "runtime" component, which all three need.
find_program(WINDEPLOYQT_EXECUTABLE windeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" REQUIRED)
install(CODE "
    message(STATUS \"windeployqt: Qt libraries and plugins\")
    execute_process(
        COMMAND \"${WINDEPLOYQT_EXECUTABLE}\" --no-compiler-runtime --no-opengl-sw --no-system-d3d-compiler
                --dir \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\" \"$<TARGET_FILE:leadrails>\"
        COMMAND_ERROR_IS_FATAL ANY)
    " COMPONENT runtime)

# Everything else they link (QtKeychain, which stores secrets in the Windows Credential Manager;
# libphonenumber, ICU, protobuf, abseil) is found from the executables' imports; Qt's DLLs are
# windeployqt's, the system's stay the system's.
set(LEADRAILS_RUNTIME_DIRS "" CACHE STRING "Folders holding the DLLs LeadRails links, e.g. vcpkg's bin")
install(RUNTIME_DEPENDENCY_SET leadrails_runtime
    PRE_EXCLUDE_REGEXES [[^api-ms-]] [[^ext-ms-]] [[^Qt6]] [[^(MSVCP|VCRUNTIME|CONCRT)]]
    POST_EXCLUDE_REGEXES [[[\\/][Ss]ystem32[\\/]]]
    DIRECTORIES $<TARGET_FILE_DIR:Qt6Keychain::Qt6Keychain> ${LEADRAILS_RUNTIME_DIRS}
    RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT runtime)

# The Visual C++ runtime, so the installer runs on a machine without Visual Studio.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_COMPONENT runtime)
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
include(InstallRequiredSystemLibraries)
