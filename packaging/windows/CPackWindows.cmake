# Windows installer: NSIS (installed on GitHub's windows-latest), one installer with the components as
# checkboxes. Included from cmake/Packaging.cmake; built by .github/workflows/packages.yml, not here.

set(CPACK_GENERATOR NSIS)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_FILE_NAME "LeadRails-Desktop-${PROJECT_VERSION}-windows-x64")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "LeadRails Desktop")
list(APPEND CPACK_COMPONENTS_ALL runtime)
set(CPACK_COMPONENT_RUNTIME_DISPLAY_NAME "Runtime libraries")
set(CPACK_COMPONENT_RUNTIME_REQUIRED ON)
set(CPACK_COMPONENT_RUNTIME_HIDDEN ON)

set(CPACK_NSIS_PACKAGE_NAME "LeadRails Desktop")
set(CPACK_NSIS_DISPLAY_NAME "LeadRails Desktop")
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_MUI_ICON "${CMAKE_CURRENT_LIST_DIR}/leadrails.ico")
set(CPACK_NSIS_MUI_UNIICON "${CMAKE_CURRENT_LIST_DIR}/leadrails.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\leadrails.exe")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN leadrails.exe)
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "support@leadrails.example")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_IGNORE_LICENSE_PAGE ON)
# Offers to put bin\ on PATH, so leadrails-cli works from any terminal.
set(CPACK_NSIS_MODIFY_PATH ON)
