// The manual page (roff, section 1) and the completion spec of a program,
// both generated from its CLI11 definitions: what --help shows is what the
// man page lists and what the shell completes.
#pragma once

#include <CLI/CLI.hpp>

#include <string>

#include "util/text.h"

namespace encat::tool {

// The option as --help names it ("-f,--format") and the value it takes
// ("FORMAT"; empty for a flag), its choices ({"text", "json"}; empty when
// any value goes) and its default ("text"; empty for none).
struct OptionInfo {
  std::string names;
  std::string placeholder;
  std::vector<std::string> choices;
  std::string default_value;
  bool positional = false;
  bool required = false;
};
OptionInfo describe_option(const CLI::Option& option);

// The options --help lists (hidden ones, of group "", left out), in order.
std::vector<const CLI::Option*> listed_options(const CLI::App& app);

// Extra sections after the options, e.g. encat(1)'s list of commands:
// roff text with its own .SH lines.
std::string render_man(const CLI::App& app, Lang lang, const std::string& extra_sections = "");

// One line per fact, fields separated by tabs, for the completion scripts:
//   program     NAME        SUMMARY
//   command     NAME        SUMMARY        (encat: its tools; encat-merge: its subcommands)
//   option      SCOPE       NAMES          PLACEHOLDER    CHOICES    DESCRIPTION
//   positional  SCOPE       NAME           PLACEHOLDER
// SCOPE is the subcommand ("-" for the program itself); NAMES and CHOICES
// are separated by spaces; PLACEHOLDER is empty for a flag. Placeholders
// name what a value is: FILE, DIR, ID (a catalog id), REGION (a region
// code), CODE (a finding code), KIND (a catalog kind), YEAR, N, …
std::string render_cli_spec(const CLI::App& app, const std::string& extra_lines = "");

// "a,b,,c" -> {"a", "b", "c"} (empty items left out).
std::vector<std::string> split_list(const std::string& list, char separator);

// Roff-escapes `text` for a man page (backslashes, leading dots, hyphens
// in option names are the caller's choice).
std::string roff_escape(const std::string& text);

}  // namespace encat::tool
