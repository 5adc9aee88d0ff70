#pragma once

class QLibrary;

namespace LeadRails::Modules {

// Loads one of LeadRails' own modules: libraries the programs load when they first need them instead of
// linking them, because the dynamic loader would otherwise load and relocate them, and everything they
// link, at every start of every program, before main(). Looked for beside the installed programs
// (<bindir>/../<libdir>/leadrails), then at buildPath (a program run from its build tree). Stays loaded for
// the life of the process; null when not found. Safe from any thread.
QLibrary *load(const char *fileName, const char *buildPath);

} // namespace LeadRails::Modules
