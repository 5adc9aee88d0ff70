# One INTERFACE target carries the project-wide build settings; every target links it.
add_library(leadrails_settings INTERFACE)
add_library(LeadRails::settings ALIAS leadrails_settings)

target_compile_features(leadrails_settings INTERFACE cxx_std_20)
target_compile_definitions(leadrails_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_CONTEXTLESS_CONNECT # enforced from Qt 6.7 on; harmless before
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_STRICT_ITERATORS
    LEADRAILS_VERSION="${PROJECT_VERSION}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(leadrails_settings INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor -Wcast-align
        -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough)
    if(LEADRAILS_WERROR)
        target_compile_options(leadrails_settings INTERFACE -Werror)
    endif()
elseif(MSVC)
    target_compile_options(leadrails_settings INTERFACE /W4 /permissive- /utf-8)
    if(LEADRAILS_WERROR)
        target_compile_options(leadrails_settings INTERFACE /WX)
    endif()
endif()

# Sanitizer builds (the asan preset) set LEADRAILS_SANITIZE to a -fsanitize list.
set(LEADRAILS_SANITIZE "" CACHE STRING "Sanitizers to build with, e.g. address,undefined")
if(LEADRAILS_SANITIZE)
    target_compile_options(leadrails_settings INTERFACE
        -fsanitize=${LEADRAILS_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(leadrails_settings INTERFACE -fsanitize=${LEADRAILS_SANITIZE})
endif()

# Fuzzing builds instrument every library for libFuzzer; the fuzz targets add the libFuzzer main.
if(LEADRAILS_FUZZ)
    target_compile_options(leadrails_settings INTERFACE -fsanitize=fuzzer-no-link)
endif()
