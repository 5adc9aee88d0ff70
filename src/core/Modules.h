#pragma once

#include <QtGlobal>

namespace LeadRails::Modules {

// LeadRails' own modules: libraries the programs load when they first need them instead of linking them,
// because the dynamic loader would otherwise load and relocate them, and everything they link, at every
// start of every program, before main(). A module is looked for beside the installed programs
// (<bindir>/../<libdir>/leadrails), then at buildPath (a program run from its build tree), and stays loaded
// for the life of the process. Safe from any thread.

// The module's exported function `symbol`; null when the module or the function is missing.
QFunctionPointer resolve(const char *fileName, const char *buildPath, const char *symbol);

// A module's table of functions, which its one export `symbol` (`const Functions *symbol()`) returns: the
// compiler checks the table against Functions where the module fills it in. Null when missing.
template<typename Functions>
const Functions *functions(const char *fileName, const char *buildPath, const char *symbol)
{
    using Export = const Functions *(*)();
    const auto get = reinterpret_cast<Export>(resolve(fileName, buildPath, symbol));
    return get ? get() : nullptr;
}

} // namespace LeadRails::Modules
