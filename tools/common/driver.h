// What every encat program does around its one job: shared options, the
// config file, finding the files, loading them (with a progress line on a
// terminal), writing the output, and the exit code. Programs stay thin.
#pragma once

#include <CLI/CLI.hpp>

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "config/config.h"
#include "diag/finding.h"
#include "model/workspace.h"
#include "render/source_lines.h"
#include "schema/schema.h"
#include "util/files.h"

namespace encat::tool {

// Exit codes (tools.md).
constexpr int exit_clean = 0;
constexpr int exit_findings = 1;
constexpr int exit_usage = 2;

struct CommonOptions {
  std::vector<std::string> paths;
  std::string format = "text";
  std::string color = "auto";
  std::string lang = "zh";
  std::string config;
  std::string output;
  unsigned jobs = 0;
  std::string schemas;
  std::string max_file_size;
  unsigned max_depth = 0;
  bool timings = false;
};

// How long each phase of a run took (--timings prints them on standard error).
class Timings {
 public:
  // Ends the current phase, naming it.
  void mark(std::string phase);
  // "timings: read 21.40 s, rules 0.31 s, render 0.01 s"
  std::string str() const;

 private:
  std::chrono::steady_clock::time_point m_start = std::chrono::steady_clock::now();
  std::vector<std::pair<std::string, double>> m_phases;
};

// The language of the command line: `--lang en` (or `--lang=en`) before any
// `--` gives English, else Chinese. A program reads it first thing, so that
// its help, its usage errors and its man page, all made before the options
// are parsed, are in that language.
void read_cli_lang(int argc, char** argv);
Lang cli_lang();
// `zh` or `en`, as the command line asks: option descriptions.
std::string tr(std::string_view zh, std::string_view en);
// The program's summary (programs.h) in the command line's language.
std::string summary(std::string_view program);

// Adds `--lang LANG` (zh or en) storing into `lang`, whose value is shown as
// its default.
CLI::Option* add_lang_option(CLI::App& app, std::string& lang);

// Adds PATH… and the shared options; `formats` are the accepted --format values.
void add_common_options(CLI::App& app, CommonOptions& options, const std::vector<std::string>& formats);

// Everything a run needs once the options are understood.
struct Session {
  Lang lang = Lang::Zh;
  bool color = false;  // for standard output (never with -o)
  bool color_stderr = false;  // for messages on standard error
  config::Config config;
  std::vector<std::string> files;
  std::optional<schema::SchemaSet> schemas;  // --schemas DIR
  unsigned jobs = 0;
  bool show_timings = false;
  bool keep_sources = true;  // false when the output shows no source line (saves the bytes' memory)
  // -o FILE, resolved and checked (not an input, not a folder) before any
  // work; empty for standard output.
  std::optional<OutputTarget> output;
  mutable Timings timings;

  model::LoadOptions load_options() const;
};

// Prints `error: …` on standard error in the session's language.
void print_error(Lang lang, const Text& message);

// Reads the config, finds the files, checks --schemas and -o. On a problem
// it says why on standard error and returns nullopt: the program exits 2.
// Every PATH or entry that cannot be listed or read is named with the reason;
// -o onto an input (by st_dev and st_ino: links and other spellings too, the
// config file and the --schemas files included) or onto a folder is refused.
// `catalogs_optional` (encat-diff --git only: the catalogs may all be
// deleted in the work tree and exist at the revision) lets the paths hold no
// catalog file; every other tool refuses that.
std::optional<Session> prepare(const CommonOptions& options, bool catalogs_optional = false);

// Loads the session's files, with a progress line when standard error is a
// terminal and there are many files. Unreadable files are reported on
// standard error (the program then exits 2).
model::Workspace load_workspace(const Session& session);

// The reference catalog of `kind` (registry, targets) to use, as
// Workspace::choose picks it from `id` (the flag, else the config), or the
// usage error, which names the flag (`--registry`) and the `.encat.yaml` key.
std::variant<const model::Catalog*, Text> choose_reference(const model::Workspace& ws, model::Kind kind,
                                                           const std::optional<std::string>& id);

// Writes to -o FILE or standard output; false after saying why (a full
// disk, a closed standard output…). A file is replaced atomically (see
// write_output); a device or FIFO is written into, never replaced.
// Ends the "render" phase and prints the timings when asked to.
bool emit(const std::string& content, const CommonOptions& options, const Session& session);

// Parses the command line and runs `body`, turning CLI11's errors into exit 2
// (in the language read_cli_lang found on the command line) and any escaped
// exception into an internal error (exit 2). Before parsing it reads the
// umask once, holds the place of a closed standard stream (so no file opened
// later becomes fd 0, 1 or 2) and makes SIGINT/SIGTERM/SIGHUP remove the
// temporary file of a write in progress. It gives the app (and its
// subcommands) the help flag, `--version` and CLI11's labels in the command
// line's language, and the hidden `--man` and `--cli-spec` (manual.h);
// `extra_man` and `extra_spec` add to them (encat's list of commands).
int run_main(CLI::App& app, int argc, char** argv, const std::function<int()>& body,
             const std::string& extra_man = "", const std::string& extra_spec = "");

// Hands `lines` the bytes each file with one of `findings` was read from, so
// snippets show what was parsed (the file is never read again).
void add_sources(render::SourceLines& lines, const model::Workspace& ws, const std::vector<Finding>& findings);

// Shows `findings` on standard error as text, rustc-style, from `tool`
// (`encat-diff`), with the source lines of `lines` (or of the files of `ws`
// they are about).
void print_findings(const std::string& tool, const std::vector<Finding>& findings, render::SourceLines& lines,
                    const Session& session);
void print_findings(const std::string& tool, const std::vector<Finding>& findings, const model::Workspace& ws,
                    const Session& session);

}  // namespace encat::tool
