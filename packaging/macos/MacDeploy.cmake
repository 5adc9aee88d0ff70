# macOS: the app bundle's metadata and icon, and macdeployqt (included from packaging/CMakeLists.txt).
# Not run on the Linux machines this project is developed on; .github/workflows/packages.yml builds it.

# The icon: iconutil (part of macOS) turns the committed PNG renders into an .icns at build time.
set(_lr_png ${PROJECT_SOURCE_DIR}/resources/icons/hicolor)
set(_lr_iconset ${CMAKE_CURRENT_BINARY_DIR}/leadrails.iconset)
set(_lr_icns ${CMAKE_CURRENT_BINARY_DIR}/leadrails.icns)
add_custom_command(OUTPUT ${_lr_icns}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${_lr_iconset}
    COMMAND ${CMAKE_COMMAND} -E copy ${_lr_png}/16x16/apps/io.leadrails.Desktop.png ${_lr_iconset}/icon_16x16.png
    COMMAND ${CMAKE_COMMAND} -E copy ${_lr_png}/32x32/apps/io.leadrails.Desktop.png ${_lr_iconset}/icon_16x16@2x.png
    COMMAND ${CMAKE_COMMAND} -E copy ${_lr_png}/32x32/apps/io.leadrails.Desktop.png ${_lr_iconset}/icon_32x32.png
    COMMAND ${CMAKE_COMMAND} -E copy ${_lr_png}/64x64/apps/io.leadrails.Desktop.png ${_lr_iconset}/icon_32x32@2x.png
    COMMAND ${CMAKE_COMMAND} -E copy ${_lr_png}/128x128/apps/io.leadrails.Desktop.png ${_lr_iconset}/icon_128x128.png
    COMMAND ${CMAKE_COMMAND} -E copy ${_lr_png}/256x256/apps/io.leadrails.Desktop.png ${_lr_iconset}/icon_128x128@2x.png
    COMMAND ${CMAKE_COMMAND} -E copy ${_lr_png}/256x256/apps/io.leadrails.Desktop.png ${_lr_iconset}/icon_256x256.png
    COMMAND iconutil --convert icns --output ${_lr_icns} ${_lr_iconset}
    DEPENDS ${_lr_png}/256x256/apps/io.leadrails.Desktop.png
    VERBATIM)
target_sources(leadrails PRIVATE ${_lr_icns})
set_source_files_properties(${_lr_icns} PROPERTIES MACOSX_PACKAGE_LOCATION Resources)

# Finder shows the bundle's file name, so it is the product's name rather than the executable's.
set_target_properties(leadrails PROPERTIES
    OUTPUT_NAME "LeadRails Desktop"
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_LIST_DIR}/Info.plist.in
    MACOSX_BUNDLE_BUNDLE_NAME "LeadRails Desktop"
    MACOSX_BUNDLE_GUI_IDENTIFIER io.leadrails.Desktop
    MACOSX_BUNDLE_ICON_FILE leadrails.icns
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_COPYRIGHT "LeadRails")

# macdeployqt copies Qt's frameworks and plugins (cocoa, styles, SQLite driver, TLS) and the other
# libraries they link (QtKeychain, which stores secrets in the macOS Keychain; libphonenumber, ICU,
# protobuf) into the bundle, and rewrites the command-line programs inside it to use them too.
# It runs in the staging folder as the last component ("deploy", listed last in CPackMacOS.cmake), once
# the bundle holds every program, and signs ad hoc so Apple silicon runs the rewritten binaries.
find_program(MACDEPLOYQT_EXECUTABLE macdeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" REQUIRED)
install(CODE "
    set(_app \"\${CMAKE_INSTALL_PREFIX}/LeadRails Desktop.app\")
    message(STATUS \"macdeployqt: \${_app}\")
    execute_process(
        COMMAND \"${MACDEPLOYQT_EXECUTABLE}\" \"\${_app}\"
                \"-executable=\${_app}/Contents/MacOS/leadrails-cli\"
                \"-executable=\${_app}/Contents/MacOS/leadrails-fake-twilio\"
                -always-overwrite -codesign=-
        COMMAND_ERROR_IS_FATAL ANY)
    " COMPONENT deploy)
