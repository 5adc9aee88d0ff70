# macOS disk image: the app bundle and a link to /Applications to drag it onto. Included from
# cmake/Packaging.cmake; built by .github/workflows/packages.yml, not here. Not notarized: users
# open it the first time with right-click > Open until a Developer ID signs it.

set(CPACK_GENERATOR DragNDrop)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_FILE_NAME "LeadRails-Desktop-${PROJECT_VERSION}-macos")
set(CPACK_DMG_VOLUME_NAME "LeadRails Desktop")
set(CPACK_DMG_FORMAT UDZO)
# One bundle holds everything: no per-component images. "deploy" (macdeployqt) must come last.
set(CPACK_COMPONENTS_GROUPING ALL_COMPONENTS_IN_ONE)
list(APPEND CPACK_COMPONENTS_ALL deploy)
set(CPACK_COMPONENT_DEPLOY_HIDDEN ON)
set(CPACK_COMPONENT_DEPLOY_REQUIRED ON)
