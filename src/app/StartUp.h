#pragma once

namespace LeadRails {

// How much of the main window is built before it first paints.
// - Complete: all of it, at once (tests, benchmarks, anything that inspects the window straight away).
// - Deferred: the app on its way to the screen. What the first frame can do without waits for
//   MainWindow::finishStartUp(), which main() calls once the window has painted: the preview, Verify and
//   Send Test side of the Destinations page (a fifth of the first paint), and checking the form, which needs
//   the phone number library (loaded then, on a worker, not before: 25-60 ms of loading, metadata and
//   regular expressions).
enum class StartUp { Complete, Deferred };

} // namespace LeadRails
